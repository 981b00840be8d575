// Document formatting: normalises indentation, spacing and quoting, and optionally puts the
// top-level sections in the schema's order. Each piece of the policy (a section or an entry) is
// re-printed on its own by the `yaml` library; block texts (| and >) keep their lines exactly, only
// moved to the new indentation. A piece is replaced only when its re-printed text reads back to the
// same typed value, the same YAML data and the same comments; otherwise it is left as written. So
// formatting never loses a comment or changes a value.
import { CST, isScalar, Lexer, parseDocument, Scalar, visit, type Document } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyAnalyzer, type PlacedPiece, type PolicyAnalysis } from '../model/analysis';
import { policySchema } from '../schema/policy';
import type { LanguageService } from './languageService';

export interface FormatOptions {
  /** spaces per level (YAML has no tabs); 2 by default */
  tabSize?: number;
  /** put the top-level sections in the schema's canonical order */
  orderSections?: boolean;
}

const PARSE = { uniqueKeys: false, strict: true, prettyErrors: false } as const;

export function getFormattingEdits(service: LanguageService, document: TextDocument, options: FormatOptions = {}): TextEdit[] {
  const { analysis } = service.analyze(document);
  const formatted = formatPolicy(analysis, options);
  if (formatted === analysis.text) return [];
  return minimalEdits(document, analysis.text, formatted);
}

/** One edit covering the lines that differ (common leading and trailing lines are kept). */
function minimalEdits(document: TextDocument, before: string, after: string): TextEdit[] {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) { endBefore--; endAfter--; }
  // whole lines, so the edit is easy to read in a diff
  start = before.lastIndexOf('\n', start - 1) + 1;
  return [{ range: { start: document.positionAt(start), end: document.positionAt(endBefore) }, newText: after.slice(start, endAfter) }];
}

/** The formatted text of a policy (the same text when nothing changes). */
export function formatPolicy(analysis: PolicyAnalysis, options: FormatOptions = {}): string {
  const text = analysis.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = Math.min(8, Math.max(2, options.tabSize ?? 2));
  const blocks: { key?: string; text: string }[] = [];
  const preambleEnd = analysis.sections[0]?.start ?? text.length;
  const preamble = text.slice(0, preambleEnd);
  for (const section of analysis.sections) {
    if (section.documentMarker || !section.pieces.length) {
      blocks.push({ key: section.key, text: text.slice(section.start, section.end) });
      continue;
    }
    let out = text.slice(section.start, section.pieces[0].start); // a split section's header line
    for (const piece of section.pieces) out += formatPiece(piece, text, indent, section.split ? indent : 0);
    blocks.push({ key: section.key, text: out });
  }
  if (options.orderSections) orderBlocks(blocks);
  let result = preamble;
  for (const block of blocks) {
    if (result.length && !result.endsWith('\n')) result += '\n';
    result += block.text;
  }
  if (eol === '\r\n') result = result.replace(/\r?\n/g, '\r\n');
  return result;
}

/** Moves comment lines that sit right above a section into that section's block, then sorts the blocks. */
function orderBlocks(blocks: { key?: string; text: string }[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1].text;
    const lines = prev.split('\n');
    // trailing comment lines (at column 0) of the previous block belong to this one
    let cut = lines.length;
    if (lines[cut - 1] === '') cut--;
    let j = cut;
    while (j > 0 && /^#/.test(lines[j - 1])) j--;
    if (j < cut) {
      blocks[i - 1].text = lines.slice(0, j).join('\n') + '\n' + (lines.length > cut ? '' : '');
      blocks[i].text = lines.slice(j, cut).join('\n') + '\n' + blocks[i].text;
    }
  }
  const order = Object.keys(policySchema.fields);
  const rank = (key: string | undefined) => {
    const r = key === undefined ? -1 : order.indexOf(key);
    return r < 0 ? order.length : r;
  };
  const sorted = blocks.map((b, i) => ({ b, i })).sort((x, y) => rank(x.b.key) - rank(y.b.key) || x.i - y.i).map(x => x.b);
  blocks.splice(0, blocks.length, ...sorted);
  for (const b of blocks) if (!b.text.endsWith('\n')) b.text += '\n';
}

/** A piece re-printed at `shift` columns; the original text when it cannot be re-printed safely. */
function formatPiece(piece: PlacedPiece, text: string, indent: number, shift: number): string {
  const source = text.slice(piece.start, piece.end);
  const coreEnd = coreLength(source);
  const core = source.slice(0, coreEnd);
  const tail = source.slice(coreEnd);
  if (!core.trim() || core.includes('\t')) return source;
  try {
    const printed = reprint(core, indent, shift);
    if (printed === undefined || printed === core) return source;
    return sameMeaning(piece, core, printed) ? printed + tail : source;
  } catch {
    return source; // whatever went wrong, the piece stays as written
  }
}

