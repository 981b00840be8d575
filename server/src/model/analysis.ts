// Turns policy text into the typed model plus findings. Pieces (sections and collection entries,
// see split.ts) are parsed and validated on their own and memoised by their text, so after an edit
// only the pieces whose text changed are parsed again; everything that relates pieces to each other
// (ids, references, translations, required keys) is recomputed from the pieces' facts, which is cheap.
// Because a piece's result depends on its text alone, incremental and from-scratch analysis agree.
import { Document, parseDocument } from 'yaml';
import { resplit, splitPolicy, type Layout, type Piece, type SectionPiece } from './split';
import { defineValue, emptyFacts, Validator, type EntryFacts } from './validate';
import { clip, type Finding, type IdOccurrence, type TextOccurrence } from './finding';
import { policySchema, type Policy } from '../schema/policy';
import type { SchemaNode, Text } from '../schema/types';
import { closest } from '../util/suggest';
import { documentAnchor } from './locate';
import { nextGeneration } from './memo';
import { documentTree, type TreePair } from './tree';
import { parseFast } from './fastYaml';

/** How a piece's relative paths attach to the policy: whole sections carry their key, map entries their id, list items nothing. */
type PieceKind = 'section' | 'map-entry' | 'list-item' | 'preamble';

export interface ParsedPiece {
  kind: PieceKind;
  /** the yaml document of the piece, for position queries (completion, hover); parsed again on demand */
  readonly doc: Document;
  facts: EntryFacts;
  /** section: the section value; map-entry: { id, value }; list-item: the item value */
  value: unknown;
  id?: string;
  /** where the piece's yaml content starts and its value ends (relative to the piece), if it has content */
  range?: [number, number];
  /** section pieces: every key the piece holds with its value (one, unless the lines are broken or the key is quoted) */
  pairs?: [string, unknown][];
}

export interface PlacedPiece extends Piece {
  parsed: ParsedPiece;
}

export interface PlacedSection extends SectionPiece {
  field?: SchemaNode;
  /** the whole section, or its entries */
  pieces: PlacedPiece[];
  split: boolean;
}

export interface PolicyAnalysis {
  text: string;
  policy: Policy;
  layout: Layout;
  sections: PlacedSection[];
  preamble?: PlacedPiece;
  findings: Finding[];
  declared: IdOccurrence[];
  refs: IdOccurrence[];
  texts: TextOccurrence[];
  /** set when the text is over MAX_TEXT_LENGTH: the only finding is file-too-large, rules are not run */
  tooLarge?: boolean;
}

/**
 * Texts longer than this (8 Mi UTF-16 characters: 8–16 MB as UTF-8) are not analysed; they get
 * one file-too-large finding. A real policy is 10–100 KB; the 100,000-line benchmark is 4.5 Mi.
 */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;

/** How every piece is parsed (exported for the differential tests, which parse whole documents the same way). */
export const PARSE_OPTIONS = { uniqueKeys: false, keepSourceTokens: false, prettyErrors: false, strict: true, maxAliasCount: 0 } as const;

