// Statutory terminology (PD Law Art. 1, Art. 16; REFERENCE §1, GLOSSARY.tsv): «дербес деректер», not
// «жеке деректер»; «трансшекаралық беру», not «…тасымалдау»; «персональные данные», not «личные данные» …
// Each finding carries the replacement, inflected to keep the case ending, so a quick fix can apply it.
import type { Locale } from '../../i18n/locale';
import type { Args } from '../registry';
import { defineRules, findInTexts, loc, messages, type TextMatch } from '../kit';

/**
 * Moves a Kazakh case/possessive ending from a back-vowel stem to a front-vowel one (vowel harmony),
 * and, when the old stem ended in a voiceless consonant and the new one in a sonorant (ақпарат → деректер),
 * voices the ending's first consonant (-ты → -ді, -қа → -ге, -пен → -мен).
 */
export function frontSuffix(suffix: string, voiceAfterSonorant = false): string {
  let s = suffix;
  if (voiceAfterSonorant) s = s.replace(/^т/, 'д').replace(/^қ/, 'г').replace(/^п/, 'м');
  return s.replace(/[аыұоғқ]/g, c => ({ а: 'е', ы: 'і', ұ: 'ү', о: 'ө', ғ: 'г', қ: 'к' })[c]!);
}

interface Term {
  id: string;
  lang: 'kk' | 'ru';
  re: RegExp;
  /** what to write instead; undefined when no mechanical replacement is safe */
  replace(m: RegExpExecArray, before: string): string | undefined;
  /** skip matches whose preceding text fails this test */
  context?(before: string): boolean;
  /** the statutory term, for the message */
  statutory: string;
}

// no lookbehind for the word boundary: checked on the match instead, which keeps the scan fast
const W = '';
const WORD_CHAR = /[\p{L}\p{N}]/u;
const KEEP_CASE = (found: string, replacement: string) => (found[0] !== found[0].toLowerCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement);

const RU_PERSONAL: Record<string, string> = { ые: 'ые', ых: 'ых', ым: 'ым', ыми: 'ыми' };
const RU_DEPERS: Record<string, string> = { я: 'обезличивание', ю: 'обезличивание', ей: 'обезличиванием' };

const TERMS: Term[] = [
  { id: 'zheke-derekter', lang: 'kk', statutory: 'дербес деректер', re: new RegExp(`${W}жеке(\\s+)(деректер\\p{L}*)`, 'giu'), replace: m => `дербес${m[1]}${m[2]}` },
  { id: 'zheke-malimetter', lang: 'kk', statutory: 'дербес деректер', re: new RegExp(`${W}(?:жеке|дербес)(\\s+)мәліметтер(\\p{L}*)`, 'giu'), replace: m => `дербес${m[1]}деректер${m[2]}` },
  { id: 'akparat', lang: 'kk', statutory: 'дербес деректер', re: new RegExp(`${W}(?:жеке|дербес)(\\s+)ақпарат(\\p{L}*)`, 'giu'), replace: m => `дербес${m[1]}деректер${frontSuffix(m[2], true)}` },
  {
    id: 'tasymaldau', lang: 'kk', statutory: 'трансшекаралық беру', re: new RegExp(`${W}трансшекаралық(\\s+)тасымалда(\\p{L}*)`, 'giu'),
    // only the verbal noun (-у…) maps onto «беру»; finite verbs (тасымалданады) need rewording
    replace: m => (m[2].startsWith('у') ? `трансшекаралық${m[1]}бер${frontSuffix(m[2])}` : undefined),
  },
  {
    id: 'alyp-tastau', lang: 'kk', statutory: 'жою', re: new RegExp(`${W}алып\\s+таста(у\\p{L}*)`, 'giu'),
    // «бұғаттауды алып тастау» (lifting a block) is the statute's own wording; flag it only about data
    context: before => /деректер|ақпарат/iu.test(before.slice(-80)) && !/бұғаттау\p{L}*\s*$/iu.test(before),
    replace: m => `жо${m[1].replace(/^у/, 'ю')}`,
  },
  { id: 'depersonalization-kk', lang: 'kk', statutory: 'иесіздендіру', re: new RegExp(`${W}деперсонализация(\\p{L}*)`, 'giu'), replace: m => (m[1] === '' || m[1] === 'лау' ? 'иесіздендіру' : undefined) },
  { id: 'lichnye-dannye', lang: 'ru', statutory: 'персональные данные', re: new RegExp(`${W}личн(ые|ых|ым|ыми)(\\s+)(данн\\p{L}*)`, 'giu'), replace: m => `персональн${RU_PERSONAL[m[1].toLowerCase()]}${m[2]}${m[3]}` },
  { id: 'depersonalization-ru', lang: 'ru', statutory: 'обезличивание', re: new RegExp(`${W}деперсонализаци(я|ю|ей|и)(?!\\p{L})`, 'giu'), replace: m => RU_DEPERS[m[1].toLowerCase()] },
  { id: 'personal-info-ru', lang: 'ru', statutory: 'персональные данные', re: new RegExp(`${W}персональн(ая|ую)(\\s+)информаци(я|ю)(?!\\p{L})`, 'giu'), replace: m => `персональные${m[2]}данные` },
  { id: 'transfer-ru', lang: 'ru', statutory: 'трансграничная передача', re: new RegExp(`${W}трансграничн\\p{L}*\\s+(?:перенос|пересылк|перемещени)\\p{L}*`, 'giu'), replace: () => undefined },
];

