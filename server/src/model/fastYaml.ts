// A parser for the block YAML that policies are written in: maps, lists, plain (also over several
// lines), quoted and block scalars, one-line flow lists and maps, and comments. Every open reads every
// piece of the policy, and yaml's parseDocument (a token stream, a concrete syntax tree, a document of
// class instances, each scalar tried against the schema's tags) costs several times what this does.
//
// It gives up (returns undefined) wherever the text leaves that subset: tabs, a CR not before LF,
// control characters, anchors, aliases and tags, multi-line quoted scalars, rare escapes, flow
// collections over several lines, block scalar indicators other than |, |-, > and >-, directives,
// document markers, a comment placed where yaml would fold it into a node's range, and anything
// yaml would report as an error. The caller then parses the text with yaml. Where it does not give
// up, the tree is the one yaml gives (model/tree.ts fromYaml), ranges included:
// test/unit/fastYaml.test.ts and the fuzzer compare the two.
import type { Range, TreeMap, TreeNode, TreeScalar, TreeSeq } from './tree';

/** Characters and line starts this parser leaves to yaml. */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)|^(?:---|\.\.\.|%)/m;

/** Thrown inside the parser where the text leaves the subset; caught in parseFast. */
class GiveUp {}
const GIVE_UP = new GiveUp();
/** What this parser builds (no aliases, no other nodes). */
type FastNode = TreeScalar | TreeMap | TreeSeq;

function giveUp(): never {
  throw GIVE_UP;
}

