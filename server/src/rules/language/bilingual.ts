// The Kazakh and Russian versions of a text must state the same facts: numbers, dates, deadlines,
// e-mails, web addresses, BINs/IINs, phone numbers and {{placeholders}}. Runs on every keystroke, so
// the regexes are compiled once and each (kk, ru) pair is memoised by its text.
import type { Locale, Localized } from '../../i18n/locale';
import type { Args } from '../registry';
import { defineRules, loc, locateInText, messages, workOn } from '../kit';
import { policyTextValues, type TextValue } from '../../model/analysis';

export type FactKind = 'placeholder' | 'email' | 'url' | 'date' | 'bin' | 'phone' | 'deadline' | 'number';

export interface Fact {
  kind: FactKind;
  /** normalised value compared across the languages */
  key: string;
  /** the text as written, and where */
  raw: string;
  index: number;
}

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяею]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const kkMonth = new RegExp(`^(${KK_MONTHS.join('|')})`, 'iu');
const ruMonth = RU_MONTHS.map(m => new RegExp(`^${m}`, 'iu'));
const monthOf = (word: string, lang: 'kk' | 'ru'): number => {
  if (lang === 'kk') {
    const m = kkMonth.exec(word);
    return m ? KK_MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  }
  const i = ruMonth.findIndex(r => r.test(word));
  return i + 1;
};
const pad = (n: string | number) => String(n).padStart(2, '0');
const iso = (y: string, m: number | string, d: string) => `${y}-${pad(m)}-${pad(Number(d))}`;

const L = '\\p{L}';
const PATTERNS = {
  placeholder: /\{\{\s*([\p{L}\p{N}_.-]+)(?::[a-z]+)?\s*\}\}/gu,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
  url: /(?:https?:\/\/|www\.)[^\s«»"'<>()]*[^\s«»"'<>().,;:!?]|(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:kz|қаз|com|org|net|ru|io|edu|gov)(?![\p{L}\p{N}-])(?:\/[^\s«»"'<>()]*)?/giu,
  isoDate: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
  dotDate: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g,
  kkDateYearFirst: new RegExp(`(?<!\\d)(\\d{4})\\s*(?:жылғы|жыл|ж\\.)\\s*(\\d{1,2})\\s*(${L}+)`, 'gu'),
  kkDateDayFirst: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${L}+)\\s+(\\d{4})(?:\\s*(?:жылғы|жыл${L}*|ж\\.))?`, 'gu'),
  ruDate: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${L}+)\\s+(\\d{4})(?:\\s*(?:года|году|год|г\\.))?`, 'gu'),
  bin: /(?<!\d)\d{12}(?!\d)/g,
  phone: /(?<![\d+])\+?\d(?:[\s()\u00a0-]*\d){9,13}(?!\d)/g,
  kkDeadline: new RegExp(`(?:(күнтізбелік|жұмыс)\\s+)?(?<![\\d.,])(\\d{1,4})\\)?\\s*(?:\\([^)\\d]{1,40}\\)\\s*)?(жұмыс\\s+күн${L}*|күнтізбелік\\s+күн${L}*|күн${L}*|сағат${L}*|ай(?:дың|ға|ды|да|дан|ын|ына|ында)?(?!${L})|жыл(?!ғы)${L}*)`, 'giu'),
  ruDeadline: new RegExp(`(?<![\\d.,])(\\d{1,4})\\)?\\s*(?:\\([^)\\d]{1,40}\\)\\s*)?(рабоч${L}*\\s+(?:дн${L}*|день)|календарн${L}*\\s+(?:дн${L}*|день)|дн(?:я|ей|ям|ями|ях)(?!${L})|день(?!${L})|сут${L}*|час${L}*|месяц${L}*|(?:год|года|лет)(?!${L}))`, 'giu'),
  number: /(?<![\p{L}\d])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?!\d)/gu,
};

