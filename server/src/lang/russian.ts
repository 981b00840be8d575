export type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const RU_CASES: readonly RuCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];

/** Case forms of a Russian noun phrase; taxonomy data lists them for defined terms. */
export type RuForms = Partial<Record<RuCase, string>> & { nom: string };

/**
 * The phrase in the given case: the listed form, else a rule-based guess, else the nominative.
 * Animacy cannot be guessed, so an animate term (Оператор, Пользователь) must list its accusative.
 */
export function declineRu(forms: RuForms, kase: RuCase): string {
  return forms[kase] ?? guessRuForms(forms.nom)[kase] ?? forms.nom;
}

/** The form for a count: 1, 21 → one; 2–4, 22 → few; 5–20, 0 → many; fractions take few (1,5 дня). */
export function pluralRu(n: number, [one, few, many]: readonly [string, string, string]): string {
  if (!Number.isInteger(n)) return few;
  const n100 = Math.abs(n) % 100;
  const n10 = n100 % 10;
  if (n10 === 1 && n100 !== 11) return one;
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return few;
  return many;
}

type Endings = Omit<Partial<Record<RuCase, string>>, 'nom'>;
interface Rule {
  /** Group 1 is the stem the endings attach to. */
  match: RegExp;
  endings: Endings;
  /** Masculine nouns whose accusative equals the genitive when animate. */
  masculine?: boolean;
}

// Endings that cannot be guessed are left out, so the caller falls back to the nominative
// rather than print a wrong form: the instrumental after ж ш ч щ ц depends on stress
// (ножом / товарищем), and -ок/-ек/-ец may drop their vowel (порядок → порядка, срок → срока).
const RULES: Rule[] = [
  { match: /^(.*)ие$/, endings: { gen: 'ия', dat: 'ию', acc: 'ие', ins: 'ием', prep: 'ии' } },
  { match: /^(.*ств)о$/, endings: { gen: 'а', dat: 'у', acc: 'о', ins: 'ом', prep: 'е' } },
  { match: /^(.*)ия$/, endings: { gen: 'ии', dat: 'ии', acc: 'ию', ins: 'ией', prep: 'ии' } },
  { match: /^(.*[жшчщ])а$/, endings: { gen: 'и', dat: 'е', acc: 'у', prep: 'е' } },
  { match: /^(.*ц)а$/, endings: { gen: 'ы', dat: 'е', acc: 'у', prep: 'е' } },
  { match: /^(.*[гкх])а$/, endings: { gen: 'и', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' } },
  { match: /^(.*)а$/, endings: { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', prep: 'е' } },
  // -мя nouns (время, имя) are neuter with -ени forms.
  { match: /^(.*[^м])я$/, endings: { gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', prep: 'е' } },
  { match: /^(.*тел)ь$/, endings: { gen: 'я', dat: 'ю', acc: 'ь', ins: 'ем', prep: 'е' }, masculine: true },
  // Other -ь nouns split between genders; only these endings are reliably feminine
  // (-ость in words longer than «гость», and a hushing consonant before ь).
  { match: /^(.{2,}ост|.*[жшчщ])ь$/, endings: { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', prep: 'и' } },
  { match: /^(.*)ий$/, endings: { gen: 'ия', dat: 'ию', acc: 'ий', ins: 'ием', prep: 'ии' }, masculine: true },
  { match: /^(.*[аеоуэюя])й$/, endings: { gen: 'я', dat: 'ю', acc: 'й', ins: 'ем', prep: 'е' }, masculine: true },
  { match: /^(.*(?:ок|ек|ёк|ец))$/, endings: {} },
  { match: /^(.*[жшчщц])$/, endings: { gen: 'а', dat: 'у', acc: '', prep: 'е' }, masculine: true },
  { match: /^(.*[бвгдзклмнпрстфх])$/, endings: { gen: 'а', dat: 'у', acc: '', ins: 'ом', prep: 'е' }, masculine: true },
];

/**
 * Case forms guessed for one singular Cyrillic noun (сайт, Администрация, Пользователь, платформа).
 * Anything else (several words, quoted or Latin names, abbreviations such as ТОО) stays as written.
 */
export function guessRuForms(nounPhrase: string, animate = false): RuForms {
  const forms: RuForms = { nom: nounPhrase };
  if (!/^[А-ЯЁ]?[а-яё]+$/.test(nounPhrase)) return forms;
  const rule = RULES.find(r => r.match.test(nounPhrase));
  if (!rule) return forms;
  const stem = rule.match.exec(nounPhrase)![1];
  for (const [kase, ending] of Object.entries(rule.endings) as [RuCase, string][]) forms[kase] = stem + ending;
  if (animate && rule.masculine) forms.acc = forms.gen;
  return forms;
}
