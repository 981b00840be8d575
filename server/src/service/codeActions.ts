// Quick fixes: add the missing Kazakh or Russian text (the other language's text, marked for
// translation), add a missing required key or clause parameter, fix an unknown key or value by its
// nearest match, declare an undefined data item, remove an unused one, the law rules' mechanical fixes, and
// fix-all for a rule in the file. Every edit replaces a small text range, so comments and the
// author's layout stay as they are.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, Localized } from '../i18n/locale';
import type { PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { spanOf } from '../model/locate';
import { columnOf, lineStartOf, locate, schemaAt, type Frame } from '../model/position';
import { policySchema } from '../schema/policy';
import type { Field, SchemaNode } from '../schema/types';
import { diagnosticInfo } from '../rules/registry';
import { entry, taxonomy, TAXONOMIES } from '../taxonomy/taxonomy';
import { editDistance } from '../util/suggest';
import { yamlInline } from './completion';
import type { LanguageService } from './languageService';
import { lawQuickFixes } from './lawFixes';
import type { ClauseLibraries } from '../clauses/libraries';
import type { ParamType } from '../clauses/types';

type L = Localized;
const l = (en: string, kk: string, ru: string): L => ({ en, kk, ru });
const T = {
  addTranslation: (lang: string) => l(`Add the ${lang === 'kk' ? 'Kazakh' : lang === 'ru' ? 'Russian' : 'English'} text (to translate)`, `${lang === 'kk' ? 'Қазақша' : lang === 'ru' ? 'Орысша' : 'Ағылшынша'} мәтін қосу (аудару керек)`, `Добавить ${lang === 'kk' ? 'казахский' : lang === 'ru' ? 'русский' : 'английский'} текст (для перевода)`),
  addKey: (key: string) => l(`Add «${key}»`, `«${key}» қосу`, `Добавить «${key}»`),
  addParam: (param: string) => l(`Add the parameter «${param}»`, `«${param}» параметрін қосу`, `Добавить параметр «${param}»`),
  changeTo: (v: string) => l(`Change to «${v}»`, `«${v}» деп өзгерту`, `Заменить на «${v}»`),
  declare: (id: string, space: string) => l(`Declare «${id}» under ${space}:`, `«${id}» идентификаторын ${space}: бөлімінде жариялау`, `Объявить «${id}» в разделе ${space}:`),
  remove: (id: string) => l(`Remove the unused data item «${id}»`, `Пайдаланылмайтын «${id}» деректер элементін өшіру`, `Удалить неиспользуемый элемент данных «${id}»`),
  fixAll: (name: string) => l(`Fix all «${name}» problems in this file`, `Осы файлдағы барлық «${name}» мәселелерін түзету`, `Исправить все проблемы «${name}» в этом файле`),
  fixAllFile: l('Fix all Derbes problems that have a fix', 'Түзетуі бар барлық Derbes мәселелерін түзету', 'Исправить все проблемы Derbes, у которых есть исправление'),
  applyFix: l('Apply the fix', 'Түзетуді қолдану', 'Применить исправление'),
};

/** Marks a stub copied from the other language until someone translates it. */
export const TRANSLATE_MARK: Record<string, string> = { kk: '[аудару керек] ', ru: '[требуется перевод] ', en: '[translate] ' };

export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

interface FixContext {
  document: TextDocument;
  analysis: PolicyAnalysis;
  locale: Locale;
  libraries: ClauseLibraries;
}

const FIXABLE_CORE = new Set(['missing-translation', 'missing-required', 'unknown-key', 'invalid-enum', 'undefined-reference', 'unused-data', 'clause-param-missing']);

export function getCodeActions(service: LanguageService, document: TextDocument, range: Range, context: CodeActionContext, locale: Locale): CodeAction[] {
  const state = service.analyze(document);
  const ctx: FixContext = { document, analysis: state.analysis, locale, libraries: service.libraries };
  const only = context.only;
  const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const uri = document.uri;
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wants(CodeActionKind.QuickFix)) {
    const codesHere = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== undefined && diagnostic.source !== 'derbes') continue;
      const finding = findingOf(state.findings, document, diagnostic);
      if (!finding) continue;
      const fixes = fixesFor(finding, ctx, diagnostic);
      for (const fix of fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: edit(fix.edits) });
      }
      if (fixes.length) codesHere.add(finding.code);
    }
    for (const code of codesHere) {
      const all = fixAll(state.findings.filter(f => f.code === code), ctx);
      if (all.count < 2) continue;
      const name = diagnosticInfo(code)?.name ?? code;
      actions.push({ title: T.fixAll(name)[locale], kind: CodeActionKind.QuickFix, edit: edit(all.edits) });
    }
  }
  if (only && (wants(CodeActionKind.SourceFixAll) || only.includes(CodeActionKind.Source))) {
    const all = fixAll(state.findings.filter(f => FIXABLE_CORE.has(f.code) || f.args?.replacement !== undefined), ctx);
    if (all.count > 0) actions.push({ title: T.fixAllFile[locale], kind: `${CodeActionKind.SourceFixAll}.derbes`, edit: edit(all.edits) });
  }
  return actions;
}

