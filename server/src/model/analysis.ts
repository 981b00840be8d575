// Turns policy text into the typed model plus findings. Pieces (sections and collection entries,
// see split.ts) are parsed and validated on their own and memoised by their text, so after an edit
// only the pieces whose text changed are parsed again; everything that relates pieces to each other
// (ids, references, translations, required keys) is recomputed from the pieces' facts, which is cheap.
// Because a piece's result depends on its text alone, incremental and from-scratch analysis agree.
import { Document, isMap, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { splitPolicy, type Layout, type Piece, type SectionPiece } from './split';
import { emptyFacts, Validator, type EntryFacts, type Span } from './validate';
import type { Finding, IdOccurrence, TextOccurrence } from './finding';
import { policySchema, type Policy } from '../schema/policy';
import type { SchemaNode } from '../schema/types';
import { closest } from '../util/suggest';
import { documentAnchor } from './locate';

/** How a piece's relative paths attach to the policy: whole sections carry their key, map entries their id, list items nothing. */
type PieceKind = 'section' | 'map-entry' | 'list-item' | 'preamble';

export interface ParsedPiece {
  kind: PieceKind;
  /** the yaml document of the piece, for position queries (completion, hover) */
  doc: Document;
  facts: EntryFacts;
  /** section: the section value; map-entry: { id, value }; list-item: the item value */
  value: unknown;
  id?: string;
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
}

const PARSE_OPTIONS = { uniqueKeys: false, keepSourceTokens: false, prettyErrors: false, strict: true, maxAliasCount: 0 } as const;

function yamlFindings(doc: Document, facts: EntryFacts) {
  for (const e of doc.errors) facts.findings.push({ code: 'yaml-syntax', start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), args: { detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') } });
  for (const w of doc.warnings) facts.findings.push({ code: 'yaml-warning', start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1), args: { detail: w.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') } });
}

function keyRange(pair: Pair): [number, number] {
  const k = pair.key as Node | null;
  return k?.range ? [k.range[0], k.range[1]] : [0, 0];
}

/** Parses and validates one piece; the result depends on `text` and `sectionKey` only. */
function parsePiece(kind: PieceKind, text: string, sectionKey: string | undefined): ParsedPiece {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const facts = emptyFacts();
  yamlFindings(doc, facts);
  const validator = new Validator(facts, text);
  const contents = doc.contents as Node | null;
  const field = sectionKey === undefined ? undefined : policySchema.fields[sectionKey as keyof typeof policySchema.fields];
  const piece: ParsedPiece = { kind, doc, facts, value: undefined };
  if (contents === null || kind === 'preamble') {
    if (kind !== 'preamble' && kind !== 'section') facts.findings.push({ code: 'missing-value', start: 0, end: Math.max(1, text.trimEnd().length) });
    return piece;
  }
  if (kind === 'section') {
    // the section's own top-level map; its one key is validated as a field of the policy
    if (!isMap(contents)) {
      facts.findings.push({ code: 'invalid-key', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1 });
      return piece;
    }
    for (const pair of contents.items) {
      const range = keyRange(pair);
      const name = String((pair.key as { value?: unknown } | null)?.value ?? '');
      const f = policySchema.fields[name as keyof typeof policySchema.fields];
      if (!f) {
        facts.findings.push({ code: 'unknown-key', start: range[0], end: range[1], args: { key: name, suggestion: closest(name, Object.keys(policySchema.fields)) ?? '' } });
        continue;
      }
      facts.spans.set(name, [range[0], range[1], (pair.value as Node | null)?.range?.[0] ?? -1, (pair.value as Node | null)?.range?.[1] ?? -1]);
      piece.value = validator.value(pair.value as Node | null, f.node, name, range);
    }
    return piece;
  }
  const schema = field?.node;
  if (kind === 'map-entry' && schema?.kind === 'map') {
    if (!isMap(contents)) {
      facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: 'map' } });
      return piece;
    }
    const pair = contents.items[0];
    const range = keyRange(pair);
    const id = String((pair.key as { value?: unknown } | null)?.value ?? '');
    // validating a one-entry map records the id declaration and the entry's span under "<id>"
    const value = validator.value(contents, schema, '', range) as Record<string, unknown> | undefined;
    piece.id = id;
    piece.value = value?.[id];
    return piece;
  }
  if (kind === 'list-item' && schema?.kind === 'array') {
    if (!isSeq(contents)) {
      facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: 'list' } });
      return piece;
    }
    const item = contents.items[0] as Node | null;
    const range: [number, number] = item?.range ? [item.range[0], item.range[1]] : [contents.range?.[0] ?? 0, contents.range?.[1] ?? 1];
    facts.spans.set('', [range[0], range[0], range[0], range[1]]);
    piece.value = validator.value(item, schema.items, '', range);
    return piece;
  }
  facts.findings.push({ code: 'invalid-type', start: contents.range?.[0] ?? 0, end: contents.range?.[1] ?? 1, args: { expected: schema?.kind === 'array' ? 'list' : 'map' } });
  return piece;
}

export class PolicyAnalyzer {
  /** memo of the last analysis: piece text → result; replaced each run so memory stays bounded */
  private memo = new Map<string, ParsedPiece>();