/** The tree of `text`; null for a document of comments and blank lines; undefined where yaml must read it. */
export function parseFast(text: string): TreeNode | null | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new FastParser(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const SPACE = 32;
const NEWLINE = 10;
/** only ever before a NEWLINE (see UNSUPPORTED): lines end in LF or CRLF */
const CR = 13;
const HASH = 35;
const COLON = 58;

// YAML 1.2 core schema, in the order yaml tries its tags
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema. */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // only ~ n N t T f F . + - and digits start a null, a boolean or a number
  if (!(c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 46 || c === 43 || c === 45 || (c >= 48 && c <= 57))) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 116 || c === 84;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

function plain(source: string, range: Range): TreeScalar {
  const value = plainValue(source);
  return { kind: 'scalar', value, text: value === null ? undefined : source, range };
}

function str(value: string, range: Range): TreeScalar {
  return { kind: 'scalar', value, text: value, range };
}

/**
 * Lines of content ('' for a blank line; none at either end) folded as YAML folds plain and `>`
 * scalars: one line break between two lines becomes a space, k blank lines become k line breaks.
 */
function fold(lines: readonly string[]): string {
  let value = lines[0];
  let blanks = 0;
  for (let k = 1; k < lines.length; k++) {
    if (lines[k] === '') blanks++;
    else {
      value += (blanks ? '\n'.repeat(blanks) : ' ') + lines[k];
      blanks = 0;
    }
  }
  return value;
}

/** Characters that cannot start a plain scalar (c-indicator), besides "-", "?" and ":" before a space. */
const INDICATOR = new Set(Array.from('[]{},#&*!|>\'"%@`', c => c.charCodeAt(0)));
const FLOW_END = new Set(Array.from(',[]{}', c => c.charCodeAt(0)));
/** The escapes of double-quoted scalars read here; the others (\x41, \u0041, \N, a line break…) are left to yaml. */
const ESCAPES = new Map([['"', '"'], ['\\', '\\'], ['/', '/'], ['n', '\n'], ['t', '\t']]);
/** Collections nested deeper than this are left to yaml (the parser recurses; a policy nests a few levels). */
const MAX_DEPTH = 100;

class FastParser {
  private readonly length: number;
  /** the next content line after a gap (see `gap`): its first non-space character, or the text's end */
  private nextAt = 0;
  /** that line's indentation; -1 at the end of the text */
  private nextIndent = -1;
  /** the largest indentation of a comment line in the gap; -1 when it has none */
  private gapComment = -1;
  /** whether a collection that ended on this gap has taken its comments (see `keeps`) */
  private gapKept = false;
  /** block collections open */
  private depth = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): TreeNode | null {
    this.gap(0);
    if (this.nextIndent < 0) return null;
    const node = this.block(this.nextIndent);
    // content less indented than the first line: yaml reads an error there
    if (this.nextIndent >= 0) giveUp();
    return node;
  }

  /** Skips blank and comment lines from the line start `from` up to the next content line. */
  private gap(from: number) {
    const text = this.text;
    let comment = -1;
    let line = from;
    this.gapKept = false;
    while (line < this.length) {
      const i = this.skipSpaces(line);
      if (i >= this.length) break;
      const c = text.charCodeAt(i);
      if (c === NEWLINE || c === CR) {
        line = this.afterLine(i);
        continue;
      }
      if (c === HASH) {
        if (i - line > comment) comment = i - line;
        line = this.afterLine(i);
        continue;
      }
      this.nextAt = i;
      this.nextIndent = i - line;
      this.gapComment = comment;
      return;
    }
    this.nextAt = this.length;
    this.nextIndent = -1;
    this.gapComment = comment;
  }

  /**
   * Whether the collection at `indent`, ending on the current gap, takes the gap's comment lines
   * into its range. yaml gives them to the deepest ending collection (not at column 0) that a
   * comment is indented at least as far as; the ones outside see its end through their last value.
   */
  private keeps(indent: number): boolean {
    if (this.gapKept || indent === 0 || this.gapComment < indent) return false;
    this.gapKept = true;
    return true;
  }

  /** The offset after the line break that ends the line holding `at` (the text's end on the last line). */
  private afterLine(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.length : nl + 1;
  }

  private isBlankAt(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return at >= this.length || c === SPACE || c === NEWLINE || c === CR;
  }

  /** Whether a list item's "-" is at `at`. */
  private isDashAt(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && this.isBlankAt(at + 1);
  }

  /** A block collection whose first line starts at `nextAt`. */
  private block(indent: number): TreeMap | TreeSeq {
    return this.isDashAt(this.nextAt) ? this.seq(indent) : this.map(indent);
  }

  private map(indent: number): TreeMap {
    return { kind: 'map', ...this.entries(indent, () => {
      const keyAt = this.nextAt;
      const colon = this.keyEnd(keyAt);
      const key = plain(this.text.slice(keyAt, colon), [keyAt, colon, colon]);
      const value = this.value(colon + 1, indent, false);
      return [{ key, value }, value.range[2]];
    }) };
  }

  private seq(indent: number): TreeSeq {
    return { kind: 'seq', ...this.entries(indent, () => {
      const dash = this.nextAt;
      if (!this.isDashAt(dash)) giveUp();
      // yaml ends an empty item after the comment lines above it; that layout is left to yaml
      const item = this.value(dash + 1, indent, true, this.gapComment >= 0);
      return [item, item.range[2]];
    }) };
  }

  /**
   * The entries of the block collection at `indent` whose first starts at `nextAt`, and its range;
   * `entry` reads one entry and says where it ends.
   */
  private entries<T>(indent: number, entry: () => [T, number]): { items: T[]; range: Range } {
    if (++this.depth > MAX_DEPTH) giveUp();
    const start = this.nextAt;
    const items: T[] = [];
    for (;;) {
      const [item, end] = entry();
      items.push(item);
      if (this.nextIndent === indent) continue;
      if (this.nextIndent > indent) giveUp();
      this.depth--;
      return { items, range: [start, end, this.keeps(indent) ? this.nextAt : end] };
    }
  }

  /** Where the plain implicit key starting at `at` ends (its ":" follows at once). */
  private keyEnd(at: number): number {
    const text = this.text;
    if (!this.plainStart(at)) giveUp();
    for (let i = at + 1; i < this.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE || c === CR) break;
      if (c === COLON && this.isBlankAt(i + 1)) {
        // "key :" and keys over yaml's 1024-character limit are left to yaml
        if (text.charCodeAt(i - 1) === SPACE || i - at > 1000) giveUp();
        return i;
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
    }
    return giveUp();
  }

  /** Whether a plain scalar can start at `at` (YAML's ns-plain-first, in block context). */
  private plainStart(at: number): boolean {
    const c = this.text.charCodeAt(at);
    if (INDICATOR.has(c)) return false;
    if (c === 45 || c === 63 || c === COLON) return !this.isBlankAt(at + 1);
    return true;
  }

  /**
   * The value after a ":" or "-" at `from` - 1, in the collection at `indent`; afterwards `nextAt`
   * is the next content line. A list item may be a compact map ("- id: x").
   */
  private value(from: number, indent: number, inSeq: boolean, commentAbove = false): FastNode {
    const text = this.text;
    const i = this.skipSpaces(from);
    const c = i < this.length ? text.charCodeAt(i) : NEWLINE;
    if (c === NEWLINE || c === CR || c === HASH) return this.valueBelow(i, indent, inSeq, commentAbove);
    let node: FastNode;
    if (c === 124 || c === 62) node = this.blockScalar(i, indent); // | >
    else {
      if (c === 34 || c === 39) node = this.quotedInBlock(i);
      else if (c === 91 || c === 123) node = this.flowInBlock(i);
      else {
        if (!this.plainStart(i)) giveUp();
        const end = this.plainLineEnd(i);
        if (end < 0) {
          if (!inSeq) giveUp(); // "a: b: c"
          // a compact map: its keys are at the column of the first
          this.nextAt = i;
          this.nextIndent = indent + (i - from) + 1;
          return this.map(this.nextIndent);
        }
        node = this.plainScalar(i, end, indent);
      }
      this.gap(node.range[2]);
    }
    // a comment indented past the collection would join the value's range; a deeper line continues it
    if (this.gapComment > indent || this.nextIndent > indent) giveUp();
    return node;
  }

  /** Nothing after the indicator on its line (`at`: a line break, a comment or the end): a collection below, or an empty value. */
  private valueBelow(at: number, indent: number, inSeq: boolean, commentAbove: boolean): FastNode {
    const comment = at < this.length && this.text.charCodeAt(at) === HASH;
    const next = this.afterLine(at);
    this.gap(next);
    if (this.nextIndent > indent) {
      if (this.gapComment > this.nextIndent) giveUp();
      return this.block(this.nextIndent);
    }
    // where yaml ends an empty value with comment lines below depends on their layout: left to yaml
    if (this.gapComment >= 0 || commentAbove) giveUp();
    // a comment on the line joins the empty value's range: up to the next content in a list or
    // where the map ends here, else up to the indentation of the line after the comment
    const end = !comment ? at : !inSeq && this.nextIndent === indent ? this.skipSpaces(next) : this.nextAt;
    return { kind: 'scalar', value: null, text: undefined, range: [at, at, end] };
  }

  /**
   * A plain scalar starting at `at` whose first line ends at `end`, in the collection at `indent`:
   * lines below indented past the collection continue it, folded (a line break becomes a space, a
   * blank line a line break), until a comment or a line that is not indented past it.
   */
  private plainScalar(at: number, end: number, indent: number): TreeScalar {
    const text = this.text;
    const lines = [text.slice(at, end)];
    let last = end;
    /** blank lines since the last line of content */
    let blanks = 0;
    for (let line = this.afterLine(end); line < this.length && text.charCodeAt(this.skipSpaces(last)) !== HASH;) {
      const j = this.skipSpaces(line);
      const c = text.charCodeAt(j);
      if (j >= this.length || c === NEWLINE || c === CR) {
        blanks++;
        line = this.afterLine(j);
        continue;
      }
      if (j - line <= indent || c === HASH) break;
      // a line below that starts like an indicator, or holds ": ", is left to yaml
      if (!this.plainStart(j) || c === 45 || c === 63 || c === COLON) giveUp();
      const e = this.plainLineEnd(j);
      if (e < 0) giveUp();
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(text.slice(j, e));
      last = e;
      line = this.afterLine(e);
    }
    return plain(fold(lines), [at, last, this.afterLine(last)]);
  }

  /** The end of a one-line plain scalar starting at `at`; -1 if it holds ": " (a key). */
  private plainLineEnd(at: number): number {
    const text = this.text;
    let end = at + 1;
    for (let i = at + 1; i < this.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE || c === CR) break;
      if (c === SPACE) continue;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON && this.isBlankAt(i + 1)) return -1;
      end = i + 1;
    }
    return end;
  }

  /** After a closed value ending at `at`: only spaces and a comment may follow on the line. */
  private restOfLine(at: number): number {
    const i = this.skipSpaces(at);
    const c = this.text.charCodeAt(i);
    if (i < this.length && c !== NEWLINE && c !== CR && (c !== HASH || i === at)) giveUp();
    return this.afterLine(i);
  }

  /** The end of a one-line quoted scalar at `at` (after its closing quote) and its value. */
  private quoted(at: number): [number, string] {
    const text = this.text;
    const double = text.charCodeAt(at) === 34;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? this.length : nl;
    let value = '';
    let from = at + 1;
    for (let i = from; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (double && c === 92) {
        const escaped = ESCAPES.get(text[i + 1]);
        if (escaped === undefined) giveUp();
        value += text.slice(from, i) + escaped;
        from = ++i + 1;
      } else if (c === (double ? 34 : 39)) {
        value += text.slice(from, i);
        if (double || text.charCodeAt(i + 1) !== 39) return [i + 1, value];
        value += "'"; // '' in a single-quoted scalar
        from = ++i + 1;
      }
    }
    return giveUp(); // not closed on its line
  }

  private quotedInBlock(at: number): TreeScalar {
    const [end, value] = this.quoted(at);
    return str(value, [at, end, this.restOfLine(end)]);
  }

  private flowInBlock(at: number): TreeMap | TreeSeq {
    const isMap = this.text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const items: (FastNode | { key: FastNode; value: FastNode })[] = [];
    let i = this.skipSpaces(at + 1);
    if (this.text.charCodeAt(i) !== close) {
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(i, true);
          i = this.skipSpaces(key.range[2] + 1);
          const value = this.flowScalar(i, false);
          items.push({ key, value });
          i = value.range[2];
        } else {
          const item = this.flowScalar(i, false);
          items.push(item);
          i = item.range[2];
        }
        const c = this.text.charCodeAt(i);
        if (c === close) break;
        if (c !== 44) giveUp(); // ,
        i = this.skipSpaces(i + 1);
      }
    }
    const range: Range = [at, i + 1, this.restOfLine(i + 1)];
    return isMap ? { kind: 'map', items: items as TreeMap['items'], range } : { kind: 'seq', items: items as TreeNode[], range };
  }

  private skipSpaces(at: number): number {
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /**
   * A scalar in a one-line flow collection; its range ends after the spaces that follow it. A key
   * must be followed at once by ": " (its range then ends at the colon).
   */
  private flowScalar(at: number, isKey: boolean): TreeScalar {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === NEWLINE || c === CR || at >= this.length) giveUp(); // a flow collection over several lines
    let end: number;
    let node: TreeScalar;
    if (!isKey && (c === 34 || c === 39)) {
      const [close, value] = this.quoted(at);
      end = this.skipSpaces(close);
      node = str(value, [at, close, end]);
    } else {
      if (!this.plainStart(at) || FLOW_END.has(c)) giveUp();
      let last = at + 1;
      let i = at + 1;
      for (; i < this.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === NEWLINE || ch === CR) giveUp();
        if (ch === SPACE) continue;
        if (FLOW_END.has(ch) || ch === COLON || (ch === HASH && text.charCodeAt(i - 1) === SPACE)) break;
        last = i + 1;
      }
      end = isKey ? last : i;
      node = plain(text.slice(at, last), [at, last, end]);
    }
    const next = text.charCodeAt(end);
    if (isKey ? next !== COLON || text.charCodeAt(end + 1) !== SPACE : next !== 44 && !FLOW_END.has(next)) giveUp();
    return node;
  }

  /** A block scalar (| |- > >-) whose indicator is at `at`, in the collection at `indent`. */
  private blockScalar(at: number, indent: number): TreeScalar {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let i = at + 1;
    const strip = text.charCodeAt(i) === 45;
    if (strip) i++;
    if (text.charCodeAt(i) !== NEWLINE && text.charCodeAt(i) !== CR) giveUp();
    const lines: string[] = [];
    let contentIndent = -1;
    let end = this.afterLine(i);
    /** lines in `lines` after the last content line (blank ones) */
    let blanks = 0;
    for (let line = end; line < this.length;) {
      const j = this.skipSpaces(line);
      const nl = text.indexOf('\n', j);
      const lineEnd = nl < 0 ? this.length : text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      if (j === lineEnd) {
        // a blank line: leading ones and ones with spaces past the content need yaml's rules
        if (contentIndent < 0 || j - line > contentIndent) giveUp();
        lines.push('');
        blanks++;
      } else {
        if (contentIndent < 0) {
          if (j - line <= indent) giveUp();
          contentIndent = j - line;
        } else if (j - line < contentIndent) break;
        else if (folded && j - line > contentIndent) giveUp();
        lines.push(text.slice(line + contentIndent, lineEnd));
        blanks = 0;
        end = nl < 0 ? this.length : nl + 1;
      }
      line = nl < 0 ? this.length : nl + 1;
    }
    if (contentIndent < 0) giveUp();
    lines.length -= blanks;
    let value = folded ? fold(lines) : lines.join('\n');
    if (!strip) value += '\n';
    this.gap(end);
    return str(value, [at, end, end]);
  }
}
