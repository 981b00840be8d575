/**
 * How the end of a Kazakh phrase sounds: Kazakh suffixes follow pronunciation (vowel harmony
 * and the final sound), not spelling, so abbreviations, numbers in digits and Latin names are
 * first turned into a Cyrillic reading.
 */
import { numberToWordsKk } from './numbers';

export type Harmony = 'back' | 'front';
/** Classes of final sound that choose a suffix's first consonant. */
export type FinalSound = 'vowel' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';
export interface Sound { harmony: Harmony; final: FinalSound }

/**
 * What a suffix attaches to: a Kazakh word takes it directly; abbreviations, numbers and
 * Latin names take it after a hyphen (ЖШС-ның, 5-ке, Google-ға), per the orthography rules.
 */
export type SegmentKind = 'word' | 'abbreviation' | 'number' | 'latin';
export interface Segment { kind: SegmentKind; text: string; reading: string }

const BACK = 'аоұыяё';
const FRONT = 'әеөүіэ';
const VOWELS = `${BACK}${FRONT}иую`;
const CYRILLIC = 'а-яёәғқңөұүһі';
const LATIN = 'a-záäóöúüūıǵğńşý';

export const isVowel = (c: string | undefined): boolean => c !== undefined && c.length === 1 && VOWELS.includes(c);

// Native words whose и is back (мый), against the front и of loans (лимит, такси).
const BACK_I_WORDS = new Set(['ми', 'қи']);

function harmonyOf(reading: string): Harmony {
  // A final soft sign marks a soft (front) ending: пароль → парольге.
  if (reading.endsWith('ь')) return 'front';
  if (BACK_I_WORDS.has(reading)) return 'back';
  // к and г are front consonants, so loans ending in them after a consonant, and in -кс, -кл,
  // take front endings whatever their vowel: банк → банкке, хирург → хирургке.
  if (new RegExp(`(?:[^${VOWELS}][кг]|к[сл])$`).test(reading)) return 'front';
  let harmony: Harmony | undefined;
  for (let i = 0; i < reading.length; i++) {
    const c = reading[i];
    const prev = reading[i - 1];
    const next = reading[i + 1];
    if (BACK.includes(c)) harmony = 'back';
    else if (FRONT.includes(c) || c === 'и') harmony = 'front';
    // у between consonants is the loan vowel [u] (институт → институтқа); elsewhere it is a
    // glide that keeps the harmony of the vowel before it (білу → білуге, жазу → жазуға).
    else if (c === 'у' && !isVowel(prev) && next !== undefined && !isVowel(next)) harmony = 'back';
    // ю after a consonant is front (парашют); after a vowel it is a glide (аю → аюға).
    else if (c === 'ю' && !isVowel(prev)) harmony = 'front';
  }
  // No decisive vowel: су, ту, бу are back.
  return harmony ?? 'back';
}

function finalOf(reading: string): FinalSound {
  const c = reading.replace(/[ьъ]+$/, '').at(-1);
  if (c === undefined) throw new RangeError(`Cannot tell how "${reading}" ends`);
  if (`${BACK}${FRONT}`.includes(c)) return 'vowel';
  // и, у, ю end in a glide (ій, ұу, йу): би → биді, су → суды, аю → аюды.
  if ('иуюйлр'.includes(c)) return 'sonorant';
  if ('мнң'.includes(c)) return 'nasal';
  if ('зж'.includes(c)) return 'voiced';
  // Final б в г д of loans are devoiced: клуб → клубқа, завод → заводқа.
  if (new RegExp(`[${CYRILLIC}]`).test(c)) return 'voiceless';
  throw new RangeError(`No Kazakh reading ends in "${c}"`);
}

export function soundOf(reading: string): Sound {
  return { harmony: harmonyOf(reading), final: finalOf(reading) };
}

/** A number is read by its last word: 2026 → «екі мың жиырма алты» → алты. */
function numberReading(digits: string): string {
  const last9 = Number(digits.slice(-9));
  if (last9 === 0) return /[1-9]/.test(digits) ? 'миллиард' : 'нөл';
  return numberToWordsKk(last9).split(' ').at(-1)!;
}

// Readings fixed by the orthography rules rather than by spelling out letters: «АҚШ-қа».
const ABBREVIATION_READINGS: Record<string, string> = { 'АҚШ': 'ақш' };

/**
 * An abbreviation of capitals is read letter by letter, a consonant with a short ы
 * (ТМД [ты-мы-ды] → ТМД-ға, ЖШС [жы-шы-сы] → ЖШС-ның) except к and г, which are front
 * (МКК-ге); a mixed one (ҚазҰУ) reads its lowercase part as written.
 */
function abbreviationReading(text: string): string {
  const fixed = ABBREVIATION_READINGS[text];
  if (fixed) return fixed;
  const parts = text.match(new RegExp(`\\p{Lu}[${CYRILLIC}]+|\\p{Lu}|[${CYRILLIC}]+`, 'gu')) ?? [];
  return parts.map(part => {
    const lower = part.toLowerCase();
    if (part.length > 1 || part === lower || isVowel(lower)) return lower;
    if ('ьъ'.includes(lower)) return '';
    return lower + ('кг'.includes(lower) ? 'і' : 'ы');
  }).join('');
}