/** The finding a client diagnostic was made from: same code, same place. */
function findingOf(findings: readonly Finding[], document: TextDocument, d: Diagnostic): Finding | undefined {
  const start = document.offsetAt(d.range.start);
  const end = document.offsetAt(d.range.end);
  const length = document.getText().length;
  return findings.find(f => f.code === String(d.code) && Math.min(Math.max(0, f.start), length) === start && Math.min(Math.max(f.start, f.end), length) === end)
    ?? findings.find(f => f.code === String(d.code) && f.start <= start && f.end >= end);
}

/** The preferred fix of every finding, skipping those whose edits overlap an earlier one. */
function fixAll(findings: readonly Finding[], ctx: FixContext): { edits: TextEdit[]; count: number } {
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  let count = 0;
  for (const f of findings) {
    const fixes = fixesFor(f, ctx);
    const fix = fixes.find(x => x.preferred) ?? (fixes.length === 1 ? fixes[0] : undefined);
    if (!fix) continue;
    const spans = fix.edits.map(e => [ctx.document.offsetAt(e.range.start), ctx.document.offsetAt(e.range.end)] as [number, number]);
    if (spans.some(([a, b]) => taken.some(([c, d]) => a < d && c < b) || taken.some(([c, d]) => a === b && a === c && c === d))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
    count++;
  }
  return { edits, count };
}

export function fixesFor(f: Finding, ctx: FixContext, diagnostic?: Diagnostic): Fix[] {
  const a = f.args ?? {};
  try {
    switch (f.code) {
      case 'missing-translation': return addTranslation(ctx, String(a.path), String(a.lang));
      case 'missing-required': return addRequired(ctx, f, String(a.key));
      case 'unknown-key': return a.suggestion ? [replace(ctx, f.start, f.end, String(a.suggestion), T.changeTo(String(a.suggestion))[ctx.locale], true)] : [];
      case 'invalid-enum': return enumFixes(ctx, f);
      case 'undefined-reference': return referenceFixes(ctx, f);
      case 'unused-data': return removeDataItem(ctx, String(a.id));
      case 'clause-param-missing': return addClauseParam(ctx, f, String(a.id), String(a.param));
      case 'unknown-clause':
      case 'clause-param-unknown':
        return a.suggestion ? [replace(ctx, f.start, f.end, String(a.suggestion), T.changeTo(String(a.suggestion))[ctx.locale], true)] : [];
      default: {
        // the law and language rules' mechanical fixes (service/lawFixes.ts)
        const d: Diagnostic = diagnostic ?? { range: toRange(ctx.document, f.start, f.end), code: f.code, message: '', data: { args: f.args } };
        const fixes = lawQuickFixes(ctx.document, ctx.analysis, d, ctx.locale);
        return fixes.map(x => ({ ...x, preferred: fixes.length === 1 }));
      }
    }
  } catch {
    // a fix must never take the other actions down
    return [];
  }
}

function replace(ctx: FixContext, start: number, end: number, text: string, title: string, preferred = false): Fix {
  return { title, preferred, edits: [{ range: toRange(ctx.document, start, end), newText: text }] };
}

function insert(ctx: FixContext, at: number, text: string): TextEdit {
  return { range: toRange(ctx.document, at, at), newText: text };
}

function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

/** End of the last line with content at or before `end` (a value's range may include its newline). */
function contentLineEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r' || text[e - 1] === ' ')) e--;
  return lineEndOf(text, Math.max(0, e - 1));
}

