// The defined terms of a document (Оператор / Әкімші …, Пайдаланушы …, Саясат / Келісім) in
// every case of each language. Kazakh endings come from lang/kazakh (vowel harmony, final sound,
// possessive), Russian forms from the taxonomy's `ru-forms` through lang/russian.
import { inflectKk, inflectNameKk, possessive3Kk, type KkCase } from '../lang/kazakh';
import { declineRu, guessRuForms, type RuCase, type RuForms } from '../lang/russian';
import { entry } from '../taxonomy/taxonomy';

export type RuGender = 'm' | 'f' | 'n';

/** Generic nouns whose third-person possessive ends a Kazakh name or term (қоры, орталығы, әкімшілігі). */
const KK_GENERIC_NOUNS = [
  'қор', 'орталық', 'институт', 'платформа', 'онлайн-платформа', 'қоғам', 'серіктестік', 'мекеме', 'университет',
  'колледж', 'мектеп', 'компания', 'бірлестік', 'ұйым', 'агенттік', 'сайт', 'ресурс', 'интернет-ресурс', 'қосымша',
  'саясат', 'кеңсе', 'академия', 'қауымдастық', 'әкімшілік', 'бағдарлама', 'жоба', 'портал', 'қызмет', 'орган', 'органдар',
  'пайдаланушылар', 'алаң', 'жүйе',
];
let possessiveForms: Set<string> | undefined;
let hyphenatedForms: string[] = [];

/** Whether the phrase ends in the possessive of a generic noun («El Umiti» қоры, Сайт әкімшілігі). */
export function endsInPossessive(phrase: string): boolean {
  if (!possessiveForms) {
    possessiveForms = new Set(KK_GENERIC_NOUNS.map(n => possessive3Kk(n)));
    hyphenatedForms = [...possessiveForms].filter(p => p.includes('-'));
  }
  const last = /[^\s-]+$/.exec(phrase.replace(/\s*\([^()]*\)$/, ''))?.[0]?.toLowerCase();
  if (!last) return false;
  return possessiveForms.has(last) || hyphenatedForms.some(p => phrase.toLowerCase().endsWith(p));
}

/** Inflected forms already worked out: a document asks for the same few terms thousands of times. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 5000;

/**
 * A Kazakh phrase in a case; never throws. A phrase that ends in a quoted name takes the ending
 * on the generic noun given (`generic`), else stays as written.
 */
export function kkCase(phrase: string, kase: KkCase, generic?: string): string {
  if (kase === 'nom') return phrase;
  const key = `${kase}\0${generic ?? ''}\0${phrase}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const form = kkCaseUncached(phrase, kase, generic);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, form);
  return form;
}

function kkCaseUncached(phrase: string, kase: KkCase, generic?: string): string {
  try {
    return inflectKk(phrase, kase, { possessive: endsInPossessive(phrase) });
  } catch {
    if (generic) {
      try {
        return inflectNameKk(phrase, generic, kase);
      } catch { /* fall through */ }
    }
    return phrase;
  }
}

/** «мен / бен / пен» after a Kazakh word: the conjunction follows the same sound rules as the instrumental. */
export function kkAnd(phrase: string): string {
  const ins = kkCase(phrase, 'ins');
  const m = /(мен|бен|пен)$/.exec(ins);
  return m ? m[1] : 'мен';
}

export interface TermForms {
  kk(kase?: KkCase): string;
  ru(kase?: RuCase): string;
  ruGender: RuGender;
}

function genderOf(nom: string): RuGender {
  const head = nom.split(/\s+/)[0].toLowerCase();
  if (/(ие|ое|ее|о)$/.test(head)) return 'n';
  if (/[ая]$/.test(head) || /ость$/.test(head)) return 'f';
  return 'm';
}

export function termForms(kk: string, ruForms: RuForms, gender?: RuGender): TermForms {
  return {
    kk: (kase = 'nom') => kkCase(kk, kase),
    ru: (kase = 'nom') => declineRu(ruForms, kase),
    ruGender: gender ?? genderOf(ruForms.nom),
  };
}

function fromTaxonomy(taxonomy: string, id: string | undefined, fallback: string): TermForms {
  const e = entry(taxonomy, id) ?? entry(taxonomy, fallback)!;
  const forms = (e['ru-forms'] as RuForms | undefined) ?? { nom: e.ru };
  return termForms(e.kk, forms);
}

export const operatorTerm = (id: string | undefined) => fromTaxonomy('operator-terms', id, 'operator');
export const userTerm = (id: string | undefined) => fromTaxonomy('user-terms', id, 'user');

/** The document's own short name: Саясат / Политика, Келісім / Соглашение. */
export function documentTerm(kind: string | undefined): TermForms {
  const agreement = kind === 'consent-agreement' || kind === 'confidentiality-agreement';
  return agreement
    ? termForms('Келісім', { nom: 'Соглашение', gen: 'Соглашения', dat: 'Соглашению', acc: 'Соглашение', ins: 'Соглашением', prep: 'Соглашении' }, 'n')
    : termForms('Саясат', { nom: 'Политика', gen: 'Политики', dat: 'Политике', acc: 'Политику', ins: 'Политикой', prep: 'Политике' }, 'f');
}

/** «настоящий» agreeing with a noun of the given gender, in a case. */
export function ruThis(gender: RuGender, kase: RuCase = 'nom'): string {
  const forms: Record<RuGender, Record<RuCase, string>> = {
    m: { nom: 'настоящий', gen: 'настоящего', dat: 'настоящему', acc: 'настоящий', ins: 'настоящим', prep: 'настоящем' },
    f: { nom: 'настоящая', gen: 'настоящей', dat: 'настоящей', acc: 'настоящую', ins: 'настоящей', prep: 'настоящей' },
    n: { nom: 'настоящее', gen: 'настоящего', dat: 'настоящему', acc: 'настоящее', ins: 'настоящим', prep: 'настоящем' },
  };
  return forms[gender][kase];
}

/** A short past participle or adjective agreeing in gender: ruAgree('f', 'обязан') → «обязана». */
export function ruAgree(gender: RuGender, masculine: string): string {
  if (gender === 'm') return masculine;
  return masculine + (gender === 'f' ? 'а' : 'о');
}

/** The case forms of a Russian noun phrase the taxonomy does not list. */
export function ruNoun(nom: string, forms?: Partial<RuForms>): RuForms {
  return { ...guessRuForms(nom), ...forms, nom };
}

export function capitalize(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

export function lowerFirst(s: string): string {
  // keep abbreviations (ЖСН, IP-мекенжай) and proper names as written
  if (s.length < 2 || s[1] === s[1].toUpperCase()) return s;
  return s[0].toLowerCase() + s.slice(1);
}
