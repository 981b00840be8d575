// Finds where a path of the typed model ("data/email/category", "transfers/0/to") sits in the source.
import type { PolicyAnalysis, PlacedPiece } from './analysis';

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

export function spanOf(analysis: PolicyAnalysis, path: string): SourceSpan | undefined {
  const segments = path.split('/');
  const section = analysis.sections.find(s => s.key === segments[0]);
  if (!section) return undefined;
  if (segments.length === 1) {
    const whole = section.split ? undefined : fromPiece(section.pieces[0], path);
    return whole ?? { keyStart: section.keyStart, keyEnd: section.keyEnd, valueStart: -1, valueEnd: -1 };
  }
  if (!section.split) return section.pieces[0] ? fromPiece(section.pieces[0], path) : undefined;
  if (section.field?.kind === 'map') {
    const piece = section.pieces.find(p => p.parsed.id === segments[1]);
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
