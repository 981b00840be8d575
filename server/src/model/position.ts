// Position → (model path, schema node, yaml node). Completion, hover, definition, rename and the
// code actions all start here. The piece under the offset is found by binary search over the
// sections and their entries; only that piece's YAML tree is walked, so the cost does not grow
// with the size of the policy.
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { PlacedPiece, PlacedSection, PolicyAnalysis } from './analysis';
import { policySchema } from '../schema/policy';
import type { Field, SchemaNode, StringNode } from '../schema/types';

/** The schema of the value under `kk:` / `ru:` / `en:` of a bilingual text. */
export const TEXT_LANGUAGE: StringNode = { kind: 'string' };
/** The schema of one parameter value under `with:` (its type comes from the library clause). */
export const PARAM_VALUE: StringNode = { kind: 'string' };

/** An open YAML collection on the way down to the offset. */
export interface Frame {
  /** the map or sequence; undefined for the policy itself before any section exists */
  node: YAMLMap | YAMLSeq | undefined;
  /** schema of the collection's value */
  schema: SchemaNode | undefined;
  /** model path of the collection */
  path: string[];
  /** column of the keys (map) or dashes (sequence) of a block collection; -1 for flow */
  column: number;
  flow: boolean;
  /** absolute offset of the piece the node belongs to (yaml ranges are relative to it) */
  base: number;
  /** the last pair of a block map before the offset when its value is empty: a deeper line opens it */
  open?: { key: string; keyStart: number; column: number; schema: SchemaNode | undefined; path: string[] };
}

/** What sits exactly at an offset. */
export type Hit =
  | { kind: 'key'; name: string; start: number; end: number; path: string[]; schema: SchemaNode | undefined; field?: Field; parent: Frame; pair?: Pair }
  | { kind: 'value'; node: Scalar; start: number; end: number; path: string[]; schema: SchemaNode | undefined; field?: Field; parent: Frame; key?: string }
  | { kind: 'collection'; node: YAMLMap | YAMLSeq; start: number; end: number; path: string[]; schema: SchemaNode | undefined; field?: Field; parent: Frame };

