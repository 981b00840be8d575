// Completion, derived from the one schema: the keys valid at the cursor (required first) with
// snippets that create an object's whole skeleton, taxonomy values with kk/ru/en labels (filtered
// by their Cyrillic labels too), declared ids where a reference goes, library clauses after `use:`,
// {{placeholders}} inside texts, and a complete starter policy in an empty file.
//
// What goes over the wire is kept small (a list is asked for on every keystroke): an item's
// documentation and long detail can wait for completionItem/resolve (`data` says where they come
// from; `resolveCompletion` fills them), the range, format and data that items share go once in
// the list's itemDefaults, and the items of a taxonomy are built once per locale.
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type CompletionItemLabelDetails, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, Localized } from '../i18n/locale';
import type { PolicyAnalysis } from '../model/analysis';
import { completionSite, siblingValue, TEXT_LANGUAGE, PARAM_VALUE, type CompletionSite, type Frame } from '../model/position';
import { policySchema } from '../schema/policy';
import { CASES, INFLECTED_PLACEHOLDERS, PLACEHOLDERS } from '../schema/placeholders';
import { DURATION_UNITS, type Field, type ObjectNode, type SchemaNode } from '../schema/types';
import { entry, taxonomy, TAXONOMIES, type TaxonomyEntry } from '../taxonomy/taxonomy';
import type { ClauseDefinition } from '../clauses/types';
import { fillClauseText } from '../clauses/fill';
import { clauseMarkdown, entryMarkdown, fieldMarkdown, LANGUAGE_NAMES, UI, labels, listLabel } from './describe';
import type { LanguageService } from './languageService';
import { starterSnippet } from './starter';

export interface CompletionOptions {
  locale: Locale;
  /** the client can insert snippets (tabstops); otherwise plain text is inserted */
  snippets?: boolean;
  /**
   * Fields the client fetches with completionItem/resolve when an item is focused (those its
   * `completionItem.resolveSupport.properties` lists, as rust-analyzer does): such items carry
   * `data` instead. Without it every item comes complete (a client that never resolves, such as
   * Neovim's built-in omnifunc, still shows the documentation).
   */
  resolve?: { documentation?: boolean; detail?: boolean };
  /** the CompletionList.itemDefaults the client applies (LSP 3.17 `completionList.itemDefaults`) */
  itemDefaults?: readonly string[];
}

/**
 * Where completionItem/resolve finds an item's detail and documentation: a kind, then what names
 * the thing; a trailing id left out is the item's label.
 * - `['t', taxonomy, id?]` a taxonomy value (a value of an enum key, a new data item or purpose by category)
 * - `['f', object, key?]` a key of a schema object, the object named by its path in the schema (`''` the policy, `data/*`, `transfers/-`)
 * - `['l', language?]` `kk:` / `ru:` / `en:` of a bilingual text
 * - `['w', clause]` `with:` of a library clause
 * - `['q', clause, parameter?]` a parameter of a library clause
 * - `['c', clause?]` a library clause (after `use:`, or a new clause that uses it); `['ct', clause]` its full text as a free clause
 * - `['p', placeholder?]` a `{{placeholder}}`
 * - `['s']` the starter policy
 */
export type ResolveData =
  | ['t', string, string?] | ['f', string, string?] | ['l', string?] | ['w', string] | ['q', string, string?]
  | ['c', string?] | ['ct', string] | ['p', string?] | ['s'];

type L = Localized;
const l = (en: string, kk: string, ru: string): L => ({ en, kk, ru });
const WORDS = {
  newItem: {
    data: l('new data item', 'жаңа деректер элементі', 'новый элемент данных'),
    purposes: l('new purpose', 'жаңа мақсат', 'новая цель'),
    processors: l('new processor', 'жаңа өңдеуші', 'новый обработчик'),
    terms: l('new term', 'жаңа термин', 'новый термин'),
    clauses: l('new clause', 'жаңа тармақ', 'новый пункт'),
    transfers: l('new transfer', 'жаңа беру', 'новая передача'),
    'legal-references': l('new legal reference', 'жаңа заңға сілтеме', 'новая ссылка на закон'),
  } as Record<string, L>,
  fullText: l('full text', 'толық мәтін', 'полный текст'),
  useClause: l('use the library clause', 'кітапхана тармағын пайдалану', 'использовать библиотечный пункт'),
  insertText: l('insert the clause text', 'тармақ мәтінін кірістіру', 'вставить текст пункта'),
  starter: l('Starter policy', 'Бастапқы саясат', 'Стартовая политика'),
  starterDetail: l('a complete policy to fill in', 'толтыруға арналған толық саясат', 'полная политика для заполнения'),
  today: l('today', 'бүгін', 'сегодня'),
  yes: l('yes', 'иә', 'да'),
  no: l('no', 'жоқ', 'нет'),
};

/** Escapes literal text for a snippet. */
const esc = (s: string) => s.replace(/[\\$}]/g, m => '\\' + m);