function yamlFindings(doc: Document, facts: EntryFacts) {
  for (const e of doc.errors) facts.findings.push({ code: 'yaml-syntax', start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), args: { detail: clip(e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')) } });
  for (const w of doc.warnings) facts.findings.push({ code: 'yaml-warning', start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1), args: { detail: clip(w.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')) } });
}

/**
 * Characters a reader cannot see: C0 controls and DEL (YAML forbids them; an error), unpaired
 * surrogates (a broken encoding; an error), and bidirectional controls and zero-width characters
 * (they make text read differently from what it says; a warning). A BOM at the very start is fine.
 */
const HIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HIDDEN_NAMES: Record<number, string> = {
  0x00: 'NUL', 0x7f: 'DEL', 0x200b: 'ZERO WIDTH SPACE', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};
const MAX_HIDDEN_FINDINGS = 50;

function hiddenCharacters(text: string, kind: PieceKind, facts: EntryFacts) {
  HIDDEN.lastIndex = 0;
  let count = 0;
  for (let m = HIDDEN.exec(text); m && count < MAX_HIDDEN_FINDINGS; m = HIDDEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c === 0xfeff && m.index === 0 && kind === 'preamble') continue; // the preamble starts the document
    const control = c < 0x20 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff);
    const name = HIDDEN_NAMES[c] ?? (c >= 0xd800 && c <= 0xdfff ? 'UNPAIRED SURROGATE' : 'CONTROL CHARACTER');
    facts.findings.push({ code: 'hidden-character', start: m.index, end: m.index + 1, args: { char: `U+${c.toString(16).toUpperCase().padStart(4, '0')}`, name, kind: control ? 'control' : 'invisible' }, ...(control ? { severity: 'error' as const } : {}) });
    count++;
  }
}

function keyRange(pair: TreePair): [number, number] {
  const k = pair.key;
  return k?.range ? [k.range[0], k.range[1]] : [0, 0];
}

/**
 * A piece's parse and validation. The yaml document, which position queries read, is kept only for
 * pieces yaml parsed or was asked for recently (see DOC_CACHE): the rest is parsed from the piece's
 * own text when asked for, so a big policy does not hold a syntax tree per entry.
 */
class Parsed implements ParsedPiece {
  facts: EntryFacts = emptyFacts();
  value: unknown = undefined;
  id?: string;
  range?: [number, number];
  pairs?: [string, unknown][];
  /** an entry that is not one item of the section's collection (e.g. a flow map with two ids) */
  irregular = false;
  /** @internal */ cachedDoc: Document | undefined;
  constructor(readonly kind: PieceKind, readonly sectionKey: string | undefined, readonly source: string) {}
  get doc(): Document {
    const doc = this.cachedDoc ?? parseDocument(this.source, PARSE_OPTIONS);
    keepDoc(this, doc);
    return doc;
  }
}

/** The pieces whose yaml documents are kept, oldest first; shared by all analyzers, so memory stays bounded. */
const DOC_CACHE_SIZE = 16;
const docCache = new Set<Parsed>();
function keepDoc(piece: Parsed, doc: Document) {
  piece.cachedDoc = doc;
  docCache.delete(piece);
  docCache.add(piece);
  if (docCache.size > DOC_CACHE_SIZE) {
    const oldest = docCache.values().next().value as Parsed;
    docCache.delete(oldest);
    oldest.cachedDoc = undefined;
  }
}

/**
 * A copy of a piece of the document that shares no memory with it. Strings cut from the document
 * (and the yaml scalars cut from those) would otherwise keep that whole version of the document
 * alive for as long as the piece is memoised: a long session would hold hundreds of old versions.
 */
function detach(slice: string): string {
  return slice.length < 16 ? slice : (' ' + slice).slice(1);
}

/**
 * Parses and validates one piece; the result depends on `text`, `kind` and `sectionKey` only.
 * Whatever the input, it does not throw: a failure becomes an analysis-failed finding on the piece.
 */
function parsePiece(kind: PieceKind, text: string, sectionKey: string | undefined): Parsed {
  try {
    return parsePieceUnguarded(kind, text, sectionKey);
  } catch (error) {
    const piece = new Parsed(kind, sectionKey, text);
    piece.irregular = kind === 'map-entry' || kind === 'list-item';
    piece.facts.findings.push({ code: 'analysis-failed', start: 0, end: Math.max(1, Math.min(text.length, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'))), args: { detail: String((error as Error)?.message ?? error).slice(0, 200) } });
    return piece;
  }
}

function parsePieceUnguarded(kind: PieceKind, text: string, sectionKey: string | undefined): Parsed {
  const piece = new Parsed(kind, sectionKey, text);
  const facts = piece.facts;
  // the fast parser reads the plain block YAML policies are written in; yaml reads the rest
  let contents = parseFast(text);
  if (contents === undefined) {
    const doc = parseDocument(text, PARSE_OPTIONS);
    keepDoc(piece, doc);
    yamlFindings(doc, facts);
    contents = documentTree(doc);
  }
  hiddenCharacters(text, kind, facts);
  const validator = new Validator(facts, text);
  if (contents?.range) piece.range = [contents.range[0], contents.range[1]];
  const field = fieldOf(sectionKey);
  if (contents === null) {
    if (kind !== 'preamble' && kind !== 'section') piece.irregular = true;
    if (kind !== 'preamble' && kind !== 'section') facts.findings.push({ code: 'missing-value', start: 0, end: Math.max(1, text.trimEnd().length) });
    return piece;
  }
  if (kind === 'section' || kind === 'preamble') {
    // the section's own top-level map; its key is validated as a field of the policy. (A section
    // holds one key unless its lines are broken, e.g. indented with a tab, or its key is quoted.)
    if (contents.kind !== 'map') {
      facts.findings.push({ code: 'invalid-key', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1 });
      return piece;
    }
    const pairs: [string, unknown][] = [];
    for (const pair of contents.items) {
      const range = keyRange(pair);
      const k = pair.key;
      if (k?.kind !== 'scalar' || k.value === null || typeof k.value === 'object') {
        facts.findings.push({ code: 'invalid-key', start: range[0], end: range[1] });
        continue;
      }
      const name = String(k.value);
      const f = fieldOf(name);
      if (!f) {
        facts.findings.push({ code: 'unknown-key', start: range[0], end: range[1], args: { key: clip(name), suggestion: closest(name, Object.keys(policySchema.fields)) ?? '' } });
        continue;
      }
      facts.spans.set(name, [range[0], range[1], pair.value?.range?.[0] ?? -1, pair.value?.range?.[1] ?? -1]);
      pairs.push([name, validator.value(pair.value, f.node, name, range)]);
    }
    piece.pairs = pairs;
    piece.value = (pairs.find(([name]) => name === sectionKey) ?? pairs[0])?.[1];
    return piece;
  }
  const schema = field?.node;
  if (kind === 'map-entry' && schema?.kind === 'map') {
    if (contents.kind !== 'map' || contents.items.length !== 1) piece.irregular = true;
    if (contents.kind !== 'map') {
      facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: 'map' } });
      return piece;
    }
    // validating a one-entry map records the id declaration and the entry's span under "<id>"
    const pair = contents.items[0] as TreePair | undefined;
    const range = pair ? keyRange(pair) : [0, 0] as [number, number];
    const value = validator.value(contents, schema, '', range) as Record<string, unknown> | undefined;
    const key = pair?.key;
    if (key?.kind === 'scalar' && key.value !== null && typeof key.value !== 'object') {
      piece.id = String(key.value);
      piece.value = value?.[piece.id];
    }
    return piece;
  }
  if (kind === 'list-item' && schema?.kind === 'array') {
    if (contents.kind !== 'seq' || contents.items.length !== 1) piece.irregular = true;
    if (contents.kind !== 'seq') {
      facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: 'list' } });
      return piece;
    }
    const item = contents.items[0] ?? null;
    const range: [number, number] = item?.range ? [item.range[0], item.range[1]] : [contents.range[0], contents.range[1]];
    // the same anchor the validator gives list items (see Validator, case 'array')
    facts.spans.set('', [range[0], item?.kind === 'map' || item?.kind === 'seq' ? range[0] : range[1], range[0], range[1]]);
    piece.value = validator.value(item, schema.items, '', range);
    return piece;
  }
  piece.irregular = true;
  facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: schema?.kind === 'array' ? 'list' : 'map' } });
  return piece;
}