const DIGIT = /\d/;
/** cheap tests that let most texts skip a pattern */
const URLISH = /:\/\/|www\.|[a-z0-9-]\.(?:kz|com|org|net|ru|io|edu|gov)|\.қаз/i;
const KK_UNIT = /күн|сағат|жыл|(?:^|[^\p{L}])ай/iu;
const RU_UNIT = /дн|день|сут|час|месяц|год|лет/i;
const ANY_FACT = /[\d@{]|:\/\/|www\.|[a-z0-9-]\.(?:kz|com|org|net|ru|io|edu|gov)|\.қаз/i;
const YEAR = /\d{4}/;
const TWELVE = /\d{12}/;
/** ten digits with separators in between, the least a phone number has */
const MANY_DIGITS = /\d(?:[\s()\u00a0-]*\d){9}/;

function unitOf(word: string, lang: 'kk' | 'ru'): string {
  const w = word.toLowerCase();
  if (lang === 'kk') {
    if (w.startsWith('жұмыс')) return 'working-days';
    if (w.startsWith('күнтізбелік')) return 'calendar-days';
    if (w.startsWith('күн')) return 'days';
    if (w.startsWith('сағат')) return 'hours';
    if (w.startsWith('ай')) return 'months';
    return 'years';
  }
  if (w.startsWith('рабоч')) return 'working-days';
  if (w.startsWith('календарн')) return 'calendar-days';
  if (w.startsWith('дн') || w.startsWith('день') || w.startsWith('сут')) return 'days';
  if (w.startsWith('час')) return 'hours';
  if (w.startsWith('месяц')) return 'months';
  return 'years';
}

const PLAIN_NUMBER = /^[1-9]\d*$/;
const normalizeNumber = (s: string) => {
  if (PLAIN_NUMBER.test(s)) return s;
  const n = s.replace(/[ \u00a0]/g, '').replace(',', '.');
  return n.includes('.') ? String(Number(n)) : n.replace(/^0+(?=\d)/, '');
};
const normalizeUrl = (s: string) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[.,;:!?]+$/, '').replace(/\/+$/, '');

/** `s` with the spans blanked (as many spaces: indices stay those of `s`). */
function blank(s: string, spans: [number, number][]): string {
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += s.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + s.slice(from);
}

