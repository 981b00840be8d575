/**
 * Kazakh case and possessive endings for the renderer. The ending depends on the last word
 * only: its harmony (last vowel) and its final sound; abbreviations, numbers in digits and
 * Latin names take the ending after a hyphen, chosen by how they are read (see kazakh-sound).
 */
import { isVowel, lastSegment, soundOf, type Harmony, type Segment, type Sound } from './kazakh-sound';

export const KK_CASES = ['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins'] as const;
export type KkCase = typeof KK_CASES[number];

export interface InflectKkOptions {
  /** The last word is already a third-person possessive (қоры, платформасы, жұмыс күні). */
  possessive?: boolean;
  /** How the last word is said, in Cyrillic, when its spelling misleads (a brand name). */
  reading?: string;
}

function caseSuffix(kase: KkCase, { harmony, final }: Sound): string {
  const back = harmony === 'back';
  switch (kase) {
    case 'nom': return '';
    case 'gen': return (final === 'vowel' || final === 'nasal' ? 'н' : final === 'voiceless' ? 'т' : 'д') + (back ? 'ың' : 'ің');
    case 'dat': return final === 'voiceless' ? (back ? 'қа' : 'ке') : (back ? 'ға' : 'ге');
    case 'acc': return (final === 'vowel' ? 'н' : final === 'voiceless' ? 'т' : 'д') + (back ? 'ы' : 'і');
    case 'loc': return (final === 'voiceless' ? 'т' : 'д') + (back ? 'а' : 'е');
    case 'abl': return (final === 'nasal' ? 'н' : final === 'voiceless' ? 'т' : 'д') + (back ? 'ан' : 'ен');
    // Written -мен after м н ң too (адаммен), though said -бен.
    case 'ins': return (final === 'voiced' ? 'б' : final === 'voiceless' ? 'п' : 'м') + 'ен';
  }
}

/** After a third-person possessive the endings take a pronominal н: қоры → қорына, қорын, қорында. */
function possessedSuffix(kase: KkCase, harmony: Harmony): string {
  const back = harmony === 'back';
  switch (kase) {
    case 'nom': return '';
    case 'gen': return back ? 'ның' : 'нің';
    case 'dat': return back ? 'на' : 'не';
    case 'acc': return 'н';
    case 'loc': return back ? 'нда' : 'нде';
    case 'abl': return back ? 'нан' : 'нен';
    case 'ins': return 'мен';
  }
}

/** A trailing parenthesis stays after the inflected head: «нөмірін (ЖСН)». */
function splitParenthetical(phrase: string): { head: string; tail: string } {
  const m = /^(.*?\S)(\s*\([^()]*\))$/s.exec(phrase);
  return m ? { head: m[1], tail: m[2] } : { head: phrase, tail: '' };
}

/** Joins a suffix to a phrase the way its last segment requires. */
function attach(head: string, seg: Segment, suffix: string, tail: string): string {
  // A word set in capitals (a heading) keeps its suffix in capitals.
  const upper = seg.kind === 'word' && seg.text.length > 1 && seg.text === seg.text.toUpperCase();
  return head + (seg.kind === 'word' ? '' : '-') + (upper ? suffix.toUpperCase() : suffix) + tail;
}

/**
 * Loans ending in -кт take an і before any suffix, and the suffix then follows that і:
 * акт → актілер, актіге; субъект → субъектінің, субъектісі (the law's «дербес деректер субъектісі»).
 */
function withEpenthesis(head: string, seg: Segment): { head: string; seg: Segment } {
  if (seg.kind !== 'word' || !/кт$/i.test(seg.text)) return { head, seg };
  const i = seg.text === seg.text.toUpperCase() && seg.text.length > 1 ? 'І' : 'і';
  return { head: head + i, seg: { ...seg, text: seg.text + i, reading: seg.reading + 'і' } };
}

function suffixed(phrase: string, options: InflectKkOptions, ending: (sound: Sound) => string): string {
  const parts = splitParenthetical(phrase);
  const { head, seg } = withEpenthesis(parts.head, lastSegment(parts.head));
  const tail = parts.tail;
  const reading = options.reading ?? seg.reading;
  if (options.possessive && !/[ыі]$/.test(reading)) throw new RangeError(`"${phrase}" is not a third-person possessive form`);
  return attach(head, seg, ending(soundOf(reading)), tail);
}

