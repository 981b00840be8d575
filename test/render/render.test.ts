// The document tree: defined terms inflected in every case of both languages, dates and periods
// in words, free and library clauses placed where the policy says, stable ids, source ranges, and
// diagnostics attached to the clause they belong to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument, walk } from '../../server/src/render/tree';
import { inlineText, renderTextLang } from '../../server/src/render/text';
import { previewContent } from '../../server/src/render/preview';
import type { ClauseResolver, DocNode, RenderDocument } from '../../server/src/render/types';
import { createLanguageService } from '../../server/src/service/languageService';
import { doc as textDoc, STARTER } from '../helpers/policy';

const render = (text: string, resolver?: ClauseResolver) => buildDocument(new PolicyAnalyzer().analyze(text), { resolver });
const node = (d: RenderDocument, id: string): DocNode => {
  const n = walk(d).find(x => x.id === id);
  assert.ok(n, `no node ${id}; have ${walk(d).map(x => x.id).join(', ')}`);
  return n;
};
const kk = (n: DocNode) => n.body.kk.map(b => inlineText(b.content)).join('\n');
const ru = (n: DocNode) => n.body.ru.map(b => inlineText(b.content)).join('\n');

const KK_CASES = ['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins'] as const;
const RU_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;

/** A policy with the given terms whose one clause spells a placeholder in every case. */
function termsPolicy(placeholder: string, set: { operator?: string; user?: string; resource?: string; kind?: string }): string {
  let text = STARTER;
  if (set.operator) text = text.replace('  term: operator', `  term: ${set.operator}`);
  if (set.user) text = text.replace('resource:\n', `user:\n  term: ${set.user}\nresource:\n`);
  if (set.resource) text = text.replace('  kind: website\n', `  kind: website\n  term: ${set.resource}\n`);
  if (set.kind) text = text.replace('kind: privacy-policy', `kind: ${set.kind}`);
  return `${text}
clauses:
  - id: cases
    text:
      kk: "${KK_CASES.map(c => `{{${placeholder}:${c}}}`).join(' | ')}"
      ru: "${RU_CASES.map(c => `{{${placeholder}:${c}}}`).join(' | ')}"
`;
}

