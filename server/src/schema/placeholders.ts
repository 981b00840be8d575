// {{placeholders}} a clause text may use; the renderer fills them per language.
import { doc } from './build';
import type { Localized } from '../i18n/locale';

/** Grammatical cases a defined term can take in each language's text. */
export const CASES: Record<'kk' | 'ru' | 'en', readonly string[]> = {
  kk: ['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins'],
  ru: ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'],
  en: ['nom'],
};
/** Placeholders that stand for a defined term and so can be inflected. */
export const INFLECTED_PLACEHOLDERS: ReadonlySet<string> = new Set(['operator', 'user', 'site', 'policy']);

export const PLACEHOLDERS: Record<string, Localized> = {
  operator: doc('Defined term for the operator (Оператор / Әкімші …); add :gen, :dat, :acc, :loc, :abl, :ins for a case', 'Операторды атайтын термин; септік үшін :gen, :dat, :acc, :loc, :abl, :ins қосыңыз', 'Термин для оператора; для падежа добавьте :gen, :dat, :acc, :ins, :prep'),
  'operator-name': doc('Full legal name of the operator', 'Оператордың толық атауы', 'Полное наименование оператора'),
  user: doc('Defined term for the data subject (Пайдаланушы / Пользователь); cases as for operator', 'Субъектіні атайтын термин (Пайдаланушы); септіктер оператордағыдай', 'Термин для субъекта (Пользователь); падежи как у оператора'),
  site: doc('Name of the site or platform', 'Сайттың немесе платформаның атауы', 'Название сайта или платформы'),
  url: doc('Address of the site', 'Сайттың мекенжайы', 'Адрес сайта'),
  email: doc('Contact e-mail of the operator', 'Оператордың байланыс электрондық поштасы', 'Контактный e-mail оператора'),
  phone: doc('Contact phone of the operator', 'Оператордың байланыс телефоны', 'Контактный телефон оператора'),
  address: doc('Address of the operator', 'Оператордың мекенжайы', 'Адрес оператора'),
  bin: doc('BIN of the operator', 'Оператордың БСН-і', 'БИН оператора'),
  effective: doc('Effective date of the document', 'Құжаттың күшіне ену күні', 'Дата вступления документа в силу'),
  version: doc('Version of the document', 'Құжаттың нұсқасы', 'Версия документа'),
  policy: doc('Short name of this document (Саясат / Келісім …)', 'Осы құжаттың қысқа атауы (Саясат / Келісім …)', 'Краткое название документа (Политика / Соглашение …)'),
};

export interface PlaceholderUse { raw: string; name: string; kase?: string; index: number }

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_.-]+)(?::([a-z]+))?\s*\}\}/gu;

export function findPlaceholders(text: string): PlaceholderUse[] {
  return [...text.matchAll(PLACEHOLDER)].map(m => ({ raw: m[0], name: m[1], kase: m[2], index: m.index ?? 0 }));
}

export function isKnownPlaceholder(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Why a placeholder cannot be filled in a text of `lang`, if it cannot. */
export function placeholderProblem(p: PlaceholderUse, lang: string): 'unknown-placeholder' | 'invalid-placeholder-case' | undefined {
  if (!isKnownPlaceholder(p.name)) return 'unknown-placeholder';
  if (p.kase === undefined) return undefined;
  const cases = CASES[lang as keyof typeof CASES] ?? [];
  return INFLECTED_PLACEHOLDERS.has(p.name) && cases.includes(p.kase) ? undefined : 'invalid-placeholder-case';
}
