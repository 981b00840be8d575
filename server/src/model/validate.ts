// Walks one YAML node against its schema node: collects findings, ids, references, texts and ranges,
// and returns the typed value. Never evaluates aliases, so alias bombs cost nothing.
import { clip, type Finding, type IdOccurrence, type TextOccurrence } from './finding';
import { checkFormat, ID } from './formats';
import { closest } from '../util/suggest';
import { taxonomy } from '../taxonomy/taxonomy';
import { DURATION_UNITS, type Duration, type DurationUnit, type SchemaNode, type Text } from '../schema/types';
import { findPlaceholders, placeholderProblem } from '../schema/placeholders';
import type { TreeNode, TreePair, TreeScalar } from './tree';

/** [key start, key end, value start, value end] relative to the entry; -1 where absent. */
export type Span = [number, number, number, number];

export interface EntryFacts {
  findings: Finding[];
  declared: IdOccurrence[];
  refs: IdOccurrence[];
  texts: TextOccurrence[];
  /** path (relative to the entry, "/"-joined) → span */
  spans: Map<string, Span>;
}

export function emptyFacts(): EntryFacts {
  return { findings: [], declared: [], refs: [], texts: [], spans: new Map() };
}

const DURATION = new RegExp(`^(\\d{1,4})\\s+(${DURATION_UNITS.map(u => u.replace(/s$/, '')).join('|')})s?$`);

function nodeRange(node: TreeNode | null | undefined, fallback: [number, number]): [number, number] {
  return node?.range ? [node.range[0], node.range[1]] : fallback;
}


const NOT_BLANK = /\S/;
const required = new WeakMap<SchemaNode, string[]>();
/** The required field names of an object schema (computed once per schema node). */
function requiredOf(schema: Extract<SchemaNode, { kind: 'object' }>): string[] {
  let names = required.get(schema);
  if (!names) required.set(schema, (names = Object.entries(schema.fields).filter(([, f]) => f.required).map(([name]) => name)));
  return names;
}

/** Sets a property even when it is named "__proto__" (keys and ids are user text). */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const join = (path: string, seg: string | number) => (path === '' ? String(seg) : `${path}/${seg}`);

export class Validator {
  /** `source` is the text of the piece being validated; node ranges are offsets into it */
  constructor(private readonly facts: EntryFacts, private readonly source: string) {}

  private report(code: string, range: [number, number], args?: Finding['args']) {
    // a message quotes the value: a megabyte-long value must not make a megabyte-long message
    if (args) for (const [k, v] of Object.entries(args)) if (typeof v === 'string') args[k] = clip(v);
    this.facts.findings.push({ code, start: range[0], end: range[1], args });
  }