/** A section with its pieces (built field by field: a spread of sections of varied shapes is slow). */
function placeSection(s: SectionPiece, field: SchemaNode | undefined, split: boolean, pieces: PlacedPiece[]): PlacedSection {
  const out: PlacedSection = { start: s.start, end: s.end, key: s.key, keyStart: s.keyStart, keyEnd: s.keyEnd, field, split, pieces };
  if (s.entries) out.entries = s.entries;
  if (s.documentMarker) out.documentMarker = true;
  if (s.bodyEnd !== undefined) out.bodyEnd = s.bodyEnd;
  return out;
}

/** The policy field of a top-level key (own properties only: "constructor" is not a field). */
function fieldOf(key: string | undefined) {
  return key !== undefined && Object.prototype.hasOwnProperty.call(policySchema.fields, key) ? policySchema.fields[key as keyof typeof policySchema.fields] : undefined;
}

/** A piece of the previous analysis, by its start offset. */
interface Previous {
  text: string;
  layout: Layout;
  /** every piece placed, in document order (so by start) */
  placed: PlacedPiece[];
}

/**
 * A section whose entries are not one item each (a flow map with several ids, a scalar where a
 * list belongs) is parsed whole, so it reads exactly as YAML reads it; above this size, and with
 * more than one entry, it stays cut (typing a half-written entry must not re-parse a huge section).
 */