// term → [kk nom gen dat acc loc abl ins], [ru nom gen dat acc ins prep]; worked out by hand
const TABLE: { placeholder: string; set: Parameters<typeof termsPolicy>[1]; kk: string[]; ru: string[]; todo?: string }[] = [
  { placeholder: 'operator', set: { operator: 'operator' }, kk: ['Оператор', 'Оператордың', 'Операторға', 'Операторды', 'Операторда', 'Оператордан', 'Оператормен'], ru: ['Оператор', 'Оператора', 'Оператору', 'Оператора', 'Оператором', 'Операторе'] },
  { placeholder: 'operator', set: { operator: 'administrator' }, kk: ['Әкімші', 'Әкімшінің', 'Әкімшіге', 'Әкімшіні', 'Әкімшіде', 'Әкімшіден', 'Әкімшімен'], ru: ['Администратор', 'Администратора', 'Администратору', 'Администратора', 'Администратором', 'Администраторе'] },
  { placeholder: 'operator', set: { operator: 'administration' }, kk: ['Әкімшілік', 'Әкімшіліктің', 'Әкімшілікке', 'Әкімшілікті', 'Әкімшілікте', 'Әкімшіліктен', 'Әкімшілікпен'], ru: ['Администрация', 'Администрации', 'Администрации', 'Администрацию', 'Администрацией', 'Администрации'] },
  { placeholder: 'operator', set: { operator: 'site-administration' }, kk: ['Сайт әкімшілігі', 'Сайт әкімшілігінің', 'Сайт әкімшілігіне', 'Сайт әкімшілігін', 'Сайт әкімшілігінде', 'Сайт әкімшілігінен', 'Сайт әкімшілігімен'], ru: ['Администрация сайта', 'Администрации сайта', 'Администрации сайта', 'Администрацию сайта', 'Администрацией сайта', 'Администрации сайта'] },
  { placeholder: 'operator', set: { operator: 'company' }, kk: ['Компания', 'Компанияның', 'Компанияға', 'Компанияны', 'Компанияда', 'Компаниядан', 'Компаниямен'], ru: ['Компания', 'Компании', 'Компании', 'Компанию', 'Компанией', 'Компании'] },
  { placeholder: 'operator', set: { operator: 'fund' }, kk: ['Қор', 'Қордың', 'Қорға', 'Қорды', 'Қорда', 'Қордан', 'Қормен'], ru: ['Фонд', 'Фонда', 'Фонду', 'Фонд', 'Фондом', 'Фонде'] },
  { placeholder: 'user', set: { user: 'user' }, kk: ['Пайдаланушы', 'Пайдаланушының', 'Пайдаланушыға', 'Пайдаланушыны', 'Пайдаланушыда', 'Пайдаланушыдан', 'Пайдаланушымен'], ru: ['Пользователь', 'Пользователя', 'Пользователю', 'Пользователя', 'Пользователем', 'Пользователе'] },
  {
    placeholder: 'user', set: { user: 'subject' }, kk: ['Субъект', 'Субъектінің', 'Субъектіге', 'Субъектіні', 'Субъектіде', 'Субъектіден', 'Субъектімен'], ru: ['Субъект', 'Субъекта', 'Субъекту', 'Субъекта', 'Субъектом', 'Субъекте'],
  },
  { placeholder: 'user', set: { user: 'client' }, kk: ['Клиент', 'Клиенттің', 'Клиентке', 'Клиентті', 'Клиентте', 'Клиенттен', 'Клиентпен'], ru: ['Клиент', 'Клиента', 'Клиенту', 'Клиента', 'Клиентом', 'Клиенте'] },
  { placeholder: 'user', set: { user: 'student' }, kk: ['Білім алушы', 'Білім алушының', 'Білім алушыға', 'Білім алушыны', 'Білім алушыда', 'Білім алушыдан', 'Білім алушымен'], ru: ['Обучающийся', 'Обучающегося', 'Обучающемуся', 'Обучающегося', 'Обучающимся', 'Обучающемся'] },
  { placeholder: 'site', set: { resource: 'internet-resource' }, kk: ['Интернет-ресурс', 'Интернет-ресурстың', 'Интернет-ресурсқа', 'Интернет-ресурсты', 'Интернет-ресурста', 'Интернет-ресурстан', 'Интернет-ресурспен'], ru: ['Интернет-ресурс', 'Интернет-ресурса', 'Интернет-ресурсу', 'Интернет-ресурс', 'Интернет-ресурсом', 'Интернет-ресурсе'] },
  { placeholder: 'site', set: { resource: 'site' }, kk: ['Сайт', 'Сайттың', 'Сайтқа', 'Сайтты', 'Сайтта', 'Сайттан', 'Сайтпен'], ru: ['Сайт', 'Сайта', 'Сайту', 'Сайт', 'Сайтом', 'Сайте'] },
  { placeholder: 'site', set: { resource: 'platform' }, kk: ['Платформа', 'Платформаның', 'Платформаға', 'Платформаны', 'Платформада', 'Платформадан', 'Платформамен'], ru: ['Платформа', 'Платформы', 'Платформе', 'Платформу', 'Платформой', 'Платформе'] },
  { placeholder: 'policy', set: { kind: 'privacy-policy' }, kk: ['Саясат', 'Саясаттың', 'Саясатқа', 'Саясатты', 'Саясатта', 'Саясаттан', 'Саясатпен'], ru: ['Политика', 'Политики', 'Политике', 'Политику', 'Политикой', 'Политике'] },
  { placeholder: 'policy', set: { kind: 'consent-agreement' }, kk: ['Келісім', 'Келісімнің', 'Келісімге', 'Келісімді', 'Келісімде', 'Келісімнен', 'Келісіммен'], ru: ['Соглашение', 'Соглашения', 'Соглашению', 'Соглашение', 'Соглашением', 'Соглашении'] },
];