  /** Validates `node` (the value at `path`; `keyRange` is the key that holds it). */
  value(node: TreeNode | null | undefined, schema: SchemaNode, path: string, keyRange: [number, number]): unknown {
    const range = nodeRange(node, keyRange);
    if (node === null || node === undefined || (node.kind === 'scalar' && node.value === null && schema.kind !== 'string')) {
      this.report('missing-value', keyRange);
      return undefined;
    }
    if (this.aliased(node)) return undefined;
    switch (schema.kind) {
      case 'object': {
        if (node.kind !== 'map') return this.typeError(range, 'object');
        const value: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const pair of node.items) {
          const key = this.key(pair);
          if (key === undefined) continue;
          if (seen.has(key.name)) this.report('duplicate-key', key.range, { key: key.name });
          const field = Object.prototype.hasOwnProperty.call(schema.fields, key.name) ? schema.fields[key.name] : undefined;
          if (!field) {
            const suggestion = closest(key.name, Object.keys(schema.fields));
            this.report('unknown-key', key.range, { key: key.name, suggestion: suggestion ?? '' });
            continue;
          }
          seen.add(key.name);
          const childPath = join(path, key.name);
          this.span(childPath, key.range, pair.value);
          const v = this.value(pair.value, field.node, childPath, key.range);
          if (v !== undefined) defineValue(value, key.name, v);
        }
        for (const name of requiredOf(schema)) {
          if (!seen.has(name)) this.report('missing-required', keyRange, { key: name });
        }
        return value;
      }
      case 'map': {
        if (node.kind !== 'map') return this.typeError(range, 'map');
        const value: Record<string, unknown> = {};
        for (const pair of node.items) {
          const key = this.key(pair);
          if (key === undefined) continue;
          if (Object.prototype.hasOwnProperty.call(value, key.name)) this.report('duplicate-id', key.range, { id: key.name });
          if (!ID.test(key.name)) this.report('invalid-id', key.range, { id: key.name });
          this.facts.declared.push({ space: schema.declares, id: key.name, start: key.range[0], end: key.range[1], path: join(path, key.name) });
          const childPath = join(path, key.name);
          // the path points at the entry whose value is used: the first with a value, else the last
          if (!Object.prototype.hasOwnProperty.call(value, key.name)) this.span(childPath, key.range, pair.value);
          const v = this.value(pair.value, schema.values, childPath, key.range);
          if (v !== undefined) defineValue(value, key.name, v);
        }
        return value;
      }
      case 'array': {
        if (node.kind !== 'seq') return this.typeError(range, 'list');
        const items: unknown[] = [];
        node.items.forEach((itemNode, i) => {
          const itemRange = nodeRange(itemNode, range);
          const childPath = join(path, i);
          // a list item has no key: a collection item is anchored at its start, a scalar item is its own key
          this.span(childPath, itemNode?.kind === 'map' || itemNode?.kind === 'seq' ? [itemRange[0], itemRange[0]] : itemRange, itemNode);
          const v = this.value(itemNode, schema.items, childPath, itemRange);
          if (v !== undefined) items.push(v);
        });
        return items;
      }
      case 'text':
        return this.text(node, path, range, keyRange);
      case 'params': {
        if (node.kind !== 'map') return this.typeError(range, 'map');
        const value: Record<string, unknown> = {};
        for (const pair of node.items) {
          const key = this.key(pair);
          if (key === undefined) continue;
          const child = pair.value;
          const childPath = join(path, key.name);
          this.span(childPath, key.range, child);
          if (this.aliased(child)) continue;
          if (child?.kind === 'map') defineValue(value, key.name, this.text(child, childPath, nodeRange(child, key.range), key.range));
          else if (child?.kind === 'scalar' && child.value !== null) defineValue(value, key.name, child.value);
          else this.report('invalid-type', nodeRange(child, key.range), { expected: 'scalar' });
        }
        return value;
      }
      default:
        return this.scalar(node, schema, path, range);
    }
  }

  private scalar(node: TreeNode, schema: SchemaNode, path: string, range: [number, number]): unknown {
    if (node.kind !== 'scalar') return this.typeError(range, schema.kind === 'boolean' ? 'boolean' : schema.kind === 'integer' ? 'integer' : 'scalar');
    switch (schema.kind) {
      case 'boolean':
        return typeof node.value === 'boolean' ? node.value : this.typeError(range, 'boolean');
      case 'integer': {
        const n = node.value;
        if (typeof n !== 'number' || !Number.isInteger(n)) return this.typeError(range, 'integer');
        if ((schema.min !== undefined && n < schema.min) || (schema.max !== undefined && n > schema.max)) {
          this.report('out-of-range', range, { min: schema.min ?? '', max: schema.max ?? '' });
          return undefined;
        }
        return n;
      }
      case 'duration': {
        const s = node.text ?? '';
        const m = DURATION.exec(s.trim());
        if (!m) {
          this.report('invalid-duration', range, { value: s });
          return undefined;
        }
        const unit = DURATION_UNITS.find(u => u.replace(/s$/, '') === m[2]) as DurationUnit;
        return { count: Number(m[1]), unit } satisfies Duration;
      }
      case 'enum': {
        const s = node.text;
        if (s === undefined || typeof node.value === 'boolean') return this.typeError(range, 'scalar');
        const tax = taxonomy(schema.taxonomy);
        if (!tax.byId.has(s)) {
          const suggestion = closest(s, tax.byId.keys()) ?? '';
          this.report('invalid-enum', range, { value: s, taxonomy: schema.taxonomy, suggestion });
          return undefined;
        }
        return s;
      }
      case 'ref': {
        const s = node.text;
        if (s === undefined) return this.typeError(range, 'scalar');
        this.facts.refs.push({ space: schema.to, id: s, start: range[0], end: range[1], path });
        return s;
      }
      case 'string': {
        const s = node.text;
        if (s === undefined || typeof node.value === 'boolean') return this.typeError(range, 'scalar');
        const problem = checkFormat(schema.format, s);
        if (problem) {
          this.report('invalid-format', range, { value: s, format: schema.format ?? '', problem });
          return undefined;
        }
        if (schema.declares) this.facts.declared.push({ space: schema.declares, id: s, start: range[0], end: range[1], path });
        return s;
      }
      default:
        return undefined;
    }
  }

  private text(node: TreeNode, path: string, range: [number, number], keyRange: [number, number]): Text | undefined {
    if (node.kind !== 'map') return this.typeError(range, 'text');
    const value: Text = {};
    for (const pair of node.items) {
      const key = this.key(pair);
      if (key === undefined) continue;
      if (Object.prototype.hasOwnProperty.call(value, key.name)) this.report('duplicate-key', key.range, { key: key.name });
      if (key.name !== 'kk' && key.name !== 'ru' && key.name !== 'en') {
        this.report('unknown-key', key.range, { key: key.name, suggestion: closest(key.name, ['kk', 'ru', 'en']) ?? '' });
        continue;
      }
      const child = pair.value;
      const childPath = join(path, key.name);
      this.span(childPath, key.range, child);
      if (this.aliased(child)) continue;
      if (child?.kind !== 'scalar' || typeof child.value !== 'string') {
        if (child?.kind === 'scalar' && child.value !== null && typeof child.value !== 'boolean') value[key.name] = String(child.value);
        else this.report('invalid-type', nodeRange(child, key.range), { expected: 'string' });
        continue;
      }
      if (!NOT_BLANK.test(child.value)) {
        this.report('empty-text', nodeRange(child, key.range), { lang: key.name });
        continue;
      }
      value[key.name] = child.value;
      this.placeholders(child, child.value, key.name);
    }
    // translation findings underline the key that holds the text, not the whole (long) text
    this.facts.texts.push({ path, start: keyRange[0], end: keyRange[1], languages: Object.keys(value) });
    return value;
  }

  /** Unknown {{placeholders}}, located in the source of the scalar (quoted or block alike). */
  private placeholders(node: TreeScalar, text: string, lang: string) {
    if (!text.includes('{{')) return;
    const [from, to] = node.range;
    const raw = this.source.slice(from, to);
    let searchFrom = 0;
    for (const p of findPlaceholders(text)) {
      const found = raw.indexOf(p.raw, searchFrom);
      if (found >= 0) searchFrom = found + p.raw.length;
      const problem = placeholderProblem(p, lang);
      if (!problem) continue;
      const at = from + Math.max(0, found);
      this.report(problem, [at, at + p.raw.length], { name: p.name, case: p.kase ?? '', lang });
    }
  }

  /** Anchors and aliases are refused wherever they appear. */
  private aliased(node: TreeNode | null): boolean {
    if (!node?.anchored) return false;
    this.report('yaml-alias', nodeRange(node, [0, 0]));
    return true;
  }

  private key(pair: TreePair): { name: string; range: [number, number] } | undefined {
    const k = pair.key;
    if (k?.kind !== 'scalar' || k.value === null || typeof k.value === 'object') {
      this.report('invalid-key', nodeRange(k, [0, 0]));
      return undefined;
    }
    return { name: String(k.value), range: nodeRange(k, [0, 0]) };
  }

  private span(path: string, keyRange: [number, number], value: TreeNode | null) {
    const v = value?.range;
    this.facts.spans.set(path, [keyRange[0], keyRange[1], v ? v[0] : -1, v ? v[1] : -1]);
  }

  private typeError(range: [number, number], expected: string): undefined {
    this.report('invalid-type', range, { expected });
    return undefined;
  }
}