const WHOLE_SECTION_LIMIT = 64 * 1024;

/** The piece that starts at `start`, by binary search (pieces are placed in document order). */
function pieceStartingAt(pieces: PlacedPiece[], start: number): PlacedPiece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = pieces[mid].start;
    if (s === start) {
      return pieces[mid];
    }
    if (s < start) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

/** Length of the common prefix of two strings, compared in blocks (string equality is a memcmp). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && (step === 1 ? a.charCodeAt(i) === b.charCodeAt(i) : a.slice(i, i + step) === b.slice(i, i + step))) i += step;
  }
  return i;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && (step === 1 ? a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i) : a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i))) i += step;
  }
  return i;
}

export class PolicyAnalyzer {
  /** memo of the last analysis: "kind\0section" → piece text → result; replaced each run so memory stays bounded */
  private memo = new Map<string, Map<string, Parsed>>();
  private previous: Previous | undefined;

  analyze(text: string): PolicyAnalysis {
    nextGeneration();
    if (text.length > MAX_TEXT_LENGTH) return this.tooLarge(text);
    const next = new Map<string, Map<string, Parsed>>();
    const prev = this.previous;
    // pieces wholly before the first changed character, or wholly after the last, are the same
    // text as before: they are reused by position, without hashing their text
    let prefix = 0;
    let suffixStart = text.length;
    let delta = 0;
    if (prev) {
      prefix = commonPrefix(prev.text, text);
      const suffix = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - prefix);
      suffixStart = text.length - suffix;
      delta = text.length - prev.text.length;
    }
    const placedPieces: PlacedPiece[] = [];
    const parse = (kind: PieceKind, piece: Piece, key: string | undefined): PlacedPiece => {
      const { start, end } = piece;
      let parsed: Parsed | undefined;
      if (prev && (end <= prefix || start >= suffixStart)) {
        const old = pieceStartingAt(prev.placed, end <= prefix ? start : start - delta)?.parsed as Parsed | undefined;
        if (old && old.kind === kind && old.sectionKey === key && old.source.length === end - start) parsed = old;
      }
      const group = `${kind}\0${key ?? ''}`;
      let bucket = next.get(group);
      if (!bucket) next.set(group, (bucket = new Map()));
      if (!parsed) {
        const slice = text.slice(start, end);
        parsed = bucket.get(slice) ?? this.memo.get(group)?.get(slice) ?? parsePiece(kind, detach(slice), key);
      }
      bucket.set(parsed.source, parsed);
      const placed = { start, end, parsed };
      placedPieces.push(placed);
      return placed;
    };
    const layout = prev ? resplit(prev.text, prev.layout, text, prefix, text.length - suffixStart) : splitPolicy(text);
    const preamble = layout.preamble ? parse('preamble', layout.preamble, undefined) : undefined;
    const sections: PlacedSection[] = layout.sections.map(section => {
      const field = fieldOf(section.key)?.node;
      const collection = field?.kind === 'map' || field?.kind === 'array';
      if (section.entries && collection && !section.documentMarker) {
        const kind: PieceKind = field.kind === 'map' ? 'map-entry' : 'list-item';
        const pieces = section.entries.map(e => parse(kind, e, section.key));
        const irregular = pieces.some(p => (p.parsed as Parsed).irregular);
        if (!irregular || (pieces.length > 1 && section.end - section.start > WHOLE_SECTION_LIMIT)) return placeSection(section, field, true, pieces);
        placedPieces.length -= pieces.length; // the section is placed whole instead, at its start: keep the list in order
      }
      return placeSection(section, field, false, section.documentMarker ? [] : [parse('section', section, section.key)]);
    });
    this.memo = next;
    this.previous = { text, layout, placed: placedPieces };
    return assemble(text, layout, sections, preamble);
  }

  private tooLarge(text: string): PolicyAnalysis {
    this.memo = new Map();
    this.previous = undefined;
    const firstLine = text.indexOf('\n');
    const findings: Finding[] = [{ code: 'file-too-large', start: 0, end: Math.max(1, Math.min(firstLine < 0 ? text.length : firstLine, 200)), args: { size: text.length, limit: MAX_TEXT_LENGTH } }];
    return { text, policy: {} as Policy, layout: { sections: [] }, sections: [], findings, declared: [], refs: [], texts: [], tooLarge: true };
  }
}