function isAbbreviation(text: string): boolean {
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals === 0) return false;
  // Words set in capitals (ОПЕРАТОР) are longer than abbreviations in practice.
  if (text === text.toUpperCase()) return text.length <= 5;
  return capitals >= 2 && /\p{Ll}\p{Lu}/u.test(text);
}

// Names whose spelling says little about how Kazakh speakers say them.
const LATIN_READINGS: Record<string, string> = {
  google: 'гугл', apple: 'эппл', zoom: 'зум', ios: 'айоэс', android: 'андроид', youtube: 'ютуб',
  facebook: 'фейсбук', instagram: 'инстаграм', telegram: 'телеграм', whatsapp: 'уотсап',
  microsoft: 'майкрософт', yandex: 'яндекс', kaspi: 'каспи', gmail: 'джимейл', cookies: 'кукис',
  // The orthography rules' own example: USAID-тың, USAID-қа.
  usaid: 'юсайд',
};

const ENGLISH_LETTER_NAMES: Record<string, string> = {
  a: 'эй', b: 'би', c: 'си', d: 'ди', e: 'и', f: 'эф', g: 'джи', h: 'эйч', i: 'ай', j: 'джей', k: 'кей',
  l: 'эл', m: 'эм', n: 'эн', o: 'оу', p: 'пи', q: 'кью', r: 'ар', s: 'эс', t: 'ти', u: 'ю', v: 'ви',
  w: 'дабылю', x: 'экс', y: 'уай', z: 'зед',
};

const LATIN_DIGRAPHS: Record<string, string> = {
  sh: 'ш', ch: 'ч', zh: 'ж', kh: 'х', gh: 'ғ', th: 'т', ph: 'ф', ck: 'к', oo: 'у', ee: 'и', ea: 'и',
};

// English values, plus the Kazakh Latin letters of names such as «Birge Oqu».
const LATIN_LETTERS: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', z: 'з',
  á: 'ә', ä: 'ә', ó: 'ө', ö: 'ө', ú: 'ү', ü: 'ү', ū: 'ұ', ı: 'ы', ǵ: 'ғ', ğ: 'ғ', ń: 'ң', ş: 'ш', ý: 'у',
};

const LATIN_VOWELS = 'aeiouyáäóöúüūı';
const isLatinVowel = (c: string | undefined): boolean => c !== undefined && c.length === 1 && LATIN_VOWELS.includes(c);

function transliterate(word: string): string {
  // English silent final e: Google [гугл], but Qbe keeps it as its only vowel.
  const w = /[^aeiouy]e$/.test(word) && [...word.slice(0, -1)].some(isLatinVowel) ? word.slice(0, -1) : word;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const pair = LATIN_DIGRAPHS[w.slice(i, i + 2)];
    if (pair) { out += pair; i++; continue; }
    const c = w[i];
    const next = w[i + 1];
    if (c === 'q' && next === 'u' && isLatinVowel(w[i + 2])) { out += 'кв'; i++; continue; }
    if (c === 'c') out += next !== undefined && 'eiy'.includes(next) ? 'с' : 'к';
    else if (c === 'y') out += isLatinVowel(next) || isLatinVowel(w[i - 1]) ? 'й' : 'и';
    else out += LATIN_LETTERS[c] ?? '';
  }
  return out;
}

/**
 * Latin capitals are spelled by English letter names when short or vowelless (SMS [эсэмэс]),
 * and read as a word otherwise (NATO-ның, per the rules); other Latin words are transliterated.
 */
function latinReading(run: string): string {
  const lower = run.toLowerCase();
  const known = LATIN_READINGS[lower];
  if (known) return known;
  if (run === run.toUpperCase() && (run.length <= 3 || ![...lower].some(isLatinVowel))) {
    return [...lower].map(c => ENGLISH_LETTER_NAMES[c] ?? LATIN_LETTERS[c] ?? '').join('');
  }
  return transliterate(lower);
}

/** The last hyphen-separated part of the phrase's last word, with how it is read. */
export function lastSegment(phrase: string): Segment {
  // Digits grouped by spaces are one number: «1 000 000».
  const grouped = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/.exec(phrase);
  if (grouped) return { kind: 'number', text: grouped[0], reading: numberReading(grouped[0].replace(/\D/g, '')) };
  const text = /[^\s-]*$/.exec(phrase)![0];
  const digits = /\d+$/.exec(text);
  if (digits) return { kind: 'number', text, reading: numberReading(digits[0]) };
  const latin = new RegExp(`[${LATIN}]+$`, 'iu').exec(text);
  if (latin) return { kind: 'latin', text, reading: latinReading(latin[0]) };
  if (new RegExp(`[${CYRILLIC}]$`, 'iu').test(text)) {
    return isAbbreviation(text) ? { kind: 'abbreviation', text, reading: abbreviationReading(text) } : { kind: 'word', text, reading: text.toLowerCase() };
  }
  if (/[»"”]$/.test(phrase)) {
    // Kazakh inflects the generic noun after a quoted name, never the name itself:
    // «Birge Oqu» қорының, «DAR Tech» ЖШС-ның.
    throw new RangeError(`Cannot inflect the quoted name "${phrase}": add a generic noun (see inflectNameKk)`);
  }
  throw new RangeError(`Cannot inflect "${phrase}": it does not end in a word, abbreviation or number`);
}