/** The map at `path` (block or flow) as a frame, with its pairs. */
function mapAt(analysis: PolicyAnalysis, path: string): Frame | undefined {
  const span = spanOf(analysis, path);
  if (!span || span.valueStart < 0) return undefined;
  const located = locate(analysis, span.valueStart);
  const frame = located.hit?.kind === 'key' ? located.hit.parent : located.frames[located.frames.length - 1];
  if (!frame?.node || !isMap(frame.node) || frame.path.join('/') !== path) return undefined;
  return frame;
}

/** `key: value` as block lines: the key over its value's indented lines, or with its inline value. */
function keyLines(key: string, value: { inline: string; block: string[] }): string[] {
  return value.block.length ? [`${key}:`, ...value.block.map(b => '  ' + b)] : [`${key}: ${value.inline}`];
}

/** Text that adds `key: value` lines to a map frame (at its end), keeping the map's style. */
function appendToMap(ctx: FixContext, frame: Frame, key: string, block: string[], inline: string): TextEdit {
  const text = ctx.analysis.text;
  const map = frame.node as YAMLMap;
  const base = frame.base;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (map.flow) {
    const close = base + (map.range?.[1] ?? 0) - 1; // the "}"
    let at = close;
    while (at > 0 && text[at - 1] === ' ') at--;
    return insert(ctx, at, `${last ? ', ' : ' '}${key}: ${inline}${text[close - 1] === ' ' ? '' : ' '}`.replace(/ $/, last ? '' : ' '));
  }
  const column = frame.column;
  const end = last ? base + (last.value?.range?.[1] ?? last.key?.range?.[1] ?? 0) : base + (map.range?.[1] ?? 0);
  const at = contentLineEnd(text, end);
  const pad = ' '.repeat(column);
  return insert(ctx, at, keyLines(key, { block, inline }).map(x => '\n' + pad + x).join(''));
}

// ——— missing translation ———

