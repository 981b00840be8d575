import { pluralRu } from './russian';

const MAX = 999_999_999;

function checkRange(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX) throw new RangeError(`Number out of range 0..${MAX}: ${n}`);
}

const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

function kkBelowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  // Kazakh says «жүз», not «бір жүз», for a bare hundred.
  const hundredWords = hundreds === 0 ? [] : hundreds === 1 ? ['жүз'] : [KK_UNITS[hundreds], 'жүз'];
  return [...hundredWords, KK_TENS[Math.floor(n / 10) % 10], KK_UNITS[n % 10]].filter(w => w !== '');
}

/** Kazakh cardinal in words, 0..999 999 999: 2013 → «екі мың он үш». */
export function numberToWordsKk(n: number): string {
  checkRange(n);
  if (n === 0) return 'нөл';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const words: string[] = [];
  if (millions) words.push(...kkBelowThousand(millions), 'миллион');
  // A leading thousand is «мың»; after millions «бір мың» keeps the groups apart.
  if (thousands) words.push(...(thousands === 1 && !millions ? [] : kkBelowThousand(thousands)), 'мың');
  words.push(...kkBelowThousand(n % 1000));
  return words.join(' ');
}

export type RuGender = 'm' | 'f' | 'n';
/** Cases a Russian numeral is needed in: nominative, and genitive for «в течение …». */
export type RuNumberCase = 'nom' | 'gen';

interface RuNumberWords { one: Record<RuGender, string>; two: Record<RuGender, string>; units: string[]; teens: string[]; tens: string[]; hundreds: string[] }

// Plain «е» rather than «ё» (трех, четырех), as Kazakhstan's Russian legal texts write it.
const RU: Record<RuNumberCase, RuNumberWords> = {
  nom: {
    one: { m: 'один', f: 'одна', n: 'одно' },
    two: { m: 'два', f: 'две', n: 'два' },
    units: ['', '', '', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
    teens: ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'],
    tens: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
    hundreds: ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'],
  },
  gen: {
    one: { m: 'одного', f: 'одной', n: 'одного' },
    two: { m: 'двух', f: 'двух', n: 'двух' },
    units: ['', '', '', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти'],
    teens: ['десяти', 'одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати', 'восемнадцати', 'девятнадцати'],
    tens: ['', '', 'двадцати', 'тридцати', 'сорока', 'пятидесяти', 'шестидесяти', 'семидесяти', 'восьмидесяти', 'девяноста'],
    hundreds: ['', 'ста', 'двухсот', 'трехсот', 'четырехсот', 'пятисот', 'шестисот', 'семисот', 'восьмисот', 'девятисот'],
  },
};

/** Forms of «тысяча»/«миллион» after a count, as [one, few, many]. */
const RU_SCALES = {
  thousand: { gender: 'f', nom: ['тысяча', 'тысячи', 'тысяч'], gen: ['тысячи', 'тысяч', 'тысяч'] },
  million: { gender: 'm', nom: ['миллион', 'миллиона', 'миллионов'], gen: ['миллиона', 'миллионов', 'миллионов'] },
} as const;

function ruBelowThousand(n: number, gender: RuGender, kase: RuNumberCase): string[] {
  const w = RU[kase];
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words = [w.hundreds[Math.floor(n / 100)]];
  if (tens === 1) words.push(w.teens[units]);
  else words.push(w.tens[tens], units === 1 ? w.one[gender] : units === 2 ? w.two[gender] : w.units[units]);
  return words.filter(x => x !== '');
}

function ruScaled(count: number, scale: keyof typeof RU_SCALES, kase: RuNumberCase): string[] {
  if (count === 0) return [];
  const s = RU_SCALES[scale];
  return [...ruBelowThousand(count, s.gender, kase), pluralRu(count, s[kase])];
}

/**
 * Russian cardinal in words, 0..999 999 999, agreeing in gender with the counted noun
 * (одна тысяча, две недели) and in the nominative or genitive («в течение пятнадцати дней»).
 * A thousand is «одна тысяча», as amounts in words are written in legal text.
 */
export function numberToWordsRu(n: number, gender: RuGender = 'm', kase: RuNumberCase = 'nom'): string {
  checkRange(n);
  if (n === 0) return kase === 'nom' ? 'ноль' : 'нуля';
  return [
    ...ruScaled(Math.floor(n / 1_000_000), 'million', kase),
    ...ruScaled(Math.floor(n / 1000) % 1000, 'thousand', kase),
    ...ruBelowThousand(n % 1000, gender, kase),
  ].join(' ');
}