/** Snippet syntax → the text a client without snippets inserts. */
export function plainOf(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) { out += snippet[++i]; continue; }
    if (c === '$') {
      const simple = /^\$(\d+)/.exec(snippet.slice(i));
      if (simple) { i += simple[0].length - 1; continue; }
      const choice = /^\$\{\d+\|([^,|]*)[^|]*\|\}/.exec(snippet.slice(i));
      if (choice) { out += choice[1]; i += choice[0].length - 1; continue; }
      const holder = /^\$\{\d+:/.exec(snippet.slice(i));
      if (holder) {
        // the default text up to the matching unescaped "}"
        let j = i + holder[0].length;
        let depth = 1;
        let inner = '';
        for (; j < snippet.length; j++) {
          if (snippet[j] === '\\' && j + 1 < snippet.length) { inner += snippet[j] + snippet[j + 1]; j++; continue; }
          if (snippet[j] === '{' && snippet[j - 1] === '$') depth++;
          if (snippet[j] === '}' && --depth === 0) break;
          inner += snippet[j];
        }
        out += plainOf(inner);
        i = j;
        continue;
      }
      const bare = /^\$\{(\d+)\}/.exec(snippet.slice(i));
      if (bare) { i += bare[0].length - 1; continue; }
    }
    out += c;
  }
  return out;
}

/** Numbered tabstops for one snippet. */
class Stops {
  n = 0;
  next(): number { return ++this.n; }
  holder(text: string): string { return text === '' ? `\$${this.next()}` : `\${${this.next()}:${esc(text)}}`; }
  choice(values: readonly string[]): string { return values.length ? `\${${this.next()}|${values.map(v => v.replace(/[,|\\$}]/g, m => '\\' + m)).join(',')}|}` : `\$${this.next()}`; }
  empty(): string { return `\$${this.next()}`; }
}

const SMALL_ENUM = 12;
const QUOTED_FORMATS = new Set(['bin', 'iin', 'phone', 'version']);

interface Ctx {
  analysis: PolicyAnalysis;
  locale: Locale;
  service: LanguageService;
}

/** Ids declared in the policy for a reference space. */
function declaredIds(analysis: PolicyAnalysis, space: string): string[] {
  const seen = new Set<string>();
  for (const d of analysis.declared) if (d.space === space) seen.add(d.id);
  return [...seen];
}

/** What follows `key:` for a value of `node`: on the same line (inline) or as indented lines (block). */
function valueSnippet(node: SchemaNode | undefined, stops: Stops, ctx: Ctx, flow: boolean, example?: string): { inline: string } | { block: string[] } {
  switch (node?.kind) {
    case 'enum': {
      const ids = taxonomy(node.taxonomy).entries.map(e => e.id);
      return { inline: ids.length <= SMALL_ENUM ? stops.choice(ids) : stops.empty() };
    }
    case 'boolean': return { inline: stops.choice(['true', 'false']) };
    case 'integer': return { inline: stops.holder(example ?? String(node.min ?? 0)) };
    case 'duration': return { inline: `${stops.holder('15')} ${stops.choice(DURATION_UNITS)}` };
    case 'string': {
      const v = stops.holder(example ?? '');
      return { inline: node.format && QUOTED_FORMATS.has(node.format) ? `"${v}"` : v };
    }
    case 'ref': {
      const ids = declaredIds(ctx.analysis, node.to);
      return { inline: ids.length && ids.length <= SMALL_ENUM ? stops.choice(ids) : stops.empty() };
    }
    case 'array': {
      const items = node.items;
      if (items.kind === 'object' && !flow) {
        const lines = objectLines(items, stops, ctx);
        return { block: lines.map((line, i) => (i === 0 ? '- ' : '  ') + line) };
      }
      if (items.kind === 'ref') {
        const ids = declaredIds(ctx.analysis, items.to);
        return { inline: `[${ids.length && ids.length <= SMALL_ENUM ? stops.choice(ids) : stops.empty()}]` };
      }
      return { inline: `[${stops.empty()}]` };
    }
    case 'text':
      return flow ? { inline: `{ kk: ${stops.empty()}, ru: ${stops.empty()} }` } : { block: [`kk: ${stops.empty()}`, `ru: ${stops.empty()}`] };
    case 'object': {
      if (flow) {
        const req = Object.entries(node.fields).filter(([, f]) => f.required);
        return { inline: `{ ${req.map(([k, f]) => `${k}: ${inlineOf(valueSnippet(f.node, stops, ctx, true))}`).join(', ') || stops.empty()} }` };
      }
      return { block: objectLines(node, stops, ctx) };
    }
    case 'map': {
      if (flow) return { inline: `{ ${stops.holder('id')}: ${stops.empty()} }` };
      const values = node.values;
      const id = stops.holder('id');
      const lines = values.kind === 'object' ? objectLines(values, stops, ctx) : [stops.empty()];
      return { block: [`${id}:`, ...lines.map(x => '  ' + x)] };
    }
    case 'params':
      return { block: [stops.empty()] };
    default:
      return { inline: stops.empty() };
  }
}

const inlineOf = (v: { inline: string } | { block: string[] }) => ('inline' in v ? v.inline : v.block.join(' '));

/**
 * The keys a new object starts with: the required ones, the references to ids declared elsewhere,
 * and the vocabularies the law asks about (e.g. a transfer's recipient, data, purposes and basis).
 */
