// Cuts a policy into independently parseable pieces: top-level sections, and the first-level
// entries of a section whose key stands alone on its line (`data:` followed by indented items).
// Each piece is parsed on its own, so an edit re-parses only the pieces whose text changed.
// After an edit, `resplit` re-cuts only the sections (and, inside a long section, the entries)
// around the changed text; the result is the same as `splitPolicy` of the new text.
//
// Lines end at "\n" or "\r\n", as for the yaml parser.
//
// Where the yaml library is more lenient than the YAML spec, the cut follows the spec: a quoted
// scalar or flow collection left open in one entry ends with the entry (yaml would read on across
// the less indented entries below), and a BOM that starts a line after the first is read as if it
// started the piece. test/fuzz-harness.ts (differential) lists these as the accepted differences.

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
  /** where the first content line of the body (which fixes the entries' indentation) ends */
  bodyEnd?: number;
}

export interface Layout {
  /** comments, blank lines and directives before the first section, or stray content */
  preamble?: Piece;
  sections: SectionPiece[];
}

const SIMPLE_KEY_LINE = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(?:#.*)?$/;
const KEY_START = /^([A-Za-z0-9_-]+)[ \t]*:(?:[ \t]|$)/;

/** A ":" that starts a line (followed by a space, a tab or the line end) continues a "? key" above it. */
function isValueIndicator(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 58) return false;
  const n = text.charCodeAt(at + 1);
  return n !== n || n === 32 || n === 9 || n === 10 || n === 13;
}

function isTopLine(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // space, tab, '#', '-', CR, LF, and end of text never start a section; nor do ']', '}' and ','
  // (they close or continue a flow collection opened above, e.g. a whole document written as {…})
  if (c !== c || c === 32 || c === 9 || c === 35 || c === 13 || c === 10 || c === 93 || c === 125 || c === 44) return false;
  if (c === 45) return text.startsWith('---', at);
  return !isValueIndicator(text, at);
}

/**
 * Line ends: "\n" or "\r\n". (A lone "\r" does not end a line for the yaml parser, so it does not
 * end one here either: the cut must agree with how each piece is parsed.)
 */
class Lines {
  constructor(private readonly text: string) {}
  /** the end of the line starting at `at`: the offset of its line break, or the text's end */
  end(at: number): number {
    const nl = this.text.indexOf('\n', at);
    if (nl < 0) return this.text.length;
    return nl > at && this.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }
  /** the start of the line after the line end `end` */
  next(end: number): number {
    return this.text.charCodeAt(end) === 13 && this.text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

export function splitPolicy(text: string): Layout {
  const lines = new Lines(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sections = scanSections(text, lines, bom, text.length, false);
  const firstStart = sections.length ? sections[0].start : text.length;
  for (let i = 0; i < sections.length; i++) cutEntries(text, lines, sections[i]);
  return { preamble: firstStart > 0 ? { start: 0, end: firstStart } : undefined, sections };
}

/**
 * The sections whose first lines lie in [from, to); the last one ends at `to`. `after` tells that
 * sections come before `from` (so a `---` line is a second document, not the document start).
 */
function scanSections(text: string, lines: Lines, from: number, to: number, after: boolean): SectionPiece[] {
  const sections: SectionPiece[] = [];
  let preamble = !after;
  for (let at = from; at < to;) {
    const end = lines.end(at);
    if (isTopLine(text, at)) {
      const c = text.charCodeAt(at);
      if (preamble && (c === 37 || text.startsWith('---', at))) {
        // directives and a leading document start marker are part of the preamble
        if (c !== 37) preamble = false;
      } else {
        preamble = false;
        sections.push(header(text, at, end));
      }
    }
    at = lines.next(end);
  }
  for (let i = 0; i < sections.length; i++) sections[i].end = i + 1 < sections.length ? sections[i + 1].start : to;
  return sections;
}

function header(text: string, start: number, end: number): SectionPiece {
  const line = text.slice(start, end);
  if (line.startsWith('---')) return { start, end, keyStart: start, keyEnd: start + 3, documentMarker: true };
  const m = KEY_START.exec(line);
  return m
    ? { start, end, key: m[1], keyStart: start, keyEnd: start + m[1].length }
    : { start, end, keyStart: start, keyEnd: end };
}

interface EntryShape {
  indent: number;
  sequence: boolean;
}

/** Whether the line at `at` starts an entry of a body cut at `shape`. */
function entryStart(text: string, at: number, end: number, shape: EntryShape): boolean {
  let i = at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i >= end) return false;
  // a ":" line less indented than the entries is, for YAML, a pair of an outer map (with an empty
  // key): it must not sit inside an entry. It becomes an entry of its own; that entry is not a
  // proper one, so the section is then parsed whole (see WHOLE_SECTION_LIMIT in analysis.ts).
  if (i - at < shape.indent) return isValueIndicator(text, i);
  if (i - at !== shape.indent) return false;
  const c = text.charCodeAt(i);
  return c !== 35 && c !== 9 && (c === 45) === shape.sequence && !isValueIndicator(text, i);
}

/** The indentation and kind (list or map) of the first content line of a section's body. */
function shapeOf(text: string, lines: Lines, section: SectionPiece): (EntryShape & { first: number; firstEnd: number; bodyStart: number }) | undefined {
  const headerEnd = lines.end(section.start);
  if (!SIMPLE_KEY_LINE.test(text.slice(section.start, headerEnd))) return undefined;
  const bodyStart = Math.min(lines.next(headerEnd), section.end);
  for (let at = bodyStart; at < section.end;) {
    const end = Math.min(lines.end(at), section.end);
    let i = at;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i < end && c !== 35 && c !== 9) {
      if (isValueIndicator(text, i)) return undefined; // a body that starts with ":" is not a list of entries
      return { indent: i - at, sequence: c === 45, first: at, firstEnd: end, bodyStart };
    }
    at = lines.next(end);
  }
  return undefined;
}

/** Splits the body of `key:` into entries at the indentation of its first content line. */
function cutEntries(text: string, lines: Lines, section: SectionPiece) {
  const shape = shapeOf(text, lines, section);
  if (!shape) return;
  const starts = entryStarts(text, lines, shape.first, section.end, shape);
  starts[0] = shape.bodyStart; // comments before the first entry travel with it
  section.bodyEnd = shape.firstEnd;
  section.entries = starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : section.end }));
}