describe('defined terms in every case (placeholders {{operator:gen}} …)', () => {
  for (const row of TABLE) {
    it(`${row.placeholder} = ${row.kk[0]} / ${row.ru[0]}`, { todo: row.todo }, () => {
      const n = node(render(termsPolicy(row.placeholder, row.set)), 'c.cases');
      assert.deepEqual(kk(n).split(' | '), row.kk);
      assert.deepEqual(ru(n).split(' | '), row.ru);
    });
  }

  it('the operator\'s name takes the ending after an abbreviation or on its generic noun', () => {
    const text = `${STARTER}
clauses:
  - id: n
    text: { kk: "{{operator-name:gen}} / {{operator-name:dat}} / {{operator-name:abl}}", ru: "{{operator-name:gen}}" }
`;
    assert.equal(kk(node(render(text), 'c.n')), '«Мысал» ЖШС-ның / «Мысал» ЖШС-ға / «Мысал» ЖШС-дан');
    assert.equal(ru(node(render(text), 'c.n')), 'ТОО «Пример»');
    const fund = text.replace('    kk: «Мысал» ЖШС', '    kk: «El Umiti» қоры» корпоративтік қоры');
    assert.equal(kk(node(render(fund), 'c.n')), '«El Umiti» қоры» корпоративтік қорының / «El Umiti» қоры» корпоративтік қорына / «El Umiti» қоры» корпоративтік қорынан');
  });

  it('generated text agrees with the term: Оператордың / Әкімшіліктің, «обязан» / «обязана»', () => {
    const d = render(STARTER.replace('  term: operator', '  term: administration'));
    assert.match(renderTextLang(d, 'kk'), /Әкімшіліктің деректемелері мен байланыс деректері:/);
    assert.match(renderTextLang(d, 'ru'), /Администрация обязана:/);
    assert.match(renderTextLang(render(STARTER), 'ru'), /Оператор обязан:/);
  });
});

describe('dates and periods in words', () => {
  const d = render(STARTER);
  const kkText = renderTextLang(d, 'kk');
  const ruText = renderTextLang(d, 'ru');
  it('dates: «2013 жылғы 21 мамырдағы», «2026 жылғы 20 қаңтардан бастап»; «от 21 мая 2013 года», «с 20 января 2026 года»', () => {
    assert.ok(kkText.includes('Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына'));
    assert.ok(kkText.includes('Осы Саясат 2026 жылғы 20 қаңтардан бастап күшіне енеді.'));
    assert.ok(ruText.includes('Законом Республики Казахстан от 21 мая 2013 года № 94-V'));
    assert.ok(ruText.includes('Настоящая Политика вступает в силу с 20 января 2026 года.'));
  });
  it('periods: «3 (үш) жұмыс күні ішінде», «15 (он бес) жұмыс күні ішінде»; «в течение 3 (трех) рабочих дней», «15 (пятнадцати)»', () => {
    assert.ok(kkText.includes('3 (үш) жұмыс күні ішінде жауап береді'));
    assert.ok(kkText.includes('15 (он бес) жұмыс күні ішінде'));
    assert.ok(kkText.includes('10 (он) күнтізбелік күн өткен соң'));
    assert.ok(ruText.includes('в течение 3 (трех) рабочих дней'));
    assert.ok(ruText.includes('в течение 15 (пятнадцати) рабочих дней'));
    assert.ok(ruText.includes('в течение 1 (одного) рабочего дня'));
    assert.ok(ruText.includes('по истечении 10 (десяти) календарных дней'));
  });
});