function caseEnding(kase: KkCase, sound: Sound, options: InflectKkOptions): string {
  return options.possessive ? possessedSuffix(kase, sound.harmony) : caseSuffix(kase, sound);
}

/**
 * The phrase in a case, inflecting its last word: Оператор → Операторға, «DAR Tech» ЖШС →
 * «DAR Tech» ЖШС-ның, 2026 → 2026-ға. Throws on a phrase ending in a quoted name, which
 * Kazakh does not inflect (use inflectNameKk).
 */
export function inflectKk(phrase: string, kase: KkCase, options: InflectKkOptions = {}): string {
  if (kase === 'nom') return phrase;
  return suffixed(phrase, options, sound => caseEnding(kase, sound, options));
}

/** The attributive locative, «… that is in/of»: мамыр → мамырдағы, Қазақстан → Қазақстандағы. */
export function attributiveKk(phrase: string, options: InflectKkOptions = {}): string {
  return suffixed(phrase, options, sound => caseEnding('loc', sound, options) + (sound.harmony === 'back' ? 'ғы' : 'гі'));
}

// Stems that lose their second-syllable vowel before a vowel suffix; the list is lexical.
const CONTRACTED_STEMS: Record<string, string> = {
  'орын': 'орн', 'ерік': 'ерк', 'халық': 'халқ', 'әріп': 'әрп', 'ауыз': 'ауз', 'мұрын': 'мұрн', 'ерін': 'ерн',
  'қалып': 'қалп', 'нарық': 'нарқ', 'құлық': 'құлқ', 'көрік': 'көрк', 'бөрік': 'бөрк', 'қойын': 'қойн',
  'құлып': 'құлп', 'ғұрып': 'ғұрп', 'қарын': 'қарн',
};

const VOICED: Record<string, string> = { 'п': 'б', 'к': 'г', 'қ': 'ғ' };

function possessiveStem(word: string): string {
  const contracted = CONTRACTED_STEMS[word.toLowerCase()];
  // Every contracted stem shares its first two letters with the word, which keeps a capital.
  if (contracted) return word.slice(0, 2) + contracted.slice(2);
  const stem = word.replace(/[ьъ]$/, '');
  const last = stem.at(-1)!;
  const voiced = VOICED[last.toLowerCase()];
  // A final п к қ after a vowel is voiced before the vowel of the suffix (кітап → кітабы,
  // Әкімшілік → Әкімшілігі); loans in -ип and -скоп keep п (тип → типі).
  if (voiced && isVowel(stem.at(-2)?.toLowerCase()) && !/(?:ип|скоп)$/i.test(stem)) {
    return stem.slice(0, -1) + (last === last.toLowerCase() ? voiced : voiced.toUpperCase());
  }
  return stem;
}

/** The third-person possessive («its …»): платформа → платформасы, кітап → кітабы, пароль → паролі. */
export function possessive3Kk(phrase: string): string {
  const parts = splitParenthetical(phrase);
  const { head, seg } = withEpenthesis(parts.head, lastSegment(parts.head));
  const tail = parts.tail;
  const { harmony, final } = soundOf(seg.reading);
  const back = harmony === 'back';
  const suffix = final === 'vowel' ? (back ? 'сы' : 'сі') : (back ? 'ы' : 'і');
  if (seg.kind !== 'word') return attach(head, seg, suffix, tail);
  return attach(head.slice(0, head.length - seg.text.length) + possessiveStem(seg.text), seg, suffix, tail);
}

/** «Owner's owned» in a case: ('Пайдаланушы', 'дербес деректер', 'acc') → «Пайдаланушының дербес деректерін». */
export function possessedByKk(owner: string, owned: string, kase: KkCase = 'nom'): string {
  return `${inflectKk(owner, 'gen')} ${inflectKk(possessive3Kk(owned), kase, { possessive: true })}`;
}

/**
 * A name with its generic noun, the generic noun inflected: an abbreviated legal form follows
 * the name as is («DAR Tech» ЖШС-ға), a common noun takes the possessive («Birge Oqu» қорына).
 */
export function inflectNameKk(name: string, generic: string, kase: KkCase): string {
  if (lastSegment(generic).kind === 'abbreviation') return `${name} ${inflectKk(generic, kase)}`;
  return `${name} ${inflectKk(possessive3Kk(generic), kase, { possessive: true })}`;
}