/** Every fact of one text, in one language. Spans matched by an earlier kind are masked from later kinds. */
export function extractFacts(text: string, lang: 'kk' | 'ru'): Fact[] {
  const facts: Fact[] = [];
  // the text with the spans matched so far blanked (same length, so indices stay those of the text);
  // blanked only when a later kind reads it: most texts have no kind after their placeholders
  let masked = text;
  let unmasked: [number, number][] = [];
  const current = () => {
    if (unmasked.length) {
      masked = blank(masked, unmasked);
      unmasked = [];
    }
    return masked;
  };
  const take = (re: RegExp, make: (m: RegExpExecArray) => { kind: FactKind; key: string } | undefined, last = false) => {
    const source = current();
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const fact = make(m);
      if (fact) {
        facts.push({ kind: fact.kind, key: fact.key, raw: m[0], index: m.index });
        if (!last) unmasked.push([m.index, m.index + m[0].length]);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  // blanking turns characters into spaces only: what the text lacks (an '@', a web address, a digit),
  // the masked text lacks too, so the text itself is asked first
  if (text.includes('{{')) take(PATTERNS.placeholder, m => ({ kind: 'placeholder', key: m[1] }));
  if (text.includes('@') && current().includes('@')) take(PATTERNS.email, m => ({ kind: 'email', key: m[0].toLowerCase() }));
  if (URLISH.test(text) && URLISH.test(current())) take(PATTERNS.url, m => ({ kind: 'url', key: normalizeUrl(m[0]) }));
  if (!DIGIT.test(text) || !DIGIT.test(current())) return facts;
  const year = YEAR.test(current());
  if (year) take(PATTERNS.isoDate, m => ({ kind: 'date', key: iso(m[1], m[2], m[3]) }));
  if (year) take(PATTERNS.dotDate, m => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { kind: 'date', key: iso(m[3], m[2], m[1]) } : undefined));
  if (!year) {
    // no four-digit year: no date
  } else if (lang === 'kk') {
    take(PATTERNS.kkDateYearFirst, m => { const mo = monthOf(m[3], 'kk'); return mo ? { kind: 'date', key: iso(m[1], mo, m[2]) } : undefined; });
    take(PATTERNS.kkDateDayFirst, m => { const mo = monthOf(m[2], 'kk'); return mo ? { kind: 'date', key: iso(m[3], mo, m[1]) } : undefined; });
  } else {
    take(PATTERNS.ruDate, m => { const mo = monthOf(m[2], 'ru'); return mo ? { kind: 'date', key: iso(m[3], mo, m[1]) } : undefined; });
  }
  if (TWELVE.test(current())) take(PATTERNS.bin, m => ({ kind: 'bin', key: m[0] }));
  if (MANY_DIGITS.test(current())) take(PATTERNS.phone, m => ({ kind: 'phone', key: m[0].replace(/\D/g, '').replace(/^8(?=\d{10}$)/, '7') }));
  // Kazakh may put the qualifier first: «күнтізбелік 30 күн»
  if (!(lang === 'kk' ? KK_UNIT : RU_UNIT).test(current())) {
    // no unit of time: no period
  } else if (lang === 'kk') take(PATTERNS.kkDeadline, m => ({ kind: 'deadline', key: `${Number(m[2])} ${unitOf(m[1] && /^күн/i.test(m[3]) ? `${m[1]} ${m[3]}` : m[3], lang)}` }));
  else take(PATTERNS.ruDeadline, m => ({ kind: 'deadline', key: `${Number(m[1])} ${unitOf(m[2], lang)}` }));
  take(PATTERNS.number, m => ({ kind: 'number', key: normalizeNumber(m[0]) }), true);
  return facts;
}

export interface Mismatch extends Fact {
  /** the language whose text has the fact the other lacks */
  lang: 'kk' | 'ru';
}

/** Facts one version states and the other does not (compared by kind and normalised value). */
export function compareTexts(kk: string, ru: string): Mismatch[] {
  if (!ANY_FACT.test(kk) && !ANY_FACT.test(ru)) return [];
  const a = extractFacts(kk, 'kk');
  const b = extractFacts(ru, 'ru');
  const keys = (facts: Fact[]) => new Set(facts.map(f => `${f.kind}\0${f.key}`));
  const ka = keys(a);
  const kb = keys(b);
  // a number in one text may be part of a deadline in the other ("15 жұмыс күні" / "пятнадцати (15) рабочих дней" aside)
  const numbersOf = (facts: Fact[]) => new Set(facts.flatMap(f => (f.kind === 'deadline' ? [`number\0${f.key.split(' ')[0]}`] : [])));
  const na = numbersOf(a);
  const nb = numbersOf(b);
  const out: Mismatch[] = [];
  const seen = new Set<string>();
  for (const f of a) {
    const k = `${f.kind}\0${f.key}`;
    if (kb.has(k) || (f.kind === 'number' && nb.has(k)) || seen.has(`kk${k}`)) continue;
    seen.add(`kk${k}`);
    out.push({ ...f, lang: 'kk' });
  }
  for (const f of b) {
    const k = `${f.kind}\0${f.key}`;
    if (ka.has(k) || (f.kind === 'number' && na.has(k)) || seen.has(`ru${k}`)) continue;
    seen.add(`ru${k}`);
    out.push({ ...f, lang: 'ru' });
  }
  return out;
}

/** The comparison of a kk string with the ru string it was last compared with (normally its entry's ru text). */
const comparisonSlot = (): { last?: { ru: string; mismatches: Mismatch[] } } => ({});

/** The mismatches of a text's kk and ru strings, memoised with the other work on the kk string (kit.ts workOn). */
function mismatchesOf(text: TextValue, kk: string, ru: string): Mismatch[] {
  const slot = workOn(text, 'kk', comparisonSlot);
  if (slot.last?.ru !== ru) slot.last = { ru, mismatches: compareTexts(kk, ru) };
  return slot.last.mismatches;
}

const KIND_NAMES: Record<FactKind, Localized> = {
  placeholder: loc('placeholder', 'толтырғыш', 'заполнитель'),
  email: loc('e-mail address', 'электрондық пошта мекенжайы', 'адрес электронной почты'),
  url: loc('web address', 'веб-мекенжай', 'веб-адрес'),
  date: loc('date', 'күн', 'дата'),
  bin: loc('BIN/IIN', 'БСН/ЖСН', 'БИН/ИИН'),
  phone: loc('phone number', 'телефон нөмірі', 'номер телефона'),
  deadline: loc('period', 'мерзім', 'срок'),
  number: loc('number', 'сан', 'число'),
};
const kindName = (a: Args, l: Locale) => KIND_NAMES[a.what as FactKind]?.[l] ?? String(a.what);

export const BILINGUAL_RULES = defineRules('bilingual', [
  {
    code: 'bilingual-mismatch',
    name: 'Kazakh and Russian versions state different facts',
    severity: 'warning',
    trigger: loc('A number, date, period, e-mail, web address, BIN/IIN, phone number or {{placeholder}} appears in one language version of a text and not in the other.',
      'Сан, күн, мерзім, электрондық пошта, веб-мекенжай, БСН/ЖСН, телефон немесе {{толтырғыш}} мәтіннің бір тілдегі нұсқасында бар, ал екіншісінде жоқ.',
      'Число, дата, срок, e-mail, веб-адрес, БИН/ИИН, телефон или {{заполнитель}} есть в одной языковой версии текста и отсутствует в другой.'),
    messages: {
      en: a => `The ${kindName(a, 'en')} «${a.value}» is in the ${a.lang === 'kk' ? 'Kazakh' : 'Russian'} text but not in the ${a.lang === 'kk' ? 'Russian' : 'Kazakh'} one: both versions must say the same.`,
      kk: a => `«${a.value}» (${kindName(a, 'kk')}) ${a.lang === 'kk' ? 'қазақша мәтінде бар, бірақ орысша' : 'орысша мәтінде бар, бірақ қазақша'} мәтінде жоқ: екі нұсқа бірдей болуға тиіс.`,
      ru: a => `${kindName(a, 'ru')[0].toUpperCase() + kindName(a, 'ru').slice(1)} «${a.value}» есть в ${a.lang === 'kk' ? 'казахском' : 'русском'} тексте, но отсутствует в ${a.lang === 'kk' ? 'русском' : 'казахском'}: обе версии должны совпадать.`,
    },
    examples: {
      triggers: { yaml: 'title:\n  kk: Құпиялылық саясаты (2026 жылғы 1 ақпандағы редакция)\n  ru: Политика конфиденциальности (редакция от 1 марта 2026 года)\n' },
      passes: { yaml: 'title:\n  kk: Құпиялылық саясаты (2026 жылғы 1 ақпандағы редакция)\n  ru: Политика конфиденциальности (редакция от 1 февраля 2026 года)\n' },
    },
    check(ctx) {
      for (const text of policyTextValues(ctx.analysis)) {
        const { path, value } = text;
        if (!value.kk || !value.ru) continue;
        for (const m of mismatchesOf(text, value.kk, value.ru)) {
          const at = locateInText(ctx.analysis, path, m.lang, value[m.lang]!, m.index, m.raw);
          ctx.reportAt(at.start, at.end, { what: m.kind, value: m.raw, lang: m.lang });
        }
      }
    },
  },
]);