/** A piece's facts at absolute offsets and paths; kept while the piece stays at the same place. */
interface PlacedFacts {
  base: number;
  prefix: string;
  findings: Finding[];
  declared: IdOccurrence[];
  refs: IdOccurrence[];
  texts: TextOccurrence[];
  parsed: ParsedPiece;
  /** the piece's texts with their values (made on first use) */
  textValues?: TextValue[];
  /** the texts lacking a language, per language (made on first use) */
  missing?: Map<string, TextOccurrence[]>;
}

/** A bilingual text of the policy with its typed value. */
export interface TextValue {
  /** model path of the text, e.g. "clauses/3/text" */
  path: string;
  value: Text;
}

/** The facts of every piece as placed by the last assemble of an analysis, in document order. */
const placedOf = new WeakMap<PolicyAnalysis, PlacedFacts[]>();
const textsOf = new WeakMap<PolicyAnalysis, TextValue[]>();

/**
 * Every bilingual text of the policy with its value, in document order; per analysis. A piece keeps
 * its texts' objects for as long as it keeps its text and its place, so after a keystroke only the
 * pieces that changed or moved cost anything, and what a rule kept on a text object (rules/kit.ts
 * workOn) still holds.
 */
export function policyTextValues(analysis: PolicyAnalysis): TextValue[] {
  let out = textsOf.get(analysis);
  if (out) return out;
  out = [];
  for (const placed of placedOf.get(analysis) ?? []) {
    if (placed.texts.length === 0) continue;
    if (!placed.textValues) {
      const values = relativeTextValues(placed.parsed);
      placed.textValues = [];
      placed.texts.forEach((t, i) => {
        const value = values[i];
        if (value && typeof value === 'object') placed.textValues!.push({ path: t.path, value: value as Text });
      });
    }
    for (const t of placed.textValues) out.push(t);
  }
  textsOf.set(analysis, out);
  return out;
}

const relativeTexts = new WeakMap<ParsedPiece, unknown[]>();
/** The values of a piece's texts, found by walking its own typed value along each text's path. */
function relativeTextValues(piece: ParsedPiece): unknown[] {
  let values = relativeTexts.get(piece);
  if (values) return values;
  values = piece.facts.texts.map(t => {
    const segments = t.path === '' ? [] : t.path.split('/');
    let value: unknown;
    if (piece.kind === 'section' || piece.kind === 'preamble') value = piece.pairs?.find(([name]) => name === segments.shift())?.[1];
    else if (piece.kind === 'map-entry') value = segments.shift() === piece.id ? piece.value : undefined;
    else value = piece.value;
    for (const seg of segments) {
      if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, seg)) return undefined;
      value = (value as Record<string, unknown>)[seg];
    }
    return value;
  });
  relativeTexts.set(piece, values);
  return values;
}
const placedFacts = new WeakMap<ParsedPiece, PlacedFacts>();
const NONE: never[] = [];