function skeletonFields(node: ObjectNode): [string, Field][] {
  return Object.entries(node.fields).filter(([, f]) => f.required
    || f.node.kind === 'ref' && f.required
    || (f.node.kind === 'array' && f.node.items.kind === 'ref')
    || (f.node.kind === 'enum' && f.law !== undefined));
}

/** The skeleton keys of an object, each with its value skeleton. */
function objectLines(node: ObjectNode, stops: Stops, ctx: Ctx, depth = 0): string[] {
  const required = skeletonFields(node);
  if (required.length === 0) return [stops.empty()];
  const lines: string[] = [];
  for (const [name, f] of required) lines.push(...keyLines(name, f, stops, ctx, false, depth));
  return lines;
}

/** `name: value` as lines relative to the key's column. */
function keyLines(name: string, f: Field | undefined, stops: Stops, ctx: Ctx, flow: boolean, depth = 0): string[] {
  const v = depth > 3 ? { inline: stops.empty() } : valueSnippet(f?.node, stops, ctx, flow, f?.example);
  if ('inline' in v) return [`${name}: ${v.inline}`];
  return [`${name}:`, ...v.block.map(x => '  ' + x)];
}

/** Lines → the text to insert at a key column: later lines are indented to the column. */
function place(lines: string[], column: number, dash: boolean): string {
  const pad = ' '.repeat(column);
  return lines.map((line, i) => (i === 0 ? (dash ? '- ' : '') + line : line === '' ? '' : pad + line)).join('\n');
}

function toRange(document: TextDocument, [start, end]: [number, number]): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The id and every label, once each: what the client matches typed text against («ЖСН» finds `iin`). */
function filterText(id: string, value: Partial<Localized>): string {
  const words = [id];
  for (const x of [value.kk, value.ru, value.en]) if (x && !words.includes(x)) words.push(x);
  return words.join(' ');
}

/** An item while the list is built: what every client gets, and where the rest comes from. */
interface Draft {
  label: string;
  kind: CompletionItemKind;
  labelDetails?: CompletionItemLabelDetails;
  /** a detail of its own; otherwise `data` gives it */
  detail?: string;
  filterText?: string;
  sortText?: string;
  /** what to insert, in snippet syntax; without it, the label */
  snippet?: string;
  /** the text to replace, when not the site's */
  replace?: [number, number];
  /** detail and documentation, at once or on completionItem/resolve */
  data?: ResolveData;
}

type Add = (item: Draft) => void;

export function getCompletions(service: LanguageService, document: TextDocument, position: Position, options: CompletionOptions): CompletionList {
  const { analysis } = service.analyze(document);
  const offset = document.offsetAt(position);
  const locale = options.locale;
  const ctx: Ctx = { analysis, locale, service };
  const drafts: Draft[] = [];
  const add: Add = item => { drafts.push(item); };

  if (analysis.text.trim() === '') {
    add({
      label: WORDS.starter[locale], kind: CompletionItemKind.Snippet, detail: WORDS.starterDetail[locale],
      filterText: `derbes starter ${WORDS.starter.kk} ${WORDS.starter.ru} ${WORDS.starter.en}`,
      snippet: starterSnippet(), replace: [0, analysis.text.length], sortText: '0', data: ['s'],
    });
  }

  const site = completionSite(analysis, offset);
  switch (site.kind) {
    case 'key': keyItems(site, ctx, add); break;
    case 'value': valueItems(site, ctx, add); break;
    case 'placeholder': placeholderItems(site, ctx, add); break;
    default: break;
  }
  return toList(drafts, site.kind === 'none' ? undefined : site.replace, document, service, options);
}

/** The most frequent value of `key` over the items, with one of them, if any item has it. */
function mostCommon<T>(items: readonly Draft[], get: (d: Draft) => T | undefined, key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  let best: { value: T; n: number } | undefined;
  for (const d of items) {
    const v = get(d);
    if (v === undefined) continue;
    const k = key(v);
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { value: v, n: 0 }));
    if (++c.n > (best?.n ?? 0)) best = c;
  }
  return best?.value;
}

