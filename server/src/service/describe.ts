// Markdown that explains schema keys, taxonomy values, ids and library clauses in the user's
// language, with the other languages' labels and the law behind them. Shared by hover and completion.
import type { Locale, Localized } from '../i18n/locale';
import type { Field, SchemaNode, Text } from '../schema/types';
import { citation, formatCitation, TAXONOMIES, type TaxonomyEntry } from '../taxonomy/taxonomy';
import type { ClauseDefinition, ClauseParam } from '../clauses/types';
import { fillClauseText, resolveParams, formatParam } from '../clauses/fill';

type L = Localized;
const l = (en: string, kk: string, ru: string): L => ({ en, kk, ru });

/** Words of the language service's own interface (hover headings, completion labels, fix titles). */
export const UI = {
  law: l('Law', 'Заң', 'Закон'),
  required: l('required', 'міндетті', 'обязательно'),
  confidence: { H: l('confidence: high (read in the consolidated text)', 'сенімділік: жоғары (шоғырландырылған мәтіннен оқылған)', 'достоверность: высокая (по действующей редакции)'), M: l('confidence: medium (an interpretation or an earlier wording)', 'сенімділік: орташа (түсіндірме немесе бұрынғы редакция)', 'достоверность: средняя (толкование или прежняя редакция)'), L: l('confidence: low (not verified: check with a lawyer)', 'сенімділік: төмен (тексерілмеген: заңгермен ақылдасыңыз)', 'достоверность: низкая (не проверено: уточните у юриста)') },
  values: l('Values', 'Мәндері', 'Значения'),
  parameters: l('Parameters', 'Параметрлері', 'Параметры'),
  noParameters: l('no parameters', 'параметрлері жоқ', 'без параметров'),
  defaultValue: l('default', 'әдепкі', 'по умолчанию'),
  given: l('given', 'берілген', 'задано'),
  version: l('version', 'нұсқасы', 'версия'),
  library: l('library', 'кітапхана', 'библиотека'),
  builtIn: l('built-in', 'кірістірілген', 'встроенная'),
  kazakh: l('Kazakh', 'Қазақша', 'Казахский'),
  russian: l('Russian', 'Орысша', 'Русский'),
  english: l('English', 'Ағылшынша', 'Английский'),
  usedBy: l('Used by', 'Пайдаланылады', 'Используется'),
  notUsed: l('not used by any purpose or transfer', 'ешбір мақсатта не беруде пайдаланылмайды', 'не используется ни в одной цели или передаче'),
  declared: l('declared at line', 'жарияланған жолы', 'объявлен в строке'),
  undeclared: l('not declared in this policy', 'осы саясатта жарияланбаған', 'не объявлен в этой политике'),
  documentation: l('Documentation', 'Құжаттама', 'Документация'),
  rule: l('Rule', 'Ереже', 'Правило'),
  checks: l('What it checks', 'Не тексеріледі', 'Что проверяется'),
  placeholder: l('Placeholder', 'Толтырғыш', 'Заполнитель'),
  caseForms: l('Cases: add :gen, :dat, :acc, :loc, :abl, :ins (ru: :prep)', 'Септіктер: :gen, :dat, :acc, :loc, :abl, :ins қосыңыз (ru: :prep)', 'Падежи: добавьте :gen, :dat, :acc, :ins, :prep'),
  idSpace: {
    data: l('data item', 'деректер элементі', 'элемент данных'),
    purposes: l('purpose', 'мақсат', 'цель'),
    processors: l('processor', 'өңдеуші', 'обработчик'),
    clauses: l('clause', 'тармақ', 'пункт'),
    terms: l('term', 'термин', 'термин'),
  } as Record<string, L>,
  languageText: {
    kk: l('Text in Kazakh, the state language', 'Мемлекеттік тілдегі (қазақ тіліндегі) мәтін', 'Текст на казахском (государственном) языке'),
    ru: l('Text in Russian, used officially on a par with Kazakh', 'Ресми түрде қолданылатын орыс тіліндегі мәтін', 'Текст на русском языке, употребляемом официально'),
    en: l('Text in English (optional)', 'Ағылшын тіліндегі мәтін (міндетті емес)', 'Текст на английском языке (необязательно)'),
  } as Record<string, L>,
};

export const LANGUAGE_NAMES: Record<'kk' | 'ru' | 'en', L> = { kk: UI.kazakh, ru: UI.russian, en: UI.english };

/** Escapes markdown in a label (labels are plain text). */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** `kk: … · ru: … · en: …` with the user's language first. */
export function labels(value: Partial<Localized> | Text, locale: Locale): string {
  const order: Locale[] = [locale, ...(['kk', 'ru', 'en'] as Locale[]).filter(x => x !== locale)];
  return order.filter(x => value[x]).map(x => `${x}: ${md(String(value[x]))}`).join('  \n');
}

/**
 * A taxonomy value as the completion list shows it: the user's language first, then the other
 * policy language (and English for an English UI): «ИИН пользователя / пайдаланушының ЖСН-і».
 */