const PATTERNS: Record<'kk' | 'ru', RegExp> = {
  kk: new RegExp(TERMS.filter(t => t.lang === 'kk').map(t => t.re.source).join('|'), 'giu'),
  ru: new RegExp(TERMS.filter(t => t.lang === 'ru').map(t => t.re.source).join('|'), 'giu'),
};

const ANCHORED = new Map(TERMS.map(t => [t, new RegExp(`^(?:${t.re.source})`, 'iu')]));

/** The term a match belongs to, and its replacement. */
function resolve(match: TextMatch, text: string, index: number): { term: Term; replacement?: string } | undefined {
  for (const term of TERMS) {
    if (term.lang !== match.lang) continue;
    const m = ANCHORED.get(term)!.exec(match.match);
    if (!m) continue;
    const before = text.slice(0, index);
    if (term.context && !term.context(before)) return undefined;
    const r = term.replace(m as RegExpExecArray, before);
    return { term, replacement: r === undefined ? undefined : KEEP_CASE(match.match, r) };
  }
  return undefined;
}

const ADMIN_TERMS = new Set(['administration', 'site-administration', 'administrator']);
const DEFINED_AS_OPERATOR = /оператор|меншік\s+иесі|собственник/iu;

const detail = (a: Args, l: Locale) => {
  if (a.kind === 'administration') return loc('The operator is called «Administration» but is not defined as the owner and/or operator.', 'Оператор «Әкімшілік» деп аталған, бірақ меншік иесі және (немесе) оператор ретінде айқындалмаған.', 'Оператор назван «Администрацией», но не определен как собственник и (или) оператор.')[l];
  if (!a.found) return '';
  const use = a.replacement ?? a.statutory;
  return loc(`Write «${use}» instead of «${a.found}».`, `«${a.found}» орнына «${use}» деп жазыңыз.`, `Замените «${a.found}» на «${use}».`)[l];
};

export const TERMINOLOGY_RULES = defineRules('terminology', [
  {
    code: 'R36',
    name: 'Non-statutory terminology',
    severity: 'info',
    confidence: 'H',
    citations: ['pd-1', 'pd-16'],
    trigger: loc('A text uses «жеке деректер», «жеке/дербес ақпарат», «трансшекаралық тасымалдау», «алып тастау» for destruction, «личные данные», «деперсонализация»; or the operator is called Administration without being defined as owner/operator.',
      'Мәтінде «жеке деректер», «жеке/дербес ақпарат», «трансшекаралық тасымалдау», жою мағынасында «алып тастау», «личные данные», «деперсонализация» қолданылған; не оператор «Әкімшілік» деп аталып, меншік иесі/оператор ретінде айқындалмаған.',
      'В тексте «жеке деректер», «жеке/дербес ақпарат», «трансшекаралық тасымалдау», «алып тастау» в значении уничтожения, «личные данные», «деперсонализация»; либо оператор назван «Администрацией» без определения как собственника/оператора.'),
    fix: loc('Use the statutory term', 'Заңдағы терминді қолдану', 'Использовать термин закона'),
    messages: messages(
      'Use the statutory terms: "дербес деректер" / "персональные данные", "трансшекаралық беру" / "трансграничная передача", "иесіздендіру" / "обезличивание". If you say "Administration", state that it is the owner and/or operator (PD Law Art. 1, Art. 16).',
      'Заңдағы терминдерді қолданыңыз: «жеке деректер» емес — «дербес деректер», «трансшекаралық тасымалдау» емес — «трансшекаралық беру». «Әкімшілік» деген сөзді қолдансаңыз, оның меншік иесі және (немесе) оператор екенін айқындаңыз (Заңның 1, 16-баптары).',
      'Используйте термины закона: «персональные данные» (а не «личные данные»), «трансграничная передача», «обезличивание». Если используется слово «Администрация», укажите, что это собственник и (или) оператор (ст. 1, 16 Закона).',
      detail),
    examples: {
      triggers: { yaml: 'title:\n  kk: Жеке деректердің құпиялылығы туралы саясат\n  ru: Политика о конфиденциальности персональных данных\n' },
      passes: { yaml: 'title:\n  kk: Дербес деректердің құпиялылығы туралы саясат\n  ru: Политика о конфиденциальности персональных данных\n' },
    },
    check(ctx) {
      const { analysis, policy } = ctx;
      for (const m of findInTexts(analysis, PATTERNS)) {
        // the string the match was found in, to read what precedes it
        if (m.start > 0 && WORD_CHAR.test(analysis.text[m.start - 1])) continue; // inside a longer word
        const found = analysis.text.slice(m.start, m.end);
        const source = analysis.text.slice(Math.max(0, m.start - 120), m.start);
        const r = resolve(m, source + m.match, source.length);
        if (!r) continue;
        const exact = found === m.match;
        const args: Args = { found: m.match, statutory: r.term.statutory, lang: m.lang };
        if (r.replacement && exact) Object.assign(args, { replacement: r.replacement, fixStart: m.start, fixEnd: m.end });
        ctx.reportAt(m.start, m.end, args);
      }
      const term = policy.operator?.term;
      if (term && ADMIN_TERMS.has(term)) {
        const defined = Object.values(policy.terms ?? {}).some(t => DEFINED_AS_OPERATOR.test(`${t.definition?.kk ?? ''} ${t.definition?.ru ?? ''}`));
        if (!defined) ctx.report('operator/term', { kind: 'administration' });
      }
    },
  },
]);