function placeFacts(p: PlacedPiece, prefix: string): PlacedFacts {
  const base = p.start;
  const cached = placedFacts.get(p.parsed);
  if (cached && cached.base === base && cached.prefix === prefix) return cached;
  const facts = p.parsed.facts;
  const abs = (path: string | undefined) => (prefix === '' ? path : path ? `${prefix}/${path}` : prefix);
  const placed: PlacedFacts = {
    base, prefix, parsed: p.parsed,
    findings: facts.findings.length ? facts.findings.map(f => ({ ...f, start: f.start + base, end: f.end + base })) : NONE,
    declared: facts.declared.length ? facts.declared.map(d => ({ space: d.space, id: d.id, start: d.start + base, end: d.end + base, path: abs(d.path) })) : NONE,
    refs: facts.refs.length ? facts.refs.map(r => ({ space: r.space, id: r.id, start: r.start + base, end: r.end + base, path: abs(r.path) })) : NONE,
    texts: facts.texts.length ? facts.texts.map(t => ({ path: abs(t.path) ?? '', start: t.start + base, end: t.end + base, languages: t.languages })) : NONE,
  };
  placedFacts.set(p.parsed, placed);
  return placed;
}

function assemble(text: string, layout: Layout, sections: PlacedSection[], preamble: PlacedPiece | undefined): PolicyAnalysis {
  const findings: Finding[] = [];
  const declared: IdOccurrence[] = [];
  const refs: IdOccurrence[] = [];
  const texts: TextOccurrence[] = [];
  const policy: Record<string, unknown> = {};
  const placedList: PlacedFacts[] = [];
  const place = (p: PlacedPiece, prefix: string) => {
    const placed = placeFacts(p, prefix);
    placedList.push(placed);
    if (placed.findings.length) findings.push(...placed.findings);
    if (placed.declared.length) declared.push(...placed.declared);
    if (placed.refs.length) refs.push(...placed.refs);
    if (placed.texts.length) texts.push(...placed.texts);
  };
  const seenSections = new Map<string, PlacedSection>();
  /** every top-level key present (a quoted key, an indented first line or a broken line can hide one from the section headers) */
  const present = new Set<string>();
  if (preamble) {
    place(preamble, '');
    for (const [name, value] of preamble.parsed.pairs ?? []) {
      present.add(name);
      if (value !== undefined && !Object.prototype.hasOwnProperty.call(policy, name)) policy[name] = value;
    }
  }
  for (const section of sections) {
    if (section.documentMarker) {
      findings.push({ code: 'multiple-documents', start: section.keyStart, end: section.keyEnd });
      continue;
    }
    if (section.key !== undefined) {
      present.add(section.key);
      if (seenSections.has(section.key)) findings.push({ code: 'duplicate-key', start: section.keyStart, end: section.keyEnd, args: { key: clip(section.key) } });
      else seenSections.set(section.key, section);
    }
    if (!section.split) {
      const piece = section.pieces[0];
      place(piece, '');
      for (const [name, value] of piece.parsed.pairs ?? []) {
        present.add(name);
        if (value !== undefined && !Object.prototype.hasOwnProperty.call(policy, name)) policy[name] = value;
      }
      continue;
    }
    const key = section.key as string;
    if (section.field?.kind === 'map') {
      const value: Record<string, unknown> = {};
      for (const piece of section.pieces) {
        place(piece, key);
        const id = piece.parsed.id;
        if (id === undefined) continue;
        if (Object.prototype.hasOwnProperty.call(value, id)) {
          const d = piece.parsed.facts.declared.find(x => x.path === id);
          if (d) findings.push({ code: 'duplicate-id', start: d.start + piece.start, end: d.end + piece.start, args: { id: clip(id) } });
        } else if (piece.parsed.value !== undefined) defineValue(value, id, piece.parsed.value);
      }
      if (!Object.prototype.hasOwnProperty.call(policy, key)) policy[key] = value;
    } else {
      const items: unknown[] = [];
      section.pieces.forEach((piece, i) => {
        place(piece, `${key}/${i}`);
        if (piece.parsed.value !== undefined) items.push(piece.parsed.value);
      });
      if (!Object.prototype.hasOwnProperty.call(policy, key)) policy[key] = items;
    }
  }
  // a binary file would otherwise report every control character of every line
  let hidden = 0;
  let kept = 0;
  for (const f of findings) if (f.code !== 'hidden-character' || ++hidden <= MAX_HIDDEN_FINDINGS * 2) findings[kept++] = f;
  findings.length = kept;
  crossCheck(text, policy as Policy, seenSections, present, findings, declared, refs, placedList);
  const analysis: PolicyAnalysis = { text, policy: policy as Policy, layout, sections, preamble, findings, declared, refs, texts };
  placedOf.set(analysis, placedList);
  return analysis;
}