describe('structure', () => {
  const text = `${STARTER}
clauses:
  - id: duties
    section: obligations
    title: { kk: "{{user:gen}} міндеттері", ru: "Обязанности {{user:gen}}" }
    text:
      kk: |-
        {{user}}:
        1) шынайы деректерді береді;
        2) құпиясөзді ешкімге бермейді.
      ru: |-
        {{user}}:
        1) предоставляет достоверные данные;
        2) никому не передает пароль.
  - id: follows
    text: { kk: Алдыңғы тармақтың бөлімінде., ru: В разделе предыдущего пункта. }
  - use: team/offer
    section: final
    with: { days: 5 }
  - use: team/missing
`;
  const resolver: ClauseResolver = (ref, params) => ref === 'team/offer'
    ? { title: { kk: 'Оферта', ru: 'Оферта' }, text: { kk: `{{operator}} ${String(params?.days)} күн ішінде жауап береді.`, ru: `{{operator}} отвечает в течение ${String(params?.days)} дней.` }, section: 'general' }
    : undefined;
  const d = render(text, resolver);

  it('numbers sections and clauses 1., 1.1., 1.1.1.', () => {
    assert.deepEqual(d.sections.map(s => s.number), d.sections.map((_, i) => `${i + 1}.`));
    for (const s of d.sections) s.children.forEach((c, i) => assert.equal(c.number, `${s.number}${i + 1}.`));
    const data = d.sections.find(s => s.section === 'data')!;
    assert.equal(data.children[0].children[0].number, `${data.number}1.1.`);
  });

  it('puts free clauses in their section, after the generated ones, a clause without a section after the one before', () => {
    const obligations = d.sections.find(s => s.section === 'obligations')!;
    assert.deepEqual(obligations.children.map(c => c.id), ['c.duties', 'c.follows'], 'its own clauses replace the generated statutory duties');
    assert.equal(inlineText(node(d, 'c.duties').title!.kk), 'Пайдаланушының міндеттері');
    assert.equal(node(d, 'c.duties').body.kk[1].kind, 'li');
    assert.equal(node(d, 'c.duties').body.kk[1].marker, '1)');
  });

  it('renders a library clause through the resolver, in the section the policy names, with its parameters', () => {
    const offer = node(d, 'c.team/offer');
    assert.equal(offer.origin, 'library');
    assert.equal(offer.section, 'final');
    assert.equal(kk(offer), 'Оператор 5 күн ішінде жауап береді.');
    assert.equal(ru(offer), 'Оператор отвечает в течение 5 дней.');
  });

  it('shows an unresolved library clause as a placeholder', () => {
    const missing = node(d, 'c.team/missing');
    assert.equal(missing.origin, 'unresolved');
    assert.equal(kk(missing), '[Кітапхана тармағы табылмады: team/missing]');
    assert.equal(ru(missing), '[Библиотечный пункт не найден: team/missing]');
    assert.equal(missing.section, 'final', 'it follows the clause before it');
  });

  it('keeps ids stable when the policy changes around a node', () => {
    const before = new Set(walk(d).map(n => n.id));
    const edited = render(text
      .replace('  email: { category: email, source: registration, required: true }', '  email: { category: email, source: registration, required: true }\n  phone: { category: phone, source: registration }')
      .replace('clauses:\n', 'clauses:\n  - id: first\n    section: general\n    text: { kk: Жаңа., ru: Новый. }\n'), resolver);
    const after = new Set(walk(edited).map(n => n.id));
    for (const id of before) assert.ok(after.has(id), `${id} disappeared`);
    assert.ok(after.has('c.first'));
  });

  it('gives each node the source range it came from', () => {
    const lines = text.split('\n');
    const duties = node(d, 'c.duties').ranges[0];
    assert.equal(lines[duties.startLine].trim(), '- id: duties');
    assert.equal(text.slice(duties.start, duties.start + 12), 'id: duties\n ');
    const retention = node(d, 'g.storage.retention').ranges[0];
    assert.match(lines[retention.startLine], /^retention:/);
    const dataGroup = node(d, 'g.data.list.source-registration');
    assert.deepEqual(dataGroup.ranges.map(r => lines[r.startLine].trim().split(':')[0]), ['full-name', 'email']);
    assert.match(lines[d.titleRanges[0].startLine], /^title:/);
  });
});

describe('diagnostics in the preview', () => {
  it('attaches each diagnostic to the clause whose source holds it', () => {
    const text = `${STARTER}
clauses:
  - id: typo
    section: final
    text: { kk: "{{operatr}} жауап береді.", ru: "{{operatr}} отвечает." }
`;
    const service = createLanguageService();
    const document = textDoc(text);
    const diagnostics = service.getDiagnostics(document, 'en').map(x => ({
      severity: x.severity ?? 1, message: x.message, code: String(x.code), line: x.range.start.line, character: x.range.start.character, offset: document.offsetAt(x.range.start),
    }));
    assert.ok(diagnostics.some(x => x.code === 'unknown-placeholder'));
    const content = previewContent(buildDocument(service.analyze(document).analysis), diagnostics);
    const block = content.blocks.find(b => b.id === 'c.typo')!;
    assert.ok(block.diagnostics.some(x => x.code === 'unknown-placeholder'), JSON.stringify(content.blocks.filter(b => b.diagnostics.length).map(b => b.id)));
    assert.match(block.kk, /<span class="missing">\{\{operatr\}\}<\/span> жауап береді\./);
    assert.equal(content.blocks[0].id, 'title');
  });
});