const dataKey = (d: ResolveData) => d.join('\0');
const sameData = (a: ResolveData | undefined, b: ResolveData | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/** Drafts → the LSP list: lean items, with what they share in itemDefaults when the client takes them. */
function toList(drafts: readonly Draft[], siteReplace: [number, number] | undefined, document: TextDocument, service: LanguageService, options: CompletionOptions): CompletionList {
  const locale = options.locale;
  const snippets = options.snippets !== false;
  const lazyDocumentation = options.resolve?.documentation === true;
  const lazyDetail = options.resolve?.detail === true;
  const takes = (name: string) => options.itemDefaults?.includes(name) === true;
  const ranges = new Map<string, Range>();
  const rangeOf = (r: [number, number]) => {
    const key = `${r[0]}:${r[1]}`;
    let range = ranges.get(key);
    if (!range) ranges.set(key, (range = toRange(document, r)));
    return range;
  };
  // what each item inserts
  const texts = drafts.map(d => {
    const snippet = d.snippet;
    if (snippet === undefined) return { text: d.label, format: InsertTextFormat.PlainText };
    if (snippets && /(?<!\\)\$/.test(snippet)) return { text: snippet, format: InsertTextFormat.Snippet };
    return { text: plainOf(snippet), format: InsertTextFormat.PlainText };
  });
  const defaults: NonNullable<CompletionList['itemDefaults']> = {};
  const editRange = takes('editRange') ? mostCommon(drafts, d => d.replace ?? siteReplace, r => `${r[0]}:${r[1]}`) : undefined;
  if (editRange) defaults.editRange = rangeOf(editRange);
  let format: InsertTextFormat = InsertTextFormat.PlainText;
  if (takes('insertTextFormat') && drafts.length) {
    const snippetCount = texts.filter(t => t.format === InsertTextFormat.Snippet).length;
    if (snippetCount * 2 > drafts.length) defaults.insertTextFormat = format = InsertTextFormat.Snippet;
  }
  const multiLine = texts.some(t => t.text.includes('\n'));
  const modeDefault = multiLine && takes('insertTextMode');
  if (modeDefault) defaults.insertTextMode = InsertTextMode.asIs;
  const lazy = lazyDocumentation || lazyDetail;
  const data = lazy && takes('data') ? mostCommon(drafts, d => d.data, dataKey) : undefined;
  if (data) defaults.data = data;

  const items = drafts.map((d, i): CompletionItem => {
    const item: CompletionItem = { label: d.label, kind: d.kind };
    if (d.labelDetails) item.labelDetails = d.labelDetails;
    const more = d.data && (!lazyDocumentation || (!lazyDetail && d.detail === undefined)) ? details(service, d.data, d.label, locale) : undefined;
    const detail = d.detail ?? (lazyDetail ? undefined : more?.detail);
    if (detail !== undefined) item.detail = detail;
    if (!lazyDocumentation && more?.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: more.documentation };
    if (d.filterText !== undefined) item.filterText = d.filterText;
    if (d.sortText !== undefined) item.sortText = d.sortText;
    const { text, format: itemFormat } = texts[i];
    const replace = d.replace ?? siteReplace ?? [0, 0];
    if (editRange && replace[0] === editRange[0] && replace[1] === editRange[1]) {
      if (text !== d.label) item.textEditText = text;
    } else item.textEdit = { range: rangeOf(replace), newText: text };
    if (itemFormat !== format) item.insertTextFormat = itemFormat;
    if (!modeDefault && text.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
    if (lazy && d.data && !sameData(d.data, data)) item.data = d.data;
    return item;
  });
  const list: CompletionList = { isIncomplete: false, items };
  if (Object.keys(defaults).length) list.itemDefaults = defaults;
  return list;
}

type KeySite = Extract<CompletionSite, { kind: 'key' }>;
type ValueSite = Extract<CompletionSite, { kind: 'value' }>;

function keyItems(site: KeySite, ctx: Ctx, add: Add): void {
  const { locale } = ctx;
  const schema = site.schema;
  const dash = site.item === 'needs-dash';
  const keyItem = (name: string, f: Field | undefined, doc: L | undefined, sort: string, data: ResolveData) => {
    const stops = new Stops();
    const snippet = site.hasColon ? esc(name) : place(keyLines(name, f, stops, ctx, site.flow), site.column, dash);
    add({
      label: name, kind: CompletionItemKind.Property,
      labelDetails: doc ? { description: doc[locale] } : undefined,
      filterText: doc ? filterText(name, doc) : name, sortText: sort, snippet, data,
    });
  };
  if (!schema) return;
  if (schema.kind === 'object') {
    const isClause = schema === policySchema.fields.clauses.node.items;
    const used = isClause ? clauseAt(site.path, ctx) : undefined;
    const object = schemaPath(schema);
    Object.entries(schema.fields).forEach(([name, f], i) => {
      if (site.present.has(name)) return;
      if (name === 'with' && used && !site.hasColon && !site.flow) {
        // the parameters of the clause named by use:, with their defaults
        const lines = withLines(used, new Stops());
        if (lines.length) {
          add({ label: name, kind: CompletionItemKind.Property, labelDetails: { description: f.doc[locale] }, sortText: `0${String(i).padStart(3, '0')}`, snippet: place(lines, site.column, dash), data: ['w', used.id] });
          return;
        }
      }
      keyItem(name, f, f.doc, `${f.required ? 0 : 1}${String(i).padStart(3, '0')}`, ['f', object]);
    });
    if (schema === policySchema.fields.clauses.node.items && site.present.size === 0) clauseItems(site, ctx, add);
    const listKey = site.path.length === 2 && /^\d+$/.test(site.path[1]) ? site.path[0] : undefined;
    if (listKey && site.present.size === 0 && !site.hasColon && schema !== policySchema.fields.clauses.node.items) {
      // the whole skeleton of a new list item (a transfer, a legal reference)
      const stops = new Stops();
      const generic = WORDS.newItem[listKey];
      add({
        label: `(${generic?.[locale] ?? listKey})`, kind: CompletionItemKind.Struct, sortText: '0', filterText: generic ? filterText('new', generic) : 'new',
        detail: policySchema.fields[listKey as keyof typeof policySchema.fields]?.doc[locale],
        snippet: place(objectLines(schema, stops, ctx), site.column, dash),
      });
    }
    return;
  }
  if (schema.kind === 'text') {
    (['kk', 'ru', 'en'] as const).forEach((lang, i) => {
      if (site.present.has(lang)) return;
      const doc = UI.languageText[lang];
      keyItem(lang, { node: TEXT_LANGUAGE, doc }, doc, `${lang === 'en' ? 1 : 0}${i}`, ['l']);
    });
    return;
  }
  if (schema.kind === 'params') {
    const clause = clauseAt(site.path, ctx);
    if (!clause) return;
    clause.params.forEach((p, i) => {
      if (site.present.has(p.name)) return;
      const stops = new Stops();
      const value = p.default === undefined ? stops.empty() : typeof p.default === 'object' ? '' : stops.holder(String(p.default));
      const lines = typeof p.default === 'object' || p.type === 'text'
        ? [`${p.name}:`, `  kk: ${esc(typeof p.default === 'object' ? p.default.kk ?? '' : '')}${stops.empty()}`, `  ru: ${esc(typeof p.default === 'object' ? p.default.ru ?? '' : '')}${stops.empty()}`]
        : [`${p.name}: ${p.type === 'boolean' ? stops.choice(['true', 'false']) : value}`];
      const doc = p.doc ? (p.doc as L) : undefined;
      add({
        label: p.name, kind: CompletionItemKind.Property,
        labelDetails: doc ? { description: doc[locale] ?? doc.en } : undefined,
        sortText: `${p.default === undefined ? 0 : 1}${String(i).padStart(3, '0')}`,
        snippet: site.hasColon ? esc(p.name) : place(lines, site.column, dash), data: ['q', clause.id],
      });
    });
    return;
  }
  if (schema.kind === 'map') newEntryItems(site, schema.declares, schema.values, ctx, add);
}

/** At a new key of `data:` / `purposes:` …: a skeleton entry, and for data and purposes one entry per category. */
function newEntryItems(site: KeySite, space: string, values: SchemaNode, ctx: Ctx, add: Add): void {
  const { locale } = ctx;
  if (site.hasColon) return;
  const uniqueId = (base: string) => {
    if (!site.present.has(base)) return base;
    for (let i = 2; ; i++) if (!site.present.has(`${base}-${i}`)) return `${base}-${i}`;
  };
  const stops = new Stops();
  const idStop = stops.holder(space === 'data' ? 'item' : space === 'purposes' ? 'purpose' : 'id');
  const body = values.kind === 'object' ? objectLines(values, stops, ctx) : [stops.empty()];
  const generic = WORDS.newItem[space];
  add({
    label: generic ? `(${generic[locale]})` : '(new)', kind: CompletionItemKind.Struct, sortText: '0',
    filterText: generic ? filterText('new', generic) : 'new',
    snippet: place([`${idStop}:`, ...body.map(x => '  ' + x)], site.column, false),
  });
  const taxonomyName = space === 'data' ? 'data-categories' : space === 'purposes' ? 'purpose-categories' : undefined;
  if (!taxonomyName) return;
  for (const e of taxonomy(taxonomyName).entries) {
    const s = new Stops();
    const id = uniqueId(e.id);
    const snippet = space === 'data'
      ? `${s.holder(id)}: { category: ${esc(e.id)}, source: ${s.choice(taxonomy('data-sources').entries.map(x => x.id))} }`
      : place([`${s.holder(id)}:`, `  category: ${esc(e.id)}`, `  data: [${s.empty()}]`, `  basis: ${s.choice(taxonomy('legal-bases').entries.map(x => x.id))}`], site.column, false);
    const { labelDetails, filterText: filter } = taxonomyItem(taxonomyName, e, locale);
    add({ label: e.id, kind: CompletionItemKind.EnumMember, labelDetails, filterText: filter, sortText: `1${e.id}`, snippet, data: ['t', taxonomyName] });
  }
}

/** In a new clause: `use:` of each library clause, and each clause's full text as a free clause. */
function clauseItems(site: KeySite, ctx: Ctx, add: Add): void {
  const { locale } = ctx;
  const dash = site.item === 'needs-dash';
  for (const clause of ctx.service.libraries.all()) {
    const stops = new Stops();
    const useLines = [`use: ${esc(clause.id)}`, ...withLines(clause, stops)];
    add({
      label: clause.id, kind: CompletionItemKind.Module, labelDetails: { detail: ` — ${WORDS.useClause[locale]}`, description: clause.title?.[locale === 'en' ? 'ru' : locale] },
      filterText: [clause.id, clause.title?.kk, clause.title?.ru, 'use'].filter(Boolean).join(' '),
      sortText: `2${clause.id}`, snippet: place(useLines, site.column, dash), data: ['c'],
    });
    const t = new Stops();
    const localId = clause.id.slice(clause.library.length + 1);
    const lines = [`id: ${t.holder(localId)}`];
    if (clause.section) lines.push(`section: ${esc(clause.section)}`);
    if (clause.title) lines.push('title:', ...(['kk', 'ru'] as const).filter(x => clause.title?.[x]).map(x => `  ${x}: ${esc(yamlInline(clause.title![x]!))}`));
    lines.push('text:');
    for (const lang of ['kk', 'ru'] as const) {
      const text = fillClauseText(clause, undefined, lang);
      if (text === undefined) continue;
      lines.push(`  ${lang}: |-`, ...text.split('\n').map(x => (x === '' ? '' : `    ${esc(x)}`)));
    }
    add({
      label: `${clause.id} (${WORDS.fullText[locale]})`, kind: CompletionItemKind.Snippet, labelDetails: { description: clause.title?.[locale === 'en' ? 'ru' : locale] },
      filterText: [clause.id, clause.title?.kk, clause.title?.ru, 'text'].filter(Boolean).join(' '),
      sortText: `3${clause.id}`, snippet: place(lines, site.column, dash), data: ['ct', clause.id],
    });
  }
}

/** `with:` and each parameter with its default as a tabstop. */
function withLines(clause: ClauseDefinition, stops: Stops): string[] {
  if (clause.params.length === 0) return [];
  const lines = ['with:'];
  for (const p of clause.params) {
    if (p.type === 'text' || typeof p.default === 'object') {
      const d = typeof p.default === 'object' ? p.default : {};
      lines.push(`  ${p.name}:`, `    kk: ${stops.holder(d.kk ?? '')}`, `    ru: ${stops.holder(d.ru ?? '')}`);
    } else if (p.type === 'boolean') lines.push(`  ${p.name}: ${stops.choice(p.default === false ? ['false', 'true'] : ['true', 'false'])}`);
    else lines.push(`  ${p.name}: ${p.default === undefined ? stops.empty() : stops.holder(String(p.default))}`);
  }
  return lines;
}

/** A plain scalar when YAML reads it back as the same string, else double-quoted. */
export function yamlInline(s: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/u.test(s) && !/:\s|\s$|:$/.test(s) && !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+([eE][-+]?\d+)?)$/i.test(s) && !s.includes('\n');
  return plain ? s : JSON.stringify(s);
}

/** The library clause of the clause at `path` (clauses/<i>/…), from its `use:`. */
function clauseAt(path: readonly string[] | undefined, ctx: Ctx): ClauseDefinition | undefined {
  if (!path || path[0] !== 'clauses') return undefined;
  const index = Number(path[1]);
  const section = ctx.analysis.sections.find(s => s.key === 'clauses');
  const value = section?.split ? section.pieces[index]?.parsed.value : ctx.analysis.policy.clauses?.[index];
  const use = (value as { use?: string } | undefined)?.use;
  return use ? ctx.service.libraries.get(use) : undefined;
}

function valueItems(site: ValueSite, ctx: Ctx, add: Add): void {
  const { locale, analysis } = ctx;
  const schema = site.schema;
  const prefix = site.needsDash ? '- ' : '';
  const simple = (label: string, extra: Partial<Draft> = {}, snippet?: string) =>
    add({ label, kind: CompletionItemKind.Value, ...extra, snippet: prefix + (snippet ?? esc(yamlFlowSafe(label, site.flow))) });
  if (!schema) return;
  if (schema === PARAM_VALUE) {
    const clause = clauseAt(site.path, ctx);
    const param = clause?.params.find(p => p.name === site.path[site.path.length - 1]);
    if (!param) return;
    if (param.type === 'boolean') for (const v of ['true', 'false']) simple(v, { detail: v === 'true' ? WORDS.yes[locale] : WORDS.no[locale] });
    else if (param.default !== undefined && typeof param.default !== 'object') simple(String(param.default), { detail: UI.defaultValue[locale] });
    else if (param.type === 'duration') durationItems(simple);
    return;
  }
  switch (schema.kind) {
    case 'enum': {
      if (!TAXONOMIES.has(schema.taxonomy)) return;
      for (const item of enumItems(schema.taxonomy, locale, prefix, site.flow)) if (!site.present.has(item.label)) add(item);
      return;
    }
    case 'boolean':
      simple('true', { detail: WORDS.yes[locale], sortText: '0' });
      simple('false', { detail: WORDS.no[locale], sortText: '1' });
      return;
    case 'ref': {
      for (const id of declaredIds(analysis, schema.to)) {
        if (site.present.has(id)) continue;
        simple(id, refItemExtra(analysis, schema.to, id, locale));
      }
      return;
    }
    case 'duration': durationItems(simple); return;
    case 'integer':
      if (schema.min !== undefined && schema.max !== undefined && schema.max - schema.min <= 20) for (let n = schema.min; n <= schema.max; n++) simple(String(n));
      return;
    case 'string': {
      if (schema.format === 'clause-ref') {
        const hasWith = !!site.frame && !!siblingValue(site.frame, 'with');
        for (const clause of ctx.service.libraries.all()) {
          const stops = new Stops();
          const lines = [esc(clause.id)];
          if (!site.flow && !hasWith && !hasKey(site.frame, 'with')) lines.push(...withLines(clause, stops));
          add({
            label: clause.id, kind: CompletionItemKind.Module, labelDetails: { description: clause.title?.[locale === 'en' ? 'ru' : locale] },
            filterText: [clause.id, clause.title?.kk, clause.title?.ru].filter(Boolean).join(' '),
            sortText: (clause.builtIn ? '1' : '0') + clause.id,
            snippet: place(lines, site.keyColumn, false), data: ['c'],
          });
        }
        return;
      }
      if (schema.format === 'date') simple(new Date().toISOString().slice(0, 10), { detail: WORDS.today[locale] });
      const example = fieldExample(site);
      if (example) simple(example);
      return;
    }
    case 'text':
      if (!site.flow) add({ label: 'kk, ru', kind: CompletionItemKind.Snippet, detail: `${LANGUAGE_NAMES.kk[locale]} + ${LANGUAGE_NAMES.ru[locale]}`, snippet: place(['', '  kk: $1', '  ru: $2'], site.keyColumn, false) });
      else add({ label: '{ kk, ru }', kind: CompletionItemKind.Snippet, snippet: '{ kk: $1, ru: $2 }' });
      return;
    default:
      return;
  }
}

function hasKey(frame: Frame | undefined, key: string): boolean {
  const node = frame?.node as { items?: { key?: { value?: unknown } }[] } | undefined;
  return !!node?.items?.some(p => p?.key?.value === key);
}

function yamlFlowSafe(s: string, flow: boolean): string {
  return flow && /[,[\]{}]/.test(s) ? JSON.stringify(s) : yamlInline(s);
}

function durationItems(simple: (label: string, extra?: Partial<Draft>, snippet?: string) => void) {
  for (const d of ['1 working-day', '3 working-days', '10 working-days', '15 working-days', '30 calendar-days', '1 month', '1 year', '3 years']) simple(d);
}

function fieldExample(site: ValueSite): string | undefined {
  return site.field?.example;
}

/** A taxonomy value's list label (the user's language first, then the other policy language) and the words it is found by. */
const taxonomyItems = new Map<string, { labelDetails: CompletionItemLabelDetails; filterText: string }>();
function taxonomyItem(taxonomyName: string, e: TaxonomyEntry, locale: Locale) {
  const key = `${taxonomyName}\0${e.id}\0${locale}`;
  let item = taxonomyItems.get(key);
  if (!item) taxonomyItems.set(key, (item = { labelDetails: { description: listLabel(e, locale) }, filterText: filterText(e.id, e) }));
  return item;
}

/** The values of a taxonomy as items: they depend on the taxonomy, the locale and how the value is written only, so they are built once. */
const enumLists = new Map<string, readonly Draft[]>();
function enumItems(taxonomyName: string, locale: Locale, prefix: string, flow: boolean): readonly Draft[] {
  const key = `${taxonomyName}\0${locale}\0${prefix}\0${flow}`;
  let list = enumLists.get(key);
  if (!list) {
    const data: ResolveData = ['t', taxonomyName];
    list = taxonomy(taxonomyName).entries.map((e, i): Draft => Object.freeze({
      label: e.id, kind: CompletionItemKind.EnumMember, ...taxonomyItem(taxonomyName, e, locale),
      sortText: String(i).padStart(4, '0'), snippet: prefix + esc(yamlFlowSafe(e.id, flow)), data,
    }));
    enumLists.set(key, list);
  }
  return list;
}

function refItemExtra(analysis: PolicyAnalysis, space: string, id: string, locale: Locale): Partial<Draft> {
  const policy = analysis.policy as Record<string, Record<string, { category?: string; name?: string }> | undefined>;
  const item = (space === 'data' || space === 'purposes' || space === 'processors') ? policy[space]?.[id] : undefined;
  const taxonomyName = space === 'data' ? 'data-categories' : space === 'purposes' ? 'purpose-categories' : undefined;
  const e = taxonomyName ? entry(taxonomyName, item?.category) : undefined;
  return {
    kind: CompletionItemKind.Reference,
    labelDetails: { description: e ? e[locale] : item?.name ?? UI.idSpace[space]?.[locale] },
    detail: `${UI.idSpace[space]?.[locale] ?? space}${e ? ` — ${labels(e, locale).replace(/\s*\n/g, ' · ')}` : ''}`,
    filterText: e ? filterText(id, e) : id,
  };
}

function placeholderItems(site: Extract<CompletionSite, { kind: 'placeholder' }>, ctx: Ctx, add: Add): void {
  const { locale } = ctx;
  const close = site.closed ? '' : '}}';
  const names = Object.keys(PLACEHOLDERS);
  names.forEach((name, i) => {
    const doc = PLACEHOLDERS[name];
    add({ label: name, kind: CompletionItemKind.Variable, detail: doc[locale], sortText: `0${String(i).padStart(3, '0')}`, snippet: esc(name + close), data: ['p'] });
  });
  const lang = site.path[site.path.length - 1];
  const cases = CASES[lang as keyof typeof CASES] ?? [];
  for (const name of INFLECTED_PLACEHOLDERS) {
    for (const kase of cases) {
      if (kase === 'nom') continue;
      add({ label: `${name}:${kase}`, kind: CompletionItemKind.Variable, detail: `${PLACEHOLDERS[name][locale]} — ${kase}`, sortText: `1${name}${kase}`, snippet: esc(`${name}:${kase}${close}`) });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// detail and documentation: filled at once, or by completionItem/resolve from the item's `data`

/** Schema objects by their path in the policy schema (`''`, `operator`, `data/*`, `transfers/-`), and back. */
const objectPaths = new Map<ObjectNode, string>();
const objectsByPath = new Map<string, ObjectNode>();
function schemaObjects(): Map<string, ObjectNode> {
  if (objectsByPath.size === 0) {
    const walk = (n: SchemaNode, path: string) => {
      if (n.kind === 'object') {
        if (objectPaths.has(n)) return;
        objectPaths.set(n, path);
        objectsByPath.set(path, n);
        for (const [name, f] of Object.entries(n.fields)) walk(f.node, path ? `${path}/${name}` : name);
      } else if (n.kind === 'array') walk(n.items, `${path}/-`);
      else if (n.kind === 'map') walk(n.values, `${path}/*`);
    };
    walk(policySchema, '');
  }
  return objectsByPath;
}
function schemaPath(node: ObjectNode): string {
  schemaObjects();
  let path = objectPaths.get(node);
  if (path === undefined) {
    // not part of the policy schema: a name for the life of this process
    path = `#${objectsByPath.size}`;
    objectPaths.set(node, path);
    objectsByPath.set(path, node);
  }
  return path;
}

const RESOLVE_KINDS = new Set(['t', 'f', 'l', 'w', 'q', 'c', 'ct', 'p', 's']);
function isResolveData(x: unknown): x is ResolveData {
  return Array.isArray(x) && x.length >= 1 && x.length <= 3 && RESOLVE_KINDS.has(x[0]) && x.every(v => typeof v === 'string');
}

/** What does not change while the server runs: detail and documentation by locale and item (known items only). */
const staticDetails = new Map<string, Details>();
interface Details { detail?: string; documentation?: string }
const oneLine = (s: string) => s.replace(/\s*\n/g, ' · ');

/** The detail and markdown documentation of the item `data` describes (`label` is its id when `data` names none). */
function details(service: LanguageService, data: ResolveData, label: string, locale: Locale): Details | undefined {
  const [kind, a, b] = data;
  if (kind === 'c' || kind === 'ct' || kind === 'w' || kind === 'q') {
    // library clauses change with the workspace: worked out every time
    const clause = service.libraries.get(kind === 'c' ? a ?? label : a!);
    if (!clause) return undefined;
    if (kind === 'w') return { detail: policySchema.fields.clauses.node.items.fields.with.doc[locale], documentation: clauseMarkdown(clause, undefined, locale, false) };
    if (kind === 'q') {
      const p = clause.params.find(x => x.name === (b ?? label));
      if (!p) return undefined;
      return {
        detail: `${p.type}${p.default !== undefined ? ` = ${typeof p.default === 'object' ? '…' : String(p.default)}` : ` (${UI.required[locale]})`}`,
        documentation: p.doc ? labels(p.doc as L, locale) : undefined,
      };
    }
    const detail = kind === 'ct' ? WORDS.insertText[locale] : clause.title ? oneLine(labels(clause.title, locale)) : undefined;
    return { detail, documentation: clauseMarkdown(clause, undefined, locale) };
  }
  const key = `${locale}\0${data.join('\0')}\0${label}`;
  const known = staticDetails.get(key);
  if (known) return known;
  let out: Details | undefined;
  switch (kind) {
    case 't': {
      const e = entry(a!, b ?? label);
      if (e) out = { detail: oneLine(labels(e, locale)), documentation: entryMarkdown(a!, e, locale) };
      break;
    }
    case 'f': {
      const name = b ?? label;
      const fields = schemaObjects().get(a!)?.fields;
      const f = fields && Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
      if (f) out = { detail: `${f.doc[locale]}${f.required ? ` (${UI.required[locale]})` : ''}`, documentation: fieldMarkdown(name, f, locale) };
      break;
    }
    case 'l': {
      const lang = a ?? label;
      const doc = Object.prototype.hasOwnProperty.call(UI.languageText, lang) ? UI.languageText[lang] : undefined;
      if (doc) out = { detail: doc[locale], documentation: `**${lang}** — ${doc[locale]}` };
      break;
    }
    case 'p': {
      const name = a ?? label;
      const doc = Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
      if (doc) out = { detail: doc[locale], documentation: labels(doc, locale) };
      break;
    }
    case 's':
      out = { detail: WORDS.starterDetail[locale], documentation: '```yaml\n' + plainOf(starterSnippet()).slice(0, 1200) + '\n```' };
      break;
    default:
      break;
  }
  if (out) staticDetails.set(key, out);
  return out;
}

/**
 * completionItem/resolve: the item with the detail and documentation its `data` points to, when
 * it came without them. An item from elsewhere (or one this server no longer knows) comes back as it was.
 */
export function resolveCompletion(service: LanguageService, item: CompletionItem, locale: Locale): CompletionItem {
  if (!isResolveData(item.data) || (item.detail !== undefined && item.documentation !== undefined)) return item;
  const label = typeof item.label === 'string' ? item.label : '';
  let more: Details | undefined;
  try {
    more = details(service, item.data, label, locale);
  } catch {
    more = undefined;
  }
  if (!more) return item;
  const out: CompletionItem = { ...item };
  if (out.detail === undefined && more.detail !== undefined) out.detail = more.detail;
  if (out.documentation === undefined && more.documentation !== undefined) out.documentation = { kind: MarkupKind.Markdown, value: more.documentation };
  return out;
}