/**
 * "Did you mean" for an undefined reference, memoised per id space while its ids stay the same:
 * renaming an id used a thousand times must not cost a thousand edit-distance scans per keystroke.
 */
const suggestions = new Map<string, { ids: string[]; byId: Map<string, string> }>();
const MAX_SUGGESTED_REFS = 300;
function suggestId(spaceName: string, space: Map<string, IdOccurrence>, id: string): string {
  let memo = suggestions.get(spaceName);
  const same = memo && memo.ids.length === space.size && [...space.keys()].every((k, i) => k === memo!.ids[i]);
  if (!memo || !same || memo.byId.size > 10000) suggestions.set(spaceName, (memo = { ids: [...space.keys()], byId: new Map() }));
  let s = memo.byId.get(id);
  if (s === undefined) memo.byId.set(id, (s = closest(id, memo.ids) ?? ''));
  return s;
}

/** Checks that relate pieces: required top-level keys, ids and references, translations. */
function crossCheck(text: string, policy: Policy, sections: Map<string, PlacedSection>, present: Set<string>, findings: Finding[], declared: IdOccurrence[], refs: IdOccurrence[], placedList: PlacedFacts[]) {
  const anchor = documentAnchor(text, sections.values().next().value);
  for (const [name, field] of Object.entries(policySchema.fields)) {
    if (field.required && !present.has(name)) findings.push({ code: 'missing-required', ...anchor, args: { key: name } });
  }
  const ids = new Map<string, Map<string, IdOccurrence>>();
  for (const d of declared) {
    let space = ids.get(d.space);
    if (!space) ids.set(d.space, (space = new Map()));
    if (d.space === 'clauses' && space.has(d.id)) findings.push({ code: 'duplicate-id', start: d.start, end: d.end, args: { id: clip(d.id) } });
    else if (!space.has(d.id)) space.set(d.id, d);
  }
  const used = new Set<string>();
  const undefinedRefs: IdOccurrence[] = [];
  for (const r of refs) {
    const space = ids.get(r.space);
    if (space?.has(r.id)) {
      if (r.space === 'data') used.add(r.id);
      continue;
    }
    undefinedRefs.push(r);
  }
  // past a few hundred undefined references (a renamed or deleted section) suggestions are noise, and costly
  const suggest = undefinedRefs.length <= MAX_SUGGESTED_REFS;
  for (const r of undefinedRefs) {
    const space = ids.get(r.space);
    findings.push({ code: 'undefined-reference', start: r.start, end: r.end, args: { id: clip(r.id), space: r.space, suggestion: space && suggest ? suggestId(r.space, space, r.id) : '' } });
  }
  for (const d of ids.get('data')?.values() ?? []) {
    if (!used.has(d.id)) findings.push({ code: 'unused-data', start: d.start, end: d.end, args: { id: clip(d.id) } });
  }
  const required = (Array.isArray(policy.languages) ? policy.languages : ['kk', 'ru']).filter(l => l === 'kk' || l === 'ru');
  // per piece, the texts lacking each language are found once (a keystroke elsewhere costs a lookup)
  const languages = [...new Set(required)];
  for (const placed of placedList) {
    if (placed.texts.length === 0) continue;
    const missing = placed.missing ?? (placed.missing = new Map());
    for (const lang of languages) {
      let lacking = missing.get(lang);
      if (!lacking) missing.set(lang, (lacking = placed.texts.filter(t => !t.languages.includes(lang))));
      for (const t of lacking) findings.push({ code: 'missing-translation', start: t.start, end: t.end, args: { lang, path: t.path } });
    }
  }
}