/** The piece without its trailing blank and comment lines (those stay exactly as they are). */
function coreLength(source: string): number {
  const lines = source.split('\n');
  let end = lines.length;
  while (end > 0 && /^\s*(#.*)?\r?$/.test(lines[end - 1])) end--;
  if (end === 0) return 0;
  return lines.slice(0, end).join('\n').length + 1 > source.length ? source.length : lines.slice(0, end).join('\n').length + 1;
}

const AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|~|[-+]?(\.inf|\.nan)|[-+]?[\d._]+([eE][-+]?\d+)?|0[xob][\da-f_]+|\d{4}-\d\d-\d\d.*)$/i;

/** A string that reads back as itself without quotes, in YAML 1.1 and 1.2 alike. */
function plainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || s.includes('\n') || AMBIGUOUS.test(s)) return false;
  if (!/^[\p{L}«„“(]/u.test(s)) return false;
  if (/: |:$| #|[{}[\],&*!|>'"%@`]/.test(s)) return false;
  const doc = parseDocument(`x: ${s}`);
  return doc.errors.length === 0 && (doc.get('x') as unknown) === s;
}

/** Re-prints YAML at column 0 with `indent`, then shifts it by `shift` columns. */
function reprint(core: string, indent: number, shift: number): string | undefined {
  const doc = parseDocument(core, PARSE);
  if (doc.errors.length || doc.warnings.length) return undefined;
  // anchors and aliases are an error in a policy: such a piece is left as written
  let aliased = false;
  visit(doc, { Alias() { aliased = true; return visit.BREAK; }, Node(_k, n) { if ((n as { anchor?: string }).anchor) { aliased = true; return visit.BREAK; } return undefined; } });
  if (aliased) return undefined;
  const nonce = Math.random().toString(36).slice(2, 8);
  const blocks = new Map<string, { header: string; lines: string[] }>();
  let ok = true;
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const raw = node.range ? core.slice(node.range[0], node.range[1]) : '';
        const [header, ...lines] = raw.replace(/\r/g, '').split('\n');
        if (/\d/.test(header) || !/^[|>]/.test(header.trim())) { ok = false; return; }
        const token = `__derbes_block_${nonce}_${blocks.size}__`;
        // content lines up to the end of the block (the range may end in the next line's indentation)
        while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
        blocks.set(token, { header: header.trim(), lines });
        const replacement = new Scalar(token);
        replacement.type = 'PLAIN';
        replacement.comment = node.comment;
        replacement.commentBefore = node.commentBefore;
        replacement.spaceBefore = node.spaceBefore;
        return replacement;
      }
      if (typeof node.value === 'string' && (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE')) {
        node.type = plainSafe(node.value) ? 'PLAIN' : 'QUOTE_DOUBLE';
      }
      return undefined;
    },
  });
  if (!ok) return undefined;
  let out = stringify(doc, indent);
  if (out === undefined) return undefined;
  const lines = out.split('\n');
  const result: string[] = [];
  for (const line of lines) {
    const m = /__derbes_block_[a-z0-9]+_\d+__/.exec(line);
    const block = m ? blocks.get(m[0]) : undefined;
    if (!m || !block) { result.push(line); continue; }
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + m[0].length);
    const parts = /^( *)((?:- +)*)(.*)$/.exec(before)!;
    const keyStart = parts[1].length + parts[2].length;
    const base = parts[3] ? keyStart + indent : keyStart === 0 ? indent : keyStart;
    const present = block.lines.filter(x => x.trim() !== '');
    const old = Math.min(...present.map(x => x.length - x.trimStart().length));
    result.push(before + block.header + after);
    for (const x of block.lines) result.push(x.trim() === '' ? '' : ' '.repeat(base) + x.slice(old));
  }
  out = result.join('\n');
  if (shift) out = out.split('\n').map(x => (x === '' ? x : ' '.repeat(shift) + x)).join('\n');
  return out;
}

function stringify(doc: Document, indent: number): string | undefined {
  try {
    return tightenFlowSequences(doc.toString({ indent, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true }));
  } catch {
    return undefined;
  }
}

/** `{ a: 1 }` keeps its padding, `[ a, b ]` loses it: the house style of the examples. */
function tightenFlowSequences(text: string): string {
  const tokens = [...new Lexer().lex(text)].filter(t => t !== CST.DOCUMENT && t !== CST.FLOW_END && t !== CST.SCALAR && t !== CST.BOM);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const type = CST.tokenType(t);
    if (type === 'space' && CST.tokenType(tokens[i - 1] ?? '') === 'flow-seq-start' && CST.tokenType(tokens[i + 1] ?? '') !== 'newline') continue;
    if (type === 'space' && CST.tokenType(tokens[i + 1] ?? '') === 'flow-seq-end' && CST.tokenType(tokens[i - 1] ?? '') !== 'newline') continue;
    out += t;
  }
  return out;
}

/** The same typed value, the same YAML data and the same comments, before and after. */
function sameMeaning(piece: PlacedPiece, before: string, after: string): boolean {
  const a = parseDocument(before, PARSE);
  const b = parseDocument(after, PARSE);
  if (b.errors.length || b.warnings.length) return false;
  if (JSON.stringify(a.toJS({ maxAliasCount: 0 })) !== JSON.stringify(b.toJS({ maxAliasCount: 0 }))) return false;
  if (comments(before).join('\n') !== comments(after).join('\n')) return false;
  if (!sameScalars(a, b)) return false;
  // the typed model: the piece analysed as the analyzer sees it
  const kind = piece.parsed.kind;
  if (kind === 'section') {
    const x = new PolicyAnalyzer().analyze(before).policy;
    const y = new PolicyAnalyzer().analyze(after).policy;
    return JSON.stringify(x) === JSON.stringify(y);
  }
  return true;
}

/** Plain scalars as written (the model reads "2.10" as written, not as the number 2.1). */
function sameScalars(a: Document, b: Document): boolean {
  const collect = (d: Document) => {
    const out: string[] = [];
    visit(d, { Scalar(_k, n) { if (isScalar(n)) out.push(n.type === 'PLAIN' && typeof n.source === 'string' ? n.source : JSON.stringify(n.value)); } });
    return out;
  };
  const x = collect(a);
  const y = collect(b);
  return x.length === y.length && x.every((v, i) => v === y[i] || JSON.stringify(parseDocument(v).toJS()) === JSON.stringify(parseDocument(y[i]).toJS()) && !/^[\d.+-]/.test(v));
}

/** Every comment's text, in order. */
export function comments(source: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(source)) {
    if (token.startsWith('#')) out.push(token.trim());
  }
  return out;
}