  analyze(text: string): PolicyAnalysis {
    const next = new Map<string, ParsedPiece>();
    const parse = (kind: PieceKind, piece: Piece, key: string | undefined): PlacedPiece => {
      const slice = text.slice(piece.start, piece.end);
      const memoKey = `${kind}\0${key ?? ''}\0${slice}`;
      let parsed = next.get(memoKey) ?? this.memo.get(memoKey);
      if (!parsed) parsed = parsePiece(kind, slice, key);
      next.set(memoKey, parsed);
      return { start: piece.start, end: piece.end, parsed };
    };
    const layout = splitPolicy(text);
    const preamble = layout.preamble ? parse('preamble', layout.preamble, undefined) : undefined;
    const sections: PlacedSection[] = layout.sections.map(section => {
      const field = section.key === undefined ? undefined : policySchema.fields[section.key as keyof typeof policySchema.fields]?.node;
      const collection = field?.kind === 'map' || field?.kind === 'array';
      if (section.entries && collection && !section.documentMarker) {
        const kind: PieceKind = field.kind === 'map' ? 'map-entry' : 'list-item';
        return { ...section, field, split: true, pieces: section.entries.map(e => parse(kind, e, section.key)) };
      }
      return { ...section, field, split: false, pieces: section.documentMarker ? [] : [parse('section', section, section.key)] };
    });
    this.memo = next;
    return assemble(text, layout, sections, preamble);
  }
}

function assemble(text: string, layout: Layout, sections: PlacedSection[], preamble: PlacedPiece | undefined): PolicyAnalysis {
  const findings: Finding[] = [];
  const declared: IdOccurrence[] = [];
  const refs: IdOccurrence[] = [];
  const texts: TextOccurrence[] = [];
  const policy: Record<string, unknown> = {};
  const place = (p: PlacedPiece, prefix: string) => {
    const base = p.start;
    const abs = (path: string | undefined) => (prefix === '' ? path : path ? `${prefix}/${path}` : prefix);
    for (const f of p.parsed.facts.findings) findings.push({ ...f, start: f.start + base, end: f.end + base });
    for (const d of p.parsed.facts.declared) declared.push({ ...d, start: d.start + base, end: d.end + base, path: abs(d.path) });
    for (const r of p.parsed.facts.refs) refs.push({ ...r, start: r.start + base, end: r.end + base, path: abs(r.path) });
    for (const t of p.parsed.facts.texts) texts.push({ ...t, start: t.start + base, end: t.end + base, path: abs(t.path) ?? '' });
  };
  if (preamble) place(preamble, '');
  const seenSections = new Map<string, PlacedSection>();
  for (const section of sections) {
    if (section.documentMarker) {
      findings.push({ code: 'multiple-documents', start: section.keyStart, end: section.keyEnd });
      continue;
    }
    if (section.key !== undefined) {
      if (seenSections.has(section.key)) findings.push({ code: 'duplicate-key', start: section.keyStart, end: section.keyEnd, args: { key: section.key } });
      else seenSections.set(section.key, section);
    }
    if (!section.split) {
      const piece = section.pieces[0];
      place(piece, '');
      if (section.key !== undefined && piece.parsed.value !== undefined && !(section.key in policy)) policy[section.key] = piece.parsed.value;
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
          if (d) findings.push({ code: 'duplicate-id', start: d.start + piece.start, end: d.end + piece.start, args: { id } });
        } else if (piece.parsed.value !== undefined) value[id] = piece.parsed.value;
      }
      if (!(key in policy)) policy[key] = value;
    } else {
      const items: unknown[] = [];
      section.pieces.forEach((piece, i) => {
        place(piece, `${key}/${i}`);
        if (piece.parsed.value !== undefined) items.push(piece.parsed.value);
      });
      if (!(key in policy)) policy[key] = items;
    }
  }
  crossCheck(text, policy as Policy, seenSections, findings, declared, refs, texts);
  return { text, policy: policy as Policy, layout, sections, preamble, findings, declared, refs, texts };
}

/** Checks that relate pieces: required top-level keys, ids and references, translations. */
function crossCheck(text: string, policy: Policy, sections: Map<string, PlacedSection>, findings: Finding[], declared: IdOccurrence[], refs: IdOccurrence[], texts: TextOccurrence[]) {
  const anchor = documentAnchor(text, sections.values().next().value);
  for (const [name, field] of Object.entries(policySchema.fields)) {
    if (field.required && !sections.has(name)) findings.push({ code: 'missing-required', ...anchor, args: { key: name } });
  }
  const ids = new Map<string, Map<string, IdOccurrence>>();
  for (const d of declared) {
    let space = ids.get(d.space);
    if (!space) ids.set(d.space, (space = new Map()));
    if (d.space === 'clauses' && space.has(d.id)) findings.push({ code: 'duplicate-id', start: d.start, end: d.end, args: { id: d.id } });
    else if (!space.has(d.id)) space.set(d.id, d);
  }
  const used = new Set<string>();
  for (const r of refs) {
    const space = ids.get(r.space);
    if (space?.has(r.id)) {
      if (r.space === 'data') used.add(r.id);
      continue;
    }
    findings.push({ code: 'undefined-reference', start: r.start, end: r.end, args: { id: r.id, space: r.space, suggestion: space ? closest(r.id, space.keys()) ?? '' : '' } });
  }
  for (const d of ids.get('data')?.values() ?? []) {
    if (!used.has(d.id)) findings.push({ code: 'unused-data', start: d.start, end: d.end, args: { id: d.id } });
  }
  const required = (policy.languages ?? ['kk', 'ru']).filter(l => l === 'kk' || l === 'ru');
  for (const t of texts) {
    for (const lang of required) {
      if (!t.languages.includes(lang)) findings.push({ code: 'missing-translation', start: t.start, end: t.end, args: { lang, path: t.path } });
    }
  }
}
