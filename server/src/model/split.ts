// Cuts a policy into independently parseable pieces: top-level sections, and the first-level
// entries of a section whose key stands alone on its line (`data:` followed by indented items).
// Each piece is parsed on its own, so an edit re-parses only the pieces whose text changed.

export interface Piece {
  start: number;
  end: number;
}

export interface SectionPiece extends Piece {
  /** the top-level key, if the first line has one */
  key?: string;
  keyStart: number;
  keyEnd: number;
  /** set when the section was cut into entries; the header line then holds only the key */
  entries?: Piece[];
  /** a `---` line after the first document */
  documentMarker?: boolean;
}

export interface Layout {
  /** comments and blank lines before the first section, or stray content */
  preamble?: Piece;
  sections: SectionPiece[];
}

const SIMPLE_KEY_LINE = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(?:#.*)?$/;
const KEY_START = /^([A-Za-z0-9_-]+)[ \t]*:(?:[ \t]|$)/;

function isTopLine(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // space, tab, '#', '-', CR, LF, and end of text never start a section
  return !(c !== c || c === 32 || c === 9 || c === 35 || c === 45 || c === 13 || c === 10) || text.startsWith('---', at);
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

export function splitPolicy(text: string): Layout {
  const sections: SectionPiece[] = [];
  let preambleEnd = -1;
  let sawDocumentStart = false;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let at = bom; at < text.length;) {
    const end = lineEnd(text, at);
    if (isTopLine(text, at)) {
      if (text.startsWith('---', at) && (sections.length === 0 && !sawDocumentStart)) {
        sawDocumentStart = true; // a leading document start marker is part of the preamble
      } else {
        if (sections.length === 0) preambleEnd = at;
        sections.push(header(text, at, end));
      }
    }
    at = end + 1;
  }
  for (let i = 0; i < sections.length; i++) {
    sections[i].end = i + 1 < sections.length ? sections[i + 1].start : text.length;
    cutEntries(text, sections[i]);
  }
  const firstStart = sections.length ? sections[0].start : text.length;
  if (preambleEnd < 0) preambleEnd = firstStart;
  return { preamble: preambleEnd > 0 ? { start: 0, end: preambleEnd } : undefined, sections };
}

function header(text: string, start: number, end: number): SectionPiece {
  const line = text.slice(start, end).replace(/\r$/, '');
  if (line.startsWith('---')) return { start, end, keyStart: start, keyEnd: start + 3, documentMarker: true };
  const m = KEY_START.exec(line);
  return m
    ? { start, end, key: m[1], keyStart: start, keyEnd: start + m[1].length }
    : { start, end, keyStart: start, keyEnd: end };
}

/** Splits the body of `key:` into entries at the indentation of its first content line. */
function cutEntries(text: string, section: SectionPiece) {
  const headerEnd = lineEnd(text, section.start);
  if (!SIMPLE_KEY_LINE.test(text.slice(section.start, headerEnd).replace(/\r$/, ''))) return;
  const bodyStart = Math.min(headerEnd + 1, section.end);
  const starts: number[] = [];
  let indent = -1;
  let sequence = false;
  for (let at = bodyStart; at < section.end;) {
    const end = Math.min(lineEnd(text, at), section.end);
    let i = at;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const content = i < end && c !== 35 && c !== 13 && c !== 9;
    if (content) {
      if (indent < 0) {
        indent = i - at;
        sequence = c === 45;
      }
      if (i - at === indent && (c === 45) === sequence) starts.push(at);
    }
    at = end + 1;
  }
  if (starts.length === 0) return;
  starts[0] = bodyStart; // comments before the first entry travel with it
  section.entries = starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : section.end }));
}