function addTranslation(ctx: FixContext, path: string, lang: string): Fix[] {
  const frame = mapAt(ctx.analysis, path);
  if (!frame) return [];
  const map = frame.node as YAMLMap;
  const text = ctx.analysis.text;
  const pairs = map.items as Pair<Node, Node | null>[];
  const sourceLang = lang === 'kk' ? 'ru' : lang === 'ru' ? 'kk' : 'ru';
  const source = pairs.find(p => isScalar(p.key) && p.key.value === sourceLang) ?? pairs.find(p => isScalar(p.key) && (p.key.value === 'kk' || p.key.value === 'ru' || p.key.value === 'en'));
  const value = source?.value;
  const mark = TRANSLATE_MARK[lang];
  let block: string[] = [];
  let inline = `"${mark.trim()}"`;
  if (isScalar(value) && typeof value.value === 'string') {
    if ((value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') && !map.flow && value.range) {
      // copy the block as written, the mark on its first line
      const raw = text.slice(frame.base + value.range[0], contentLineEnd(text, frame.base + value.range[1]));
      const [header, ...rest] = raw.split('\n');
      const keyColumn = frame.column;
      const lines = rest.map((x, i) => (i === 0 ? x.replace(/^(\s*)/, `$1${mark}`) : x));
      const edit = insert(ctx, contentLineEnd(text, frame.base + (pairs[pairs.length - 1].value?.range?.[1] ?? 0)), `\n${' '.repeat(keyColumn)}${lang}: ${header}\n${lines.join('\n')}`);
      return [{ title: T.addTranslation(lang)[ctx.locale], preferred: true, edits: [edit] }];
    }
    inline = yamlInline(mark + value.value.replace(/\s*\n\s*/g, ' '));
    if (map.flow) inline = JSON.stringify(mark + value.value);
  }
  block = [];
  return [{ title: T.addTranslation(lang)[ctx.locale], preferred: true, edits: [appendToMap(ctx, frame, lang, block, inline)] }];
}

// ——— missing required key ———

/** A default value for a new key: the first choice of a small vocabulary, or an empty stub to fill. */
function stubValue(node: SchemaNode | undefined, field: Field | undefined, flow: boolean): { inline: string; block: string[] } {
  switch (node?.kind) {
    case 'enum': return { inline: field?.example ?? taxonomy(node.taxonomy).entries[0]?.id ?? '""', block: [] };
    case 'boolean': return { inline: 'false', block: [] };
    case 'integer': return { inline: field?.example ?? String(node.min ?? 0), block: [] };
    case 'duration': return { inline: '15 working-days', block: [] };
    case 'string': return { inline: field?.example ? yamlInline(field.example) : '""', block: [] };
    case 'ref': case 'array': return { inline: '[]', block: [] };
    case 'text': return flow ? { inline: '{ kk: "", ru: "" }', block: [] } : { inline: '', block: ['kk: ""', 'ru: ""'] };
    case 'object': {
      const req = Object.entries(node.fields).filter(([, f]) => f.required);
      if (flow || req.length === 0) return { inline: `{ ${req.map(([k, f]) => `${k}: ${stubValue(f.node, f, true).inline}`).join(', ')} }`.replace('{  }', '{}'), block: [] };
      const block: string[] = [];
      for (const [k, f] of req) block.push(...keyLines(k, stubValue(f.node, f, false)));
      return { inline: '', block };
    }
    case 'map': return { inline: '{}', block: [] };
    default: return { inline: '""', block: [] };
  }
}

// ——— missing clause parameter ———

/** The schema kind whose stub a parameter gets (a date, e-mail or URL gets an empty string to fill in, which fails its check). */
const PARAM_STUB_KIND = { string: 'string', text: 'text', integer: 'integer', boolean: 'boolean', duration: 'duration', date: 'string', email: 'string', url: 'string' } as const satisfies Record<ParamType, SchemaNode['kind']>;

/** Adds `param:` to the clause's `with:` map, or a `with:` map holding it to the clause entry. */
function addClauseParam(ctx: FixContext, f: Finding, id: string, param: string): Fix[] {
  const type = ctx.libraries.get(id)?.params.find(p => p.name === param)?.type;
  const path = locate(ctx.analysis, f.start).hit?.path;
  if (!type || path?.[0] !== 'clauses' || path[1] === undefined) return [];
  const stub = (flow: boolean) => stubValue({ kind: PARAM_STUB_KIND[type] } as SchemaNode, undefined, flow);
  const title = T.addParam(param)[ctx.locale];
  const withFrame = mapAt(ctx.analysis, `clauses/${path[1]}/with`);
  if (withFrame) {
    const v = stub(!!(withFrame.node as YAMLMap).flow);
    return [{ title, preferred: true, edits: [appendToMap(ctx, withFrame, param, v.block, v.inline)] }];
  }
  if (spanOf(ctx.analysis, `clauses/${path[1]}/with`)) return []; // a `with:` that is not a map: the author's to mend
  const entry = mapAt(ctx.analysis, `clauses/${path[1]}`);
  if (!entry) return [];
  return [{ title, preferred: true, edits: [appendToMap(ctx, entry, 'with', keyLines(param, stub(false)), `{ ${param}: ${stub(true).inline} }`)] }];
}

function addRequired(ctx: FixContext, f: Finding, key: string): Fix[] {
  const analysis = ctx.analysis;
  const fixes: Fix[] = [];
  const located = locate(analysis, f.start);
  const hit = located.hit;
  if (hit?.kind === 'key' && hit.schema?.kind === 'object' && hit.schema.fields[key]) {
    // the key that holds an object missing `key`
    const frame = mapAt(analysis, hit.path.join('/'));
    const field = hit.schema.fields[key];
    if (frame && !(frame.node as YAMLMap).items.some(p => isScalar(p.key) && p.key.value === key)) {
      const v = stubValue(field.node, field, !!(frame.node as YAMLMap).flow);
      fixes.push({ title: T.addKey(`${hit.path.join('/')}/${key}`)[ctx.locale], preferred: true, edits: [appendToMap(ctx, frame, key, v.block, v.inline)] });
    }
  }
  // a missing top-level section: insert it where the canonical order puts it
  // the analysis anchors a missing top-level key at the document's first key
  const first = analysis.sections.find(s => s.key !== undefined);
  const atTop = !first || f.start <= first.keyStart;
  const field = policySchema.fields[key as keyof typeof policySchema.fields] as Field | undefined;
  if (field && atTop && !analysis.sections.some(s => s.key === key)) {
    const lines = keyLines(key, stubValue(field.node, field, false));
    fixes.push({ title: T.addKey(key)[ctx.locale], preferred: fixes.length === 0, edits: [insertSection(ctx, key, lines.join('\n') + '\n')] });
  }
  return fixes;
}

/** Inserts a top-level section before the first present section that comes after it in the schema's order. */
export function insertSection(ctx: FixContext, key: string, block: string): TextEdit {
  const order = Object.keys(policySchema.fields);
  const rank = order.indexOf(key);
  const text = ctx.analysis.text;
  const next = ctx.analysis.sections.find(s => s.key !== undefined && order.indexOf(s.key) > rank);
  if (next) {
    // keep the comment lines just above the next section with it
    let at = next.start;
    for (;;) {
      const prevStart = lineStartOf(text, Math.max(0, at - 1));
      if (at === 0 || prevStart === at) break;
      const line = text.slice(prevStart, at - 1);
      if (!/^#/.test(line)) break;
      at = prevStart;
    }
    return insert(ctx, at, block);
  }
  const needsNewline = text.length > 0 && !text.endsWith('\n');
  return insert(ctx, text.length, (needsNewline ? '\n' : '') + block);
}

// ——— unknown values ———

function enumFixes(ctx: FixContext, f: Finding): Fix[] {
  const a = f.args ?? {};
  const tax = TAXONOMIES.get(String(a.taxonomy));
  if (!tax) return [];
  const value = String(a.value).toLowerCase();
  const scored = tax.entries.map(e => {
    const labelsOf = [e.kk, e.ru, e.en].map(x => String(x).toLowerCase());
    const byLabel = labelsOf.some(x => value.length >= 2 && (x.includes(value) || x.split(/[\s(),]+/).includes(value))) ? 0.5 : Infinity;
    return { id: e.id, score: Math.min(byLabel, editDistance(value, e.id.toLowerCase(), 4)) };
  }).filter(x => x.score <= Math.max(1, Math.floor(value.length / 3)) || x.score === 0.5).sort((x, y) => x.score - y.score);
  const ids = [...new Set([...(a.suggestion ? [String(a.suggestion)] : []), ...scored.map(x => x.id)])].slice(0, 3);
  return ids.map((id, i) => replace(ctx, f.start, f.end, id, T.changeTo(id)[ctx.locale], i === 0));
}

function referenceFixes(ctx: FixContext, f: Finding): Fix[] {
  const a = f.args ?? {};
  const id = String(a.id);
  const space = String(a.space);
  const fixes: Fix[] = [];
  if (a.suggestion) fixes.push(replace(ctx, f.start, f.end, String(a.suggestion), T.changeTo(String(a.suggestion))[ctx.locale], true));
  const declare = declareId(ctx, space, id);
  if (declare) fixes.push({ title: T.declare(id, space)[ctx.locale], preferred: !a.suggestion, edits: [declare] });
  return fixes;
}

/** A guess of a data item's category from its id: the category of that id, else the closest, else open-ended. */
function guessCategory(taxonomyName: string, id: string, fallback: string): string {
  if (entry(taxonomyName, id)) return id;
  let best = fallback;
  let bestScore = 3;
  for (const e of taxonomy(taxonomyName).entries) {
    const d = editDistance(id.toLowerCase(), e.id, 2);
    if (d < bestScore) { best = e.id; bestScore = d; }
  }
  return best;
}

function declareId(ctx: FixContext, space: string, id: string): TextEdit | undefined {
  const analysis = ctx.analysis;
  const entryText = space === 'data'
    ? `${id}: { category: ${guessCategory('data-categories', id, 'other-unspecified')} }`
    : space === 'purposes'
      ? `${id}:\n    category: ${guessCategory('purpose-categories', id, taxonomy('purpose-categories').entries[0].id)}\n    data: []`
      : space === 'processors'
        ? `${id}:\n    name: ""\n    service: ${taxonomy('processor-services').entries[0].id}`
        : undefined;
  if (!entryText || !ID_SAFE.test(id)) return undefined;
  const section = analysis.sections.find(s => s.key === space);
  if (!section) return insertSection(ctx, space, `${space}:\n  ${entryText}\n`);
  if (section.split && section.pieces.length) {
    const last = section.pieces[section.pieces.length - 1];
    const at = contentLineEnd(analysis.text, last.start + lastContent(last.parsed.doc.contents as Node | null, analysis.text.length - last.start));
    const column = columnOf(analysis.text, lineStartOf(analysis.text, last.start) + (/^ */.exec(analysis.text.slice(lineStartOf(analysis.text, last.start)))?.[0].length ?? 2));
    return insert(ctx, at, `\n${' '.repeat(column)}${entryText.replace(/\n {4}/g, '\n' + ' '.repeat(column + 2))}`);
  }
  const frame = mapAt(analysis, space);
  if (frame && (frame.node as YAMLMap).flow && space === 'data') {
    return appendToMap(ctx, frame, id, [], `{ category: ${guessCategory('data-categories', id, 'other-unspecified')} }`);
  }
  return undefined;
}

const ID_SAFE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

function lastContent(node: Node | null, fallback: number): number {
  return node?.range ? node.range[1] : fallback;
}

function removeDataItem(ctx: FixContext, id: string): Fix[] {
  const analysis = ctx.analysis;
  const text = analysis.text;
  const section = analysis.sections.find(s => s.key === 'data');
  if (!section) return [];
  const title = T.remove(id)[ctx.locale];
  if (section.split) {
    const piece = section.pieces.find(p => p.parsed.id === id);
    const span = spanOf(analysis, `data/${id}`);
    if (!piece || !span) return [];
    if (section.pieces.length === 1) return []; // the last item: leave the section for the author
    const start = lineStartOf(text, span.keyStart);
    const end = span.valueEnd >= 0 ? contentLineEnd(text, span.valueEnd) : lineEndOf(text, span.keyEnd);
    return [{ title, preferred: true, edits: [{ range: toRange(ctx.document, start, Math.min(text.length, end + 1)), newText: '' }] }];
  }
  const frame = mapAt(analysis, 'data');
  if (!frame) return [];
  const map = frame.node as YAMLMap;
  const i = map.items.findIndex(p => isScalar(p.key) && String(p.key.value) === id);
  if (i < 0 || map.items.length === 1) return [];
  const pair = map.items[i] as Pair<Node, Node | null>;
  const base = frame.base;
  const start = base + (pair.key?.range?.[0] ?? 0);
  const end = base + (pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0);
  if (map.flow) {
    // remove with one neighbouring comma
    const after = text.slice(end).match(/^\s*,\s*/)?.[0];
    if (after) return [{ title, preferred: true, edits: [{ range: toRange(ctx.document, start, end + after.length), newText: '' }] }];
    const before = text.slice(0, start).match(/,\s*$/)?.[0] ?? '';
    return [{ title, preferred: true, edits: [{ range: toRange(ctx.document, start - before.length, end), newText: '' }] }];
  }
  const lineStart = lineStartOf(text, start);
  return [{ title, preferred: true, edits: [{ range: toRange(ctx.document, lineStart, Math.min(text.length, contentLineEnd(text, end) + 1)), newText: '' }] }];
}

export { schemaAt };