export interface Located {
  analysis: PolicyAnalysis;
  offset: number;
  section?: PlacedSection;
  piece?: PlacedPiece;
  /** from the outermost (the policy) to the innermost open collection */
  frames: Frame[];
  hit?: Hit;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The last index i with key(items[i]) <= offset, or -1. */
function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The section holding `offset` and, when the section is cut into entries, the entry. */
export function pieceAt(analysis: PolicyAnalysis, offset: number): { section?: PlacedSection; piece?: PlacedPiece; index: number } {
  const sections = analysis.sections;
  const s = lastAtOrBefore(sections, offset, x => x.start);
  if (s < 0) return { piece: analysis.preamble, index: -1 };
  const section = sections[s];
  if (!section.split) return { section, piece: section.pieces[0], index: 0 };
  const i = lastAtOrBefore(section.pieces, offset, p => p.start);
  return { section, piece: i < 0 ? undefined : section.pieces[i], index: i };
}

const nodeStart = (n: Node | null | undefined, fallback: number) => n?.range?.[0] ?? fallback;
const keyOf = (pair: Pair): Node | null => pair.key as Node | null;
const keyName = (pair: Pair): string => {
  const k = keyOf(pair);
  return isScalar(k) ? String(k.value ?? '') : '';
};
const pairStart = (pair: Pair) => nodeStart(keyOf(pair), nodeStart(pair.value as Node | null, 0));

/** The schema of a child of `schema` under `key` (a map key or a sequence index). */
export function childSchema(schema: SchemaNode | undefined, key: string): { schema: SchemaNode | undefined; field?: Field } {
  switch (schema?.kind) {
    case 'object': {
      const field = Object.prototype.hasOwnProperty.call(schema.fields, key) ? schema.fields[key] : undefined;
      return { schema: field?.node, field };
    }
    case 'map': return { schema: schema.values };
    case 'array': return { schema: schema.items };
    case 'text': return { schema: key === 'kk' || key === 'ru' || key === 'en' ? TEXT_LANGUAGE : undefined };
    case 'params': return { schema: PARAM_VALUE };
    default: return { schema: undefined };
  }
}

/** The schema at a model path ("data/email/category" or segments). */
export function schemaAt(path: string | readonly string[]): { schema: SchemaNode | undefined; field?: Field } {
  let current: { schema: SchemaNode | undefined; field?: Field } = { schema: policySchema };
  for (const seg of typeof path === 'string' ? (path === '' ? [] : path.split('/')) : path) current = childSchema(current.schema, seg);
  return current;
}

function blockColumn(text: string, base: number, node: YAMLMap | YAMLSeq): number {
  if (node.flow) return -1;
  const first = node.items[0];
  const at = first === undefined ? nodeStart(node, 0) : isSeq(node) ? nodeStart(node, 0) : pairStart(first as Pair);
  return columnOf(text, base + at);
}

/**
 * Walks to `offset`: every collection open there (by position, whatever its indentation), and the
 * key or scalar exactly under it, if any.
 */
export function locate(analysis: PolicyAnalysis, offset: number): Located {
  const text = analysis.text;
  const top: Frame = { node: undefined, schema: policySchema, path: [], column: 0, flow: false, base: 0 };
  const frames: Frame[] = [top];
  const { section, piece, index } = pieceAt(analysis, offset);
  const result: Located = { analysis, offset, section, piece, frames };
  if (!section) return result;
  const sectionKey = section.key;
  const sectionField = sectionKey === undefined ? undefined : childSchema(policySchema, sectionKey).field;
  // the header of a section cut into entries is not part of any entry
  if (sectionKey !== undefined && offset >= section.keyStart && offset <= section.keyEnd) {
    result.hit = { kind: 'key', name: sectionKey, start: section.keyStart, end: section.keyEnd, path: [sectionKey], schema: sectionField?.node, field: sectionField, parent: top };
    return result;
  }
  if (!piece || piece === analysis.preamble) return result;
  const base = piece.start;
  const root = piece.parsed.doc.contents as Node | null;
  if (!root || !(isMap(root) || isSeq(root))) return result;
  const rel = offset - base;
  let frame: Frame;
  if (piece.parsed.kind === 'section') {
    top.node = root;
    top.base = base;
    frame = top;
  } else {
    if (sectionKey === undefined) return result;
    frame = { node: root, schema: sectionField?.node, path: [sectionKey], column: blockColumn(text, base, root), flow: false, base };
    frames.push(frame);
  }
  const indexOffset = piece.parsed.kind === 'list-item' ? index : 0;
  descend(text, frame, rel, frames, result, indexOffset);
  return result;
}

function descend(text: string, frame: Frame, rel: number, frames: Frame[], result: Located, indexOffset: number): void {
  const base = frame.base;
  for (;;) {
    const node = frame.node;
    if (!node) return;
    if (isMap(node)) {
      const i = lastAtOrBefore(node.items, rel, pairStart);
      if (i < 0) return;
      const pair = node.items[i];
      const name = keyName(pair);
      const k = keyOf(pair);
      const { schema, field } = childSchema(frame.schema, name);
      const path = [...frame.path, name];
      if (k?.range && rel >= k.range[0] && rel <= k.range[1]) {
        result.hit = { kind: 'key', name, start: base + k.range[0], end: base + k.range[1], path, schema, field, parent: frame, pair };
        return;
      }
      const value = pair.value as Node | null;
      if (isMap(value) || isSeq(value)) {
        const [vs, ve] = value.range ?? [0, 0];
        if (value.flow && (rel < vs || rel > ve)) {
          if (rel > ve) return;
        }
        if (rel < vs) return;
        const child: Frame = { node: value, schema, path, column: blockColumn(text, base, value), flow: !!value.flow, base };
        frames.push(child);
        frame = child;
        continue;
      }
      const empty = value === null || (isScalar(value) && value.value === null);
      if (empty && k?.range && rel > k.range[1] && /^[ \t]*:[ \t]*$/.test(text.slice(base + k.range[1], base + rel))) {
        // "key: |" — the empty value is wherever the cursor is on the key's line
        const node = isScalar(value) ? value : new Scalar(null);
        result.hit = { kind: 'value', node, start: base + rel, end: base + rel, path, schema, field, parent: frame, key: name };
        return;
      }
      if (isScalar(value) && value.range && rel >= value.range[0] && rel <= value.range[1] && !empty) {
        result.hit = { kind: 'value', node: value, start: base + value.range[0], end: base + value.range[1], path, schema, field, parent: frame, key: name };
        return;
      }
      if (!node.flow && (value === null || (isScalar(value) && value.value === null))) {
        frame.open = { key: name, keyStart: base + pairStart(pair), column: columnOf(text, base + pairStart(pair)), schema, path };
      }
      return;
    }
    if (isSeq(node)) {
      const i = lastAtOrBefore(node.items, rel, item => nodeStart(item as Node | null, Infinity));
      if (i < 0) return;
      const item = node.items[i] as Node | null;
      const { schema } = childSchema(frame.schema, String(i));
      const path = [...frame.path, String(i + (frames.length === 2 && frame === frames[1] ? indexOffset : 0))];
      if (isMap(item) || isSeq(item)) {
        const [vs, ve] = item.range ?? [0, 0];
        if (item.flow && rel > ve) return;
        if (rel < vs) return;
        const child: Frame = { node: item, schema, path, column: blockColumn(text, base, item), flow: !!item.flow, base };
        frames.push(child);
        frame = child;
        continue;
      }
      if (isScalar(item) && item.range && rel >= item.range[0] && rel <= item.range[1]) {
        result.hit = { kind: 'value', node: item, start: base + item.range[0], end: base + item.range[1], path, schema, parent: frame };
      }
      return;
    }
    return;
  }
}

/** The innermost frame that is a container of `path` (or the last frame). */
export function frameOf(located: Located, path: readonly string[]): Frame | undefined {
  for (let i = located.frames.length - 1; i >= 0; i--) {
    const f = located.frames[i];
    if (f.path.length === path.length && f.path.every((s, j) => s === path[j])) return f;
  }
  return undefined;
}

/** Keys present in a map frame. */
export function presentKeys(frame: Frame): Set<string> {
  const keys = new Set<string>();
  if (!frame.node) return keys;
  if (isMap(frame.node)) for (const pair of frame.node.items) keys.add(keyName(pair));
  return keys;
}

/** The value of a sibling key in a map frame, as a string. */
export function siblingValue(frame: Frame, key: string): { value: string; node: Scalar } | undefined {
  if (!frame.node || !isMap(frame.node)) return undefined;
  for (const pair of frame.node.items) {
    if (keyName(pair) !== key) continue;
    const v = pair.value as Node | null;
    if (isScalar(v) && v.value !== null) return { value: String(v.value), node: v };
  }
  return undefined;
}

export { keyName as pairKeyName, pairStart };

/** Where completion is asked for, and what belongs there. */
export type CompletionSite =
  | {
    kind: 'key';
    /** schema of the collection that gets the key */
    schema: SchemaNode | undefined;
    path: string[];
    frame: Frame | undefined;
    present: Set<string>;
    /** column the key starts at (for multi-line inserts) */
    column: number;
    replace: [number, number];
    flow: boolean;
    /** a new list item: the "- " is already typed, or completion must add it */
    item: 'none' | 'dash-typed' | 'needs-dash';
    /** the key is already followed by ":" (only its name is replaced) */
    hasColon: boolean;
  }
  | {
    kind: 'value';
    schema: SchemaNode | undefined;
    field?: Field;
    path: string[];
    frame: Frame | undefined;
    replace: [number, number];
    flow: boolean;
    /** column of the key (or dash) that holds the value */
    keyColumn: number;
    /** values already in the enclosing list */
    present: Set<string>;
    /** the value must start a new list item: "- " is added */
    needsDash: boolean;
    node?: Scalar;
  }
  | { kind: 'placeholder'; path: string[]; replace: [number, number]; closed: boolean; frame: Frame | undefined }
  | { kind: 'none' };

const CONTAINER_KINDS = new Set(['object', 'text', 'map', 'params']);
const KEY_FORM = /^([ ]*)((?:-[ ]+)*)([\p{L}\p{N}_-]*)$/u;
const WORD_BEFORE = /[\p{L}\p{N}_./-]*$/u;

function seqItems(frame: Frame | undefined): Set<string> {
  const out = new Set<string>();
  if (frame?.node && isSeq(frame.node)) for (const item of frame.node.items) if (isScalar(item) && item.value !== null) out.add(String(item.value));
  return out;
}

/** The ids of a section cut into entries (each entry's piece holds only its own). */
function sectionIds(analysis: PolicyAnalysis, frame: Frame): Set<string> | undefined {
  if (frame.path.length !== 1 || frame.schema?.kind !== 'map') return undefined;
  const section = analysis.sections.find(s => s.key === frame.path[0]);
  if (!section?.split) return undefined;
  return new Set(section.pieces.map(p => p.parsed.id).filter((id): id is string => id !== undefined));
}

function topKeys(analysis: PolicyAnalysis): Set<string> {
  return new Set(analysis.sections.map(s => s.key).filter((k): k is string => k !== undefined));
}

export function completionSite(analysis: PolicyAnalysis, offset: number): CompletionSite {
  const text = analysis.text;
  const located = locate(analysis, offset);
  const { frames, hit } = located;
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  const keySite = (schema: SchemaNode | undefined, path: string[], frame: Frame | undefined, present: Set<string>, column: number, replace: [number, number], flow: boolean, item: 'none' | 'dash-typed' | 'needs-dash', hasColon = false): CompletionSite =>
    ({ kind: 'key', schema, path, frame, present, column, replace, flow, item, hasColon });

  if (hit?.kind === 'value') {
    const node = hit.node;
    const startsHere = hit.start >= lineStart;
    if (typeof node.value === 'string' && hit.schema?.kind === 'string') {
      const inside = text.slice(hit.start, offset);
      const m = /\{\{\s*([\p{L}\p{N}_.:-]*)$/u.exec(inside);
      if (m) {
        const closed = /^[\p{L}\p{N}_.:-]*\s*\}\}/u.test(text.slice(offset, offset + 64));
        const tail = /^[\p{L}\p{N}_.:-]*/u.exec(text.slice(offset))?.[0].length ?? 0;
        return { kind: 'placeholder', path: hit.path, replace: [offset - m[1].length, offset + tail], closed, frame: hit.parent };
      }
      if (hit.schema === TEXT_LANGUAGE) return { kind: 'none' };
    }
    const plainOrEmpty = node.type === 'PLAIN' || node.value === null;
    if (startsHere && plainOrEmpty && CONTAINER_KINDS.has(hit.schema?.kind ?? '')) {
      // "retention:\n    unt|" parses as a scalar value; the user is typing the first key of the object
      const column = columnOf(text, hit.start);
      return keySite(hit.schema, hit.path, undefined, new Set(), column, [hit.start, Math.max(hit.end, offset)], hit.parent.flow, 'none');
    }
    if (startsHere || !plainOrEmpty) {
      if (node.type !== 'PLAIN' && node.value !== null && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return { kind: 'none' };
      const inSeq = !!hit.parent.node && isSeq(hit.parent.node);
      // a list item "- |" whose items are objects: the first key of a new object
      if (inSeq && hit.schema?.kind === 'object' && plainOrEmpty) {
        return keySite(hit.schema, hit.path, undefined, new Set(), columnOf(text, hit.start), [hit.start, Math.max(hit.end, offset)], false, 'dash-typed');
      }
      const keyColumn = inSeq ? columnOf(text, hit.start) : hit.parent.flow ? columnOf(text, hit.start) : columnOf(text, hit.parent.node && isMap(hit.parent.node) ? findKeyStart(hit) : hit.start);
      const present = inSeq ? seqItems(hit.parent) : new Set<string>();
      if (node.value !== null) present.delete(String(node.value));
      const end = node.value === null ? offset : Math.max(hit.end, offset);
      const start = node.value === null ? offset - (WORD_BEFORE.exec(before)?.[0].length ?? 0) : hit.start;
      return { kind: 'value', schema: hit.schema, field: hit.field, path: hit.path, frame: hit.parent, replace: [start, end], flow: hit.parent.flow, keyColumn, present, needsDash: false, node };
    }
  }

  if (hit?.kind === 'key') {
    const frame = hit.parent;
    const hasColon = /^\s*:/.test(text.slice(hit.end, hit.end + 40));
    const present = frame === frames[0] ? topKeys(analysis) : sectionIds(analysis, frame) ?? presentKeys(frame);
    present.delete(hit.name);
    const parentPath = hit.path.slice(0, -1);
    if (frame.node && isMap(frame.node) && frame.schema?.kind === 'map' && !frame.flow) {
      // the id of a map entry
      return keySite(frame.schema, parentPath, frame, present, columnOf(text, hit.start), [hit.start, hit.end], false, 'none', hasColon);
    }
    const inItem = frames.length >= 2 && before.trimStart().startsWith('- ') && KEY_FORM.test(before);
    return keySite(frame.schema, parentPath, frame, present, columnOf(text, hit.start), [hit.start, Math.max(hit.end, offset)], frame.flow, inItem ? 'dash-typed' : 'none', hasColon);
  }

  const last = frames[frames.length - 1];
  const word = WORD_BEFORE.exec(before)?.[0] ?? '';
  // inside a flow collection: [a, |] or { a: 1, | }
  if (last.flow && last.node) {
    if (isSeq(last.node)) {
      const { schema } = childSchema(last.schema, '0');
      return { kind: 'value', schema, path: [...last.path, String(last.node.items.length)], frame: last, replace: [offset - word.length, offset], flow: true, keyColumn: columnOf(text, offset), present: seqItems(last), needsDash: false };
    }
    return keySite(last.schema, last.path, last, presentKeys(last), columnOf(text, offset), [offset - word.length, offset], true, 'none');
  }

  const keyForm = KEY_FORM.exec(before);
  if (keyForm) {
    const indent = keyForm[1].length;
    const dashes = keyForm[2];
    const partial = keyForm[3];
    const replace: [number, number] = [offset - partial.length, offset + (/^[\p{L}\p{N}_-]*/u.exec(text.slice(offset))?.[0].length ?? 0)];
    if (dashes) {
      const contentColumn = indent + dashes.length;
      const seqFrame = [...frames].reverse().find(f => !f.flow && f.node && isSeq(f.node) && f.column === indent);
      let items: SchemaNode | undefined;
      let path: string[];
      let frame: Frame | undefined;
      if (seqFrame) {
        items = childSchema(seqFrame.schema, '0').schema;
        path = [...seqFrame.path, String((seqFrame.node as YAMLSeq).items.length)];
        frame = seqFrame;
      } else if (last.open && last.open.column < indent && last.open.schema?.kind === 'array') {
        items = last.open.schema.items;
        path = [...last.open.path, '0'];
      } else return { kind: 'none' };
      if (items?.kind === 'object') return keySite(items, path, undefined, new Set(), contentColumn, replace, false, 'dash-typed');
      return { kind: 'value', schema: items, path, frame, replace, flow: false, keyColumn: indent, present: seqItems(frame), needsDash: false };
    }
    if (last.open && indent > last.open.column) {
      const open = last.open;
      if (open.schema?.kind === 'array') {
        const items = open.schema.items;
        if (items.kind === 'object') return keySite(items, [...open.path, '0'], undefined, new Set(), indent + 2, replace, false, 'needs-dash');
        return { kind: 'value', schema: items, path: [...open.path, '0'], frame: undefined, replace, flow: false, keyColumn: indent, present: new Set(), needsDash: true };
      }
      return keySite(open.schema, open.path, undefined, new Set(), indent, replace, false, 'none');
    }
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      if (f.flow || f.column !== indent) continue;
      if (f.node && isSeq(f.node)) {
        const items = childSchema(f.schema, '0').schema;
        const path = [...f.path, String(f.node.items.length)];
        if (items?.kind === 'object') return keySite(items, path, undefined, new Set(), indent + 2, replace, false, 'needs-dash');
        return { kind: 'value', schema: items, path, frame: f, replace, flow: false, keyColumn: indent, present: seqItems(f), needsDash: true };
      }
      const present = i === 0 ? topKeys(analysis) : sectionIds(analysis, f) ?? presentKeys(f);
      return keySite(f.schema, f.path, f, present, indent, replace, false, 'none');
    }
    if (indent === 0) return keySite(policySchema, [], frames[0], topKeys(analysis), 0, replace, false, 'none');
    return { kind: 'none' };
  }

  // "key:   |" with more spaces than the empty value's position
  if (last.open && last.open.keyStart >= lineStart && /:\s*[\p{L}\p{N}_./-]*$/u.test(before)) {
    const open = last.open;
    return { kind: 'value', schema: open.schema, path: open.path, frame: last, replace: [offset - word.length, offset], flow: false, keyColumn: open.column, present: new Set(), needsDash: false };
  }
  return { kind: 'none' };
}

function findKeyStart(hit: Extract<Hit, { kind: 'value' }>): number {
  const node = hit.parent.node;
  if (!node || !isMap(node)) return hit.start;
  for (const pair of node.items) if (pair.value === hit.node) return hit.parent.base + pairStart(pair);
  return hit.start;
}