function entryStarts(text: string, lines: Lines, from: number, to: number, shape: EntryShape): number[] {
  const starts: number[] = [];
  for (let at = from; at < to;) {
    const end = Math.min(lines.end(at), to);
    if (entryStart(text, at, end, shape)) starts.push(at);
    at = lines.next(end);
  }
  return starts;
}

const shift = (p: Piece, d: number): Piece => ({ start: p.start + d, end: p.end + d });

function shiftSection(s: SectionPiece, d: number): SectionPiece {
  const out: SectionPiece = { ...s, start: s.start + d, end: s.end + d, keyStart: s.keyStart + d, keyEnd: s.keyEnd + d };
  if (s.entries) out.entries = s.entries.map(e => shift(e, d));
  if (s.bodyEnd !== undefined) out.bodyEnd = s.bodyEnd + d;
  return out;
}

/** The index of the last piece starting at or before `offset` (pieces sorted by start), or -1. */
function pieceAt(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/**
 * The layout of `text`, given the layout of the previous text and that the two share their first
 * `prefix` and their last `suffix` characters. Equal to splitPolicy(text); cheaper when the change is
 * small, because only the sections (and entries) around it are cut again.
 */
export function resplit(prevText: string, prev: Layout, text: string, prefix: number, suffix: number): Layout {
  const delta = text.length - prevText.length;
  const sections = prev.sections;
  // the changed span in the old text, widened by one character on the left: deleting the line
  // break before a line joins it to the line above
  const lo = Math.max(0, prefix - 1);
  const hi = prevText.length - suffix;
  const a = pieceAt(sections, lo);
  let b = pieceAt(sections, hi);
  // the first section, the preamble and the BOM decide things for the whole text: start over
  if (a < 1 || b < a || (prevText.charCodeAt(0) === 0xfeff) !== (text.charCodeAt(0) === 0xfeff)) return splitPolicy(text);
  // the section whose first line holds the change end may now start elsewhere: cut it again too
  if (b + 1 < sections.length && sections[b + 1].start <= hi) b++;
  const lines = new Lines(text);
  const from = sections[a].start;
  const to = sections[b].end + delta;
  if (!isTopLine(text, from)) return splitPolicy(text);
  const middle = scanSections(text, lines, from, to, true);
  if (middle.length === 0 || middle[0].start !== from) return splitPolicy(text);
  const out: SectionPiece[] = sections.slice(0, a);
  for (const s of middle) {
    const old = middle.length === 1 && a === b ? sections[a] : undefined;
    if (!(old && recutEntries(prevText, text, lines, old, s, prefix, hi, delta))) cutEntries(text, lines, s);
    out.push(s);
  }
  for (let i = b + 1; i < sections.length; i++) out.push(shiftSection(sections[i], delta));
  return { preamble: prev.preamble, sections: out };
}

/**
 * Re-cuts only the entries around the change inside one long section, when the section keeps its
 * header and its first content line (which fix the entries' indentation). Returns false if it can't.
 */
function recutEntries(prevText: string, text: string, lines: Lines, old: SectionPiece, s: SectionPiece, prefix: number, hi: number, delta: number): boolean {
  const entries = old.entries;
  if (!entries || entries.length < 4 || old.bodyEnd === undefined || old.key !== s.key || old.start !== s.start) return false;
  // the header and the first content line must lie wholly before the change
  if (old.bodyEnd >= prefix - 1) return false;
  const shape = shapeOf(text, lines, s);
  if (!shape || shape.firstEnd !== old.bodyEnd) return false;
  const lo = Math.max(0, prefix - 1);
  const ea = pieceAt(entries, lo);
  let eb = pieceAt(entries, hi);
  if (eb + 1 < entries.length && entries[eb + 1].start <= hi) eb++;
  // start at the entry before the changed one: its first line is unchanged, so it still starts an entry
  const r = ea - 1;
  if (r < 1) return false;
  const from = entries[r].start;
  const to = entries[eb].end + delta;
  const starts = entryStarts(text, lines, from, to, shape);
  if (starts[0] !== from) return false;
  const next: Piece[] = entries.slice(0, r);
  for (let i = 0; i < starts.length; i++) next.push({ start: starts[i], end: i + 1 < starts.length ? starts[i + 1] : to });
  for (let i = eb + 1; i < entries.length; i++) next.push(shift(entries[i], delta));
  next[next.length - 1].end = s.end;
  s.entries = next;
  s.bodyEnd = shape.firstEnd;
  void prevText;
  return true;
}
