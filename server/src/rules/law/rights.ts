// Rights of the data subject (PD Law Art. 24 p.1; from the Digital Code, about July 2026, also Art. 41).
import type { Locale } from '../../i18n/locale';
import type { PolicyAnalysis } from '../../model/analysis';
import { spanOf } from '../../model/locate';
import type { Args } from '../registry';
import { LAW_DATES, inForce } from '../lawDates';
import { defineRules, labels, loc, messages, missingLine } from '../kit';

/** Art. 24 p.1 sub 1–7, in the statute's order. */
export const STATUTORY_RIGHTS = ['know', 'change', 'block', 'destroy', 'withdraw', 'public-consent', 'protection'] as const;

const missingList = (a: Args, l: Locale) => {
  if (a.absent) return loc('The policy states no rights at all.', 'Саясатта субъектінің құқықтары мүлде көрсетілмеген.', 'В политике права субъекта не указаны вовсе.')[l];
  if (!a.missing) return '';
  return missingLine(labels('rights', String(a.missing).split(','), l), l);
};

/** A fix that adds `missing` to the `rights` list, in flow (`[a, b]`) or block (`- a`) style. */
function addRightsFix(analysis: PolicyAnalysis, present: readonly string[], missing: readonly string[]): Args {
  let span = spanOf(analysis, 'rights');
  if (span && span.valueStart < 0) {
    // a block list cut into one piece per item: the value runs from the first item to the last
    const section = analysis.sections.find(s => s.key === 'rights');
    const first = section?.pieces[0];
    const last = section?.pieces[section.pieces.length - 1];
    if (!first || !last) return {};
    const item = /^[ \t]*-/m.exec(analysis.text.slice(first.start, last.end));
    if (!item) return {};
    const start = first.start + item.index + item[0].length - 1;
    span = { ...span, valueStart: start, valueEnd: last.end };
  }
  if (!span || span.valueStart < 0) return {};
  const source = analysis.text.slice(span.valueStart, span.valueEnd);
  if (source.trimStart().startsWith('[')) {
    return { replacement: `[${[...present, ...missing].join(', ')}]`, fixStart: span.valueStart, fixEnd: span.valueEnd };
  }
  let end = span.valueEnd;
  while (end > span.valueStart && /\s/.test(analysis.text[end - 1])) end--;
  const lineStart = analysis.text.lastIndexOf('\n', span.valueStart - 1) + 1;
  const indent = ' '.repeat(span.valueStart - lineStart);
  return { replacement: missing.map(m => `\n${indent}- ${m}`).join(''), fixStart: end, fixEnd: end };
}

export const RIGHTS_RULES = defineRules('rights', [
  {
    code: 'R13',
    name: 'Rights section incomplete',
    severity: 'warning',
    confidence: 'H',
    citations: ['pd-24-1', 'pd-25-2-9', 'dc-41'],
    escalation: { severity: 'error', when: loc('the policy states no rights at all', 'саясатта құқықтар мүлде көрсетілмесе', 'в политике права не указаны вовсе') },
    since: { date: LAW_DATES.digitalCode, note: loc('from the Digital Code (about July 2026) the right to restriction of processing is also expected', 'Цифрлық кодекс күшіне енгеннен кейін (шамамен 2026 жылғы шілде) өңдеуді шектеу құқығы да күтіледі', 'после вступления в силу Цифрового кодекса (около июля 2026 г.) ожидается и право на ограничение обработки') },
    trigger: loc('rights lacks any of know, change, block, destroy, withdraw, public-consent, protection (and, from the Digital Code, restrict).',
      'rights тізімінде know, change, block, destroy, withdraw, public-consent, protection құқықтарының бірі жоқ (Цифрлық кодекстен бастап restrict те).',
      'В rights нет одного из прав know, change, block, destroy, withdraw, public-consent, protection (с Цифрового кодекса также restrict).'),
    fix: loc('Add the missing statutory rights', 'Жетіспейтін заңдық құқықтарды қосу', 'Добавить недостающие права по закону'),
    messages: messages(
      'The rights section is incomplete. Under PD Law Art. 24 p.1 the subject may: know and receive information about their data; demand change, supplement, blocking and destruction; withdraw consent; give or refuse consent to public dissemination; and seek protection and compensation.',
      'Субъектінің құқықтары толық көрсетілмеген. Заңның 24-бабының 1-тармағына сәйкес субъект: өз дербес деректері туралы білуге және ақпарат алуға; оларды өзгертуді, толықтыруды, бұғаттауды және жоюды талап етуге; келісімді кері қайтарып алуға; жалпыға бірдей қолжетімді көздерде таратуға келісім беруге (бас тартуға); құқықтарының қорғалуына және зиянның өтелуіне құқылы.',
      'Перечень прав субъекта неполон. Согласно п. 1 ст. 24 Закона субъект вправе: знать о своих персональных данных и получать информацию о них; требовать их изменения, дополнения, блокирования и уничтожения; отозвать согласие; давать согласие (отказывать) на распространение в общедоступных источниках; на защиту прав и возмещение вреда.',
      missingList),
    examples: {
      triggers: { yaml: 'rights: [know, change, withdraw]\n' },
      passes: { yaml: 'rights: [know, access-free, change, block, destroy, withdraw, public-consent, protection]\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const rights = policy.rights;
      if (!rights || rights.length === 0) {
        ctx.report('rights', { absent: 1 }, undefined, 'error');
        return;
      }
      const required: string[] = [...STATUTORY_RIGHTS];
      if (inForce(policy, LAW_DATES.digitalCode)) required.push('restrict');
      const missing = required.filter(r => !rights.includes(r));
      if (missing.length) ctx.report('rights', { missing: missing.join(','), ...addRightsFix(ctx.analysis, rights, missing) });
    },
  },
]);