export function listLabel(value: Localized, locale: Locale): string {
  const order: Locale[] = locale === 'en' ? ['en', 'kk', 'ru'] : [locale, locale === 'kk' ? 'ru' : 'kk'];
  return order.map(x => value[x]).filter(Boolean).join(' / ');
}

/** "п. 2 ст. 12 Закона … — достоверность: высокая …" */
export function lawLine(lawId: string | undefined, locale: Locale): string | undefined {
  const c = citation(lawId);
  if (!c) return undefined;
  return `⚖ ${md(formatCitation(c, locale))} — ${UI.confidence[c.confidence][locale]}`;
}

export function kindName(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  switch (node.kind) {
    case 'enum': return TAXONOMIES.get(node.taxonomy)?.description[locale];
    case 'text': return l('text in Kazakh and Russian (kk:, ru:)', 'қазақ және орыс тіліндегі мәтін (kk:, ru:)', 'текст на казахском и русском (kk:, ru:)')[locale];
    case 'boolean': return 'true / false';
    case 'integer': return l('whole number', 'бүтін сан', 'целое число')[locale] + (node.min !== undefined && node.max !== undefined ? ` ${node.min}–${node.max}` : '');
    case 'duration': return l('period, e.g. “15 working-days”, “3 years”', 'мерзім, мысалы «15 working-days», «3 years»', 'срок, например «15 working-days», «3 years»')[locale];
    case 'ref': return l(`id of a ${UI.idSpace[node.to].en}`, `${UI.idSpace[node.to].kk} идентификаторы`, `идентификатор: ${UI.idSpace[node.to].ru}`)[locale];
    case 'array': return (kindName(node.items, locale) ?? '') + l(' — a list', ' — тізім', ' — список')[locale];
    case 'map': return l(`${UI.idSpace[node.declares].en}s by id`, `${UI.idSpace[node.declares].kk} (идентификатор бойынша)`, `${UI.idSpace[node.declares].ru} (по идентификаторам)`)[locale];
    case 'string': return node.format && node.format !== 'id' ? node.format : undefined;
    default: return undefined;
  }
}

export function fieldMarkdown(name: string, field: Field, locale: Locale): string {
  const parts = [`**${md(name)}** — ${md(field.doc[locale])}${field.required ? ` _(${UI.required[locale]})_` : ''}`, labels(field.doc, locale)];
  const kind = kindName(field.node, locale);
  if (kind) parts.push(`_${md(kind)}_`);
  const law = lawLine(field.law, locale);
  if (law) parts.push(law);
  return parts.join('\n\n');
}

export function entryMarkdown(taxonomyName: string, entry: TaxonomyEntry, locale: Locale): string {
  const tax = TAXONOMIES.get(taxonomyName);
  const parts = [`**${md(entry.id)}** — ${md(entry[locale])}`];
  if (tax) parts.push(`_${md(tax.description[locale])}_`);
  parts.push(labels(entry, locale));
  const law = lawLine(entry.law, locale);
  if (law) parts.push(law);
  return parts.join('\n\n');
}

function paramLine(p: ClauseParam, given: Record<string, unknown> | undefined, locale: Locale): string {
  const has = given && Object.prototype.hasOwnProperty.call(given, p.name);
  const value = has ? given![p.name] : p.default;
  const shown = value === undefined ? '—' : typeof value === 'object' ? labels(value as Text, locale).replace(/\s*\n/g, '; ') : `\`${String(value)}\``;
  const doc = p.doc?.[locale] ?? p.doc?.en ?? p.doc?.ru ?? p.doc?.kk;
  return `- \`${p.name}\` (${p.type}) = ${shown}${has ? '' : value !== undefined ? ` _(${UI.defaultValue[locale]})_` : ''}${doc ? ` — ${md(doc)}` : ''}`;
}

/** A library clause: title, version, parameters and, optionally, both texts with the parameters filled. */
export function clauseMarkdown(clause: ClauseDefinition, given: Record<string, unknown> | undefined, locale: Locale, withTexts = true): string {
  const title = clause.title?.[locale === 'en' ? 'ru' : locale] ?? clause.title?.ru ?? clause.title?.kk;
  const head = `**${md(clause.id)}**${clause.version ? ` ${UI.version[locale]} ${md(clause.version)}` : ''}${title ? ` — ${md(title)}` : ''}`;
  const parts = [head];
  const description = clause.description?.[locale] ?? clause.description?.en;
  if (description) parts.push(md(description));
  parts.push(`_${UI.library[locale]}: ${clause.builtIn ? `std (${UI.builtIn[locale]})` : md(clause.library)}_`);
  parts.push(clause.params.length ? `${UI.parameters[locale]}:\n${clause.params.map(p => paramLine(p, given, locale)).join('\n')}` : `_${UI.parameters[locale]}: ${UI.noParameters[locale]}_`);
  if (withTexts) {
    for (const lang of ['kk', 'ru'] as const) {
      const text = fillClauseText(clause, given, lang);
      if (text !== undefined) parts.push(`**${LANGUAGE_NAMES[lang][locale]}**\n\n${quote(text)}`);
    }
  }
  return parts.join('\n\n');
}

function quote(text: string): string {
  return text.split('\n').map(line => `> ${md(line)}`).join('  \n');
}

export { resolveParams, formatParam };
