// The document itself: both state and Russian languages (Law on Languages Art. 15), the law cited by its
// official title, and an approval date and version (PD Law Art. 25 p.2 sub 1-1).
import type { PolicyAnalysis } from '../../model/analysis';
import { spanOf } from '../../model/locate';
import type { Args } from '../registry';
import { defineRules, detailIf, loc, messages, policyIsConsent } from '../kit';

const OFFICIAL = {
  kk: 'Дербес деректер және оларды қорғау туралы',
  ru: 'О персональных данных и их защите',
} as const;
const normalize = (s: string) => s.toLowerCase().replace(/[«»"“”„'`]/g, '').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const OFFICIAL_NORM = { kk: normalize(OFFICIAL.kk), ru: normalize(OFFICIAL.ru) };
const QUOTED = /[«"“„]([^»"”]+)[»"”]/;

/** A fix replacing the quoted title in `as-written` (or the whole text) with the official title. */
function titleFix(analysis: PolicyAnalysis, path: string, lang: 'kk' | 'ru', value: string): Args {
  const span = spanOf(analysis, `${path}/${lang}`);
  if (!span || span.valueStart < 0) return {};
  const source = analysis.text.slice(span.valueStart, span.valueEnd);
  const m = QUOTED.exec(source);
  if (m && m.index !== undefined) {
    const start = span.valueStart + m.index + 1;
    return { replacement: OFFICIAL[lang], fixStart: start, fixEnd: start + m[1].length };
  }
  if (source === value) return { replacement: lang === 'kk' ? `«${OFFICIAL.kk}» Заң` : `Закон «${OFFICIAL.ru}»`, fixStart: span.valueStart, fixEnd: span.valueEnd };
  return {};
}

export const META_RULES = defineRules('meta', [
  {
    code: 'R32',
    name: 'Policy or consent in only one language',
    severity: 'warning',
    confidence: 'M',
    citations: ['lang-15', 'lang-21', 'op-5-1'],
    trigger: loc('The document is a consent, public offer or adhesion contract and languages does not contain both kk and ru.',
      'Құжат келісім, жария оферта немесе қосылу шарты болып табылады, ал languages тізімінде kk пен ru екеуі бірдей жоқ.',
      'Документ является согласием, публичной офертой или договором присоединения, а в languages нет одновременно kk и ru.'),
    messages: messages(
      'A policy that serves as consent or as an offer/adhesion contract is a written transaction and should be published in both Kazakh and Russian (Law on Languages Art. 15).',
      'Келісім немесе жария оферта/қосылу шарты ретінде қолданылатын саясат жазбаша мәміле болып табылады, сондықтан ол мемлекеттік тілде де, орыс тілінде де жариялануға тиіс (Тіл туралы заңның 15-бабы).',
      'Политика, служащая согласием или публичной офертой/договором присоединения, является письменной сделкой и должна быть изложена на государственном и русском языках (ст. 15 Закона «О языках в Республике Казахстан»).'),
    examples: {
      triggers: { yaml: 'kind: consent-agreement\nlanguages: [kk]\n' },
      passes: { yaml: 'kind: consent-agreement\nlanguages: [kk, ru]\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      const langs = policy.languages;
      if (!langs || !policyIsConsent(policy)) return;
      if (!langs.includes('kk') || !langs.includes('ru')) ctx.report('languages');
    },
  },
  {
    code: 'R35',
    name: 'Law cited incorrectly',
    severity: 'info',
    confidence: 'H',
    citations: [],
    trigger: loc('A legal reference to the PD Law whose as-written title differs from the official one, or a reference to the Russian law 152-FZ.',
      'Дербес деректер туралы заңға сілтемедегі атау (as-written) ресми атаудан өзгеше, немесе Ресейдің 152-ФЗ заңына сілтеме.',
      'Название Закона о персональных данных в ссылке (as-written) отличается от официального, либо ссылка на российский закон 152-ФЗ.'),
    fix: loc('Use the official title of the law', 'Заңның ресми атауын қолдану', 'Использовать официальное название закона'),
    messages: messages(
      'Cite the law correctly: Law of the Republic of Kazakhstan "On personal data and their protection" of 21 May 2013 No. 94-V.',
      'Заңның ресми атауы: «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы.',
      'Официальное название: Закон Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите».',
      detailIf('foreign', loc('A Russian Federation law does not apply to processing in Kazakhstan.', 'Ресей Федерациясының заңы Қазақстандағы өңдеуге қолданылмайды.', 'Закон Российской Федерации не применяется к обработке в Казахстане.'))),
    examples: {
      triggers: { yaml: 'legal-references:\n  - act: pd-law\n    as-written:\n      kk: «Дербес деректер туралы» Заң\n      ru: Закон «О персональных данных»\n' },
      passes: { yaml: 'legal-references:\n  - act: pd-law\n    as-written:\n      kk: «Дербес деректер және оларды қорғау туралы» Заң\n      ru: Закон «О персональных данных и их защите»\n' },
    },
    check(ctx) {
      (ctx.policy['legal-references'] ?? []).forEach((ref, i) => {
        const base = `legal-references/${i}`;
        if (ref.act === 'ru-152-fz') {
          ctx.report(`${base}/act`, { foreign: 1 });
          return;
        }
        if (ref.act !== 'pd-law') return;
        for (const lang of ['kk', 'ru'] as const) {
          const written = ref['as-written']?.[lang];
          if (written && !normalize(written).includes(OFFICIAL_NORM[lang])) ctx.report(`${base}/as-written/${lang}`, { lang, ...titleFix(ctx.analysis, `${base}/as-written`, lang, written) });
        }
      });
    },
  },
  {
    code: 'R40',
    name: 'Policy not dated or versioned',
    severity: 'info',
    confidence: 'H',
    citations: ['pd-25-2-1-1', 'dc-24-4-3'],
    trigger: loc('No version, or neither an effective date nor an approval date.',
      'Нұсқасы (version) жоқ, немесе күшіне ену күні де, бекітілген күні де көрсетілмеген.',
      'Нет версии (version) либо не указаны ни дата вступления в силу, ни дата утверждения.'),
    messages: messages(
      'Show the approval date and version of the policy: the owner/operator must approve documents defining its policy on collection, processing and protection of personal data (PD Law Art. 25 p.2 sub 1-1).',
      'Саясаттың бекітілген күнін және редакциясын көрсетіңіз: меншік иесі және (немесе) оператор дербес деректерді жинауға, өңдеуге және қорғауға қатысты саясатын айқындайтын құжаттарды бекітуге міндетті (Заңның 25-бабы 2-тармағының 1-1) тармақшасы).',
      'Укажите дату утверждения и редакцию политики: собственник и (или) оператор обязаны утверждать документы, определяющие политику оператора в отношении сбора, обработки и защиты персональных данных (пп. 1-1) п. 2 ст. 25 Закона).'),
    examples: {
      triggers: { yaml: 'title:\n  kk: Құпиялылық саясаты\n  ru: Политика конфиденциальности\n', remove: ['version', 'effective'] },
      passes: { yaml: 'version: "2.1"\neffective: 2026-02-01\n' },
    },
    check(ctx) {
      const { policy } = ctx;
      if (policy.version && (policy.effective || policy.approved?.date)) return;
      ctx.report(policy.version ? 'version' : 'title');
    },
  },
]);
