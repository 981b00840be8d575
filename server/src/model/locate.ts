// Finds where a path of the typed model ("data/email/category", "transfers/0/to") sits in the source.
import type { PolicyAnalysis, PlacedPiece, PlacedSection } from './analysis';

export interface SourceSpan {
  /** the key that introduces the value (or the value itself for list items) */
  keyStart: number;
  keyEnd: number;
  /** the value, or -1 when the key has none */
  valueStart: number;
  valueEnd: number;
}

function fromPiece(piece: PlacedPiece, relPath: string): SourceSpan | undefined {
  const s = piece.parsed.facts.spans.get(relPath);
  if (!s) return undefined;
  const b = piece.start;
  return { keyStart: s[0] + b, keyEnd: s[1] + b, valueStart: s[2] < 0 ? -1 : s[2] + b, valueEnd: s[3] < 0 ? -1 : s[3] + b };
}

interface Index {
  sections: Map<string, PlacedSection>;
  entries: Map<PlacedSection, Map<string, PlacedPiece>>;
}
const indexes = new WeakMap<PolicyAnalysis, Index>();

function indexOf(analysis: PolicyAnalysis): Index {
  let index = indexes.get(analysis);
  if (!index) {
    index = { sections: new Map(), entries: new Map() };
    // an indented first line is content of the preamble: the document's root map
    const preamble = analysis.preamble;
    if (preamble?.parsed.pairs?.length) {
      const pseudo: PlacedSection = { start: preamble.start, end: preamble.end, keyStart: preamble.start, keyEnd: preamble.start, split: false, pieces: [preamble] };
      for (const [name] of preamble.parsed.pairs) if (!index.sections.has(name)) index.sections.set(name, pseudo);
    }
    for (const s of analysis.sections) {
      if (s.key !== undefined && !index.sections.has(s.key)) index.sections.set(s.key, s);
      // a quoted key ("derbes": 1) is not seen by the line splitter, but its piece knows it
      if (!s.split) for (const [name] of s.pieces[0]?.parsed.pairs ?? []) if (!index.sections.has(name)) index.sections.set(name, s);
    }
    indexes.set(analysis, index);
  }
  return index;
}

/** The first section with this top-level key (found in constant time; rules ask for it often). */
export function sectionOf(analysis: PolicyAnalysis, key: string): PlacedSection | undefined {
  return indexOf(analysis).sections.get(key);
}

/** The first entry of a section cut into map entries whose id is `id`. */
export function entryOf(analysis: PolicyAnalysis, section: PlacedSection, id: string): PlacedPiece | undefined {
  const index = indexOf(analysis);
  let byId = index.entries.get(section);
  if (!byId) {
    byId = new Map();
    // the entry whose value the policy uses: the first with a value, else the last (as the validator does)
    const withValue = new Set<string>();
    for (const p of section.pieces) {
      const id = p.parsed.id;
      if (id === undefined || withValue.has(id)) continue;
      byId.set(id, p);
      if (p.parsed.value !== undefined) withValue.add(id);
    }
    index.entries.set(section, byId);
  }
  return byId.get(id);
}

export function spanOf(analysis: PolicyAnalysis, path: string): SourceSpan | undefined {
  const segments = path.split('/');
  const section = sectionOf(analysis, segments[0]);
  if (!section) return undefined;
  if (segments.length === 1) {
    const whole = section.split ? undefined : fromPiece(section.pieces[0], path);
    if (whole) return whole;
    // a section cut into entries: its value runs from the first entry's content to the last one's end
    const first = section.pieces.find(p => p.parsed.range);
    let last: PlacedPiece | undefined;
    for (let i = section.pieces.length - 1; i >= 0 && !last; i--) if (section.pieces[i].parsed.range) last = section.pieces[i];
    return first && last
      ? { keyStart: section.keyStart, keyEnd: section.keyEnd, valueStart: first.start + first.parsed.range![0], valueEnd: last.start + last.parsed.range![1] }
      : { keyStart: section.keyStart, keyEnd: section.keyEnd, valueStart: -1, valueEnd: -1 };
  }
  if (!section.split) return section.pieces[0] ? fromPiece(section.pieces[0], path) : undefined;
  if (section.field?.kind === 'map') {
    const piece = entryOf(analysis, section, segments[1]);
    return piece && fromPiece(piece, segments.slice(1).join('/'));
  }
  const piece = section.pieces[Number(segments[1])];
  return piece && fromPiece(piece, segments.slice(2).join('/'));
}

/** The best range to underline for a path: its key, else the nearest ancestor that exists. */
export function anchorOf(analysis: PolicyAnalysis, path: string): { start: number; end: number } {
  for (let p = path; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    const s = spanOf(analysis, p);
    if (s) return { start: s.keyStart, end: Math.max(s.keyEnd, s.keyStart + 1) };
  }
  return documentAnchor(analysis.text, analysis.sections[0]);
}

/**
 * Where findings about the whole document go (a missing top-level key): the first key line,
 * not the comment header above it.
 */
export function documentAnchor(text: string, first: { keyStart: number; keyEnd: number } | undefined): { start: number; end: number } {
  if (first) return { start: first.keyStart, end: Math.max(first.keyEnd, first.keyStart + 1) };
  const firstLine = text.indexOf('\n');
  return { start: 0, end: Math.max(1, firstLine < 0 ? text.length : firstLine) };
}
