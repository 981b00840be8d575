// The mutation fuzzer behind test/fuzz.test.ts (a bounded, seeded run in `npm test`) and
// scripts/fuzz.mjs (`npm run fuzz -- --iterations N`, long runs).
//
// It takes the example policies (and a few generated ones), mutates them the way editing does —
// characters, lines and indentation inserted, deleted and duplicated, scripts swapped, the file
// truncated, blocks pasted — and drives the language service as the editor would: each mutation is
// an incremental TextDocument.update followed by analyze + getDiagnostics. After every edit it checks:
//   - no exception escapes (analysis, diagnostics, the position resolver at random offsets);
//   - every diagnostic range lies inside the document;
//   - the incremental analysis equals a from-scratch analysis of the same text by a new service;
//   - no analysis takes more than a second.
// For texts that are valid YAML it also compares the piecewise model with a whole-document parse
// (the differential test of split.ts), and for every piece the fast parser reads it compares its
// tree with yaml's (the differential test of model/fastYaml.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, parseDocument, stringify, type Node } from 'yaml';
import { createLanguageService, type LanguageService } from '../server/src/service/languageService';
import { PARSE_OPTIONS, type PolicyAnalysis } from '../server/src/model/analysis';
import { emptyFacts, Validator } from '../server/src/model/validate';
import { documentTree, fromYaml } from '../server/src/model/tree';
import { parseFast } from '../server/src/model/fastYaml';
import { spanOf } from '../server/src/model/locate';
import { policySchema } from '../server/src/schema/policy';
import * as position from '../server/src/model/position';
// generate.mjs is an ES module; tsx lets this CommonJS file load it
// eslint-disable-next-line @typescript-eslint/no-require-imports
type Random = { next(): number; int(n: number): number; pick<T>(list: readonly T[]): T };
const { generatePolicy, rng } = require('../scripts/bench/generate.mjs') as { generatePolicy(lines: number, seed?: number): string; rng(seed: number): Random };

export const ROOT = join(__dirname, '..');

/** The benchmark generator's seeded PRNG (mulberry32): fuzz cases and benchmark inputs share one. */
export const random = rng;

export function seedTexts(): { name: string; text: string }[] {
  const dir = join(ROOT, 'examples');
  const out = readdirSync(dir).filter(f => f.endsWith('.policy.yaml')).sort().map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  for (const [lines, seed] of [[120, 11], [250, 12]] as const) out.push({ name: `generated-${lines}`, text: generatePolicy(lines, seed) });
  return out;
}

// ——— mutations ———

const CHARS = [
  ...'abcxyz019 _-:#&*!|>\'"%@`[]{},?.\\/',
  '\t', '\n', '\r\n', '\r', ' ', '  ', '- ', ': ', '---', '...',
  ...'аәбғқңөұүһіАӘҒҚҢӨҰҮІжшщъьэюяЁ',
  '\u200b', '\u200f', '\u202e', '\ufeff', '\u0000', '\u00a0', '😀', '\ud800', '\udc00', '\u2028',
];
const CYR_LAT: [string, string][] = [['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['х', 'x'], ['у', 'y'], ['К', 'K'], ['М', 'M'], ['Т', 'T'], ['Н', 'H'], ['В', 'B'], ['і', 'i'], ['А', 'A'], ['Е', 'E'], ['О', 'O']];
const TO_LAT = new Map(CYR_LAT);
const TO_CYR = new Map(CYR_LAT.map(([c, l]) => [l, c]));

export interface Edit {
  kind: string;
  start: number;
  end: number;
  text: string;
}

function lineBounds(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl < 0 ? text.length : nl + 1];
}

/** One edit, as an editor would send it: a range of the current text and its replacement. */
/** Mutations that mostly keep a valid policy valid YAML: the differential test's diet. */
const VALID_KINDS = ['restyle', 'restyle', 'restyle', 'snippet', 'line-ends', 'move-section', 'delete-section', 'duplicate-char'];

export function mutate(r: Random, text: string, others: readonly string[], mode: 'edit' | 'valid' = 'edit'): Edit {
  const n = text.length;
  const at = r.int(n + 1);
  const kind = mode === 'valid' ? r.pick(VALID_KINDS) : r.pick(['insert', 'insert', 'insert', 'delete', 'delete', 'delete-range', 'duplicate-char', 'duplicate-line', 'delete-line', 'indent', 'dedent', 'swap-lines', 'script', 'truncate', 'paste', 'retype-line', 'join-lines', 'restyle', 'restyle', 'snippet', 'line-ends']);
  switch (kind) {
    case 'insert':
      return { kind, start: at, end: at, text: r.pick(CHARS) };
    case 'delete':
      return { kind, start: Math.max(0, at - 1), end: at, text: '' };
    case 'delete-range': {
      const len = 1 + r.int(r.next() < 0.8 ? 20 : 400);
      return { kind, start: at, end: Math.min(n, at + len), text: '' };
    }
    case 'duplicate-char':
      return { kind, start: at, end: at, text: text.slice(at, at + 1) };
    case 'duplicate-line': {
      const [s, e] = lineBounds(text, at);
      const lines = 1 + r.int(r.next() < 0.8 ? 1 : 30);
      let end = e;
      for (let i = 1; i < lines && end < n; i++) end = lineBounds(text, end)[1];
      const block = text.slice(s, end);
      return { kind, start: s, end: s, text: block.endsWith('\n') || block === '' ? block : block + '\n' };
    }
    case 'delete-line': {
      const [s, e] = lineBounds(text, at);
      return { kind, start: s, end: e, text: '' };
    }
    case 'indent': {
      const [s] = lineBounds(text, at);
      return { kind, start: s, end: s, text: r.pick([' ', '  ', '    ', '\t']) };
    }
    case 'dedent': {
      const [s] = lineBounds(text, at);
      let e = s;
      while (e < n && e - s < 2 && (text[e] === ' ' || text[e] === '\t')) e++;
      return { kind, start: s, end: e, text: '' };
    }
    case 'swap-lines': {
      const [s1, e1] = lineBounds(text, at);
      if (e1 >= n) return { kind, start: s1, end: s1, text: '' };
      const [, e2] = lineBounds(text, e1);
      const a = text.slice(s1, e1);
      const b = text.slice(e1, e2);
      return { kind, start: s1, end: e2, text: (b.endsWith('\n') ? b : b + '\n') + (b.endsWith('\n') ? a : a.replace(/\n$/, '')) };
    }
    case 'script': {
      const len = 1 + r.int(60);
      const end = Math.min(n, at + len);
      const toLatin = r.next() < 0.5;
      const map = toLatin ? TO_LAT : TO_CYR;
      const swapped = [...text.slice(at, end)].map(c => map.get(c) ?? c).join('');
      return { kind, start: at, end, text: swapped };
    }
    case 'truncate':
      return { kind, start: at, end: n, text: '' };
    case 'paste': {
      const other = r.pick(others);
      const from = r.int(other.length);
      const [s] = lineBounds(other, from);
      const len = r.int(r.next() < 0.7 ? 200 : 3000);
      const [ts] = r.next() < 0.6 ? lineBounds(text, at) : [at];
      return { kind, start: ts, end: ts, text: other.slice(s, s + len) };
    }
    case 'retype-line': {
      // what typing a whole line looks like at the end: a line replaced by a similar one
      const [s, e] = lineBounds(text, at);
      const line = text.slice(s, e);
      const cut = r.int(line.length + 1);
      return { kind, start: s + cut, end: e, text: r.pick(['\n', ' x\n', ': \n', ':\n  - a\n', ' # c\n', '']) };
    }
    case 'join-lines': {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? { kind, start: n, end: n, text: '\n' } : { kind, start: nl, end: nl + 1, text: r.pick(['', ' ']) };
    }
    case 'move-section':
    case 'delete-section': {
      const starts: number[] = [];
      for (let i = 0; i < n; i = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i) + 1) if (/[A-Za-z]/.test(text[i] ?? '')) starts.push(i);
      if (starts.length < 2) return { kind, start: 0, end: 0, text: '' };
      const k = r.int(starts.length);
      const start = starts[k];
      const end = k + 1 < starts.length ? starts[k + 1] : n;
      const block = text.slice(start, end);
      if (kind === 'delete-section') return { kind, start, end, text: '' };
      // moved up: one edit that replaces the text from the new place to the old end
      const to = starts[r.int(k + 1)];
      return { kind, start: to, end, text: (block.endsWith('\n') ? block : block + '\n') + text.slice(to, start) };
    }
    case 'restyle': {
      // a top-level section rewritten in another valid YAML style: flow or block, quoted or block
      // scalars, narrow lines (multi-line flow collections and quoted scalars), other indentation
      const starts: number[] = [];
      for (let i = 0; i < n; i = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i) + 1) if (/[A-Za-z]/.test(text[i] ?? '')) starts.push(i);
      if (starts.length === 0) return { kind, start: 0, end: 0, text: '' };
      const k = r.int(starts.length);
      const start = starts[k];
      const end = k + 1 < starts.length ? starts[k + 1] : n;
      const doc = parseDocument(text.slice(start, end), { uniqueKeys: false });
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 0, mapAsMap: true });
      } catch {
        value = undefined; // aliases: not restyled
      }
      if (doc.errors.length || value === undefined) return { kind, start, end: start, text: '' };
      const styled = stringify(value, {
        indent: r.pick([2, 2, 3, 4]), indentSeq: r.next() < 0.5, lineWidth: r.pick([0, 20, 30, 80]), minContentWidth: r.pick([0, 10]),
        defaultStringType: r.pick(['PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const),
        defaultKeyType: 'PLAIN', collectionStyle: r.pick(['any', 'any', 'flow', 'block'] as const), flowCollectionPadding: r.next() < 0.5,
      });
      return { kind, start, end, text: styled };
    }
    case 'snippet': {
      // valid constructs that a line-based cut must not break
      const [s] = lineBounds(text, at);
      return { kind, start: s, end: s, text: r.pick(['# comment\n', '\n', '   \n', '  # indented comment\n', '%YAML 1.2\n---\n', '...\n', '? user\n: { term: user }\n', 'footer:\n  kk: "бір\n    екі"\n  ru: \'один\n    два\'\n', 'rights: [know,\n  change,\n  block]\n', 'rights:\n- know\n- change\n', 'user: {term:\n    user}\n', 'footer: {kk: x, ru: y}\n', 'footer:\n  kk: |2-\n      отступ\n  ru: >+\n    текст\n\n', '"user": {term: user}\n', 'constructor: 1\n', '__proto__: {a: 1}\n', '  __proto__:\n    category: email\n', '  toString: x\n', '    constructor: 1\n', '  - hasOwnProperty: 1\n', 'data: {}\n', 'data:\n  {a: {category: email}, b: {category: phone}}\n', 'transfers: [{to: bank}, {to: partners}]\n', 'x: &a 1\ny: *a\n', '  - *a\n']) };
    }
    case 'line-ends': {
      // the whole text with other line ends, as when a file is saved on another system
      const to = r.pick(['\r\n', '\n', '\r']);
      return { kind, start: 0, end: n, text: text.replace(/\r\n|\r|\n/g, to) };
    }
    default:
      throw new Error(kind);
  }
}

// ——— checks ———

export interface Failure {
  check: 'exception' | 'range' | 'incremental' | 'slow' | 'differential' | 'fast-parse';
  seed: string;
  step: number;
  detail: string;
  /** the text after the failing edit, and the text before it */
  text: string;
  before: string;
}

function comparable(a: PolicyAnalysis) {
  return { policy: a.policy, findings: a.findings, declared: a.declared, refs: a.refs, texts: a.texts, layout: a.layout };
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Line lengths (without line breaks) as LSP counts lines: \n, \r\n and \r end a line. */
function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

export function checkRanges(text: string, diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: unknown }[]): string {
  const lengths = lineLengths(text);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    for (const p of [start, end]) {
      if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= lengths.length || p.character > lengths[p.line]) {
        return `${String(d.code)} ${JSON.stringify(d.range)} outside the document (${lengths.length} lines${p.line < lengths.length && p.line >= 0 ? `, line ${p.line} has ${lengths[p.line]} characters` : ''})`;
      }
    }
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `${String(d.code)} ${JSON.stringify(d.range)} ends before it starts`;
  }
  return '';
}

/** Codes only the cross-piece pass reports (the whole-document validator has no equivalent). */
const CROSS_PIECE = new Set(['missing-required', 'undefined-reference', 'unused-data', 'missing-translation', 'multiple-documents', 'duplicate-id', 'duplicate-key',
  // a character scan of the text, not a reading of the YAML (checked by incremental = from scratch)
  'hidden-character']);

/**
 * For valid YAML: the whole document parsed once and validated with the same validator must give
 * the same typed policy, the same findings, ids, references, texts and source spans as the pieces.
 * Returns '' when equal, undefined when the comparison does not apply.
 */
export function differential(text: string, analysis: PolicyAnalysis): string | undefined {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length || doc.warnings.length) return undefined;
  const root = doc.contents as Node | null;
  if (!isMap(root)) return undefined;
  // Known, accepted differences (the cut follows the YAML spec where the yaml library is lenient):
  // - a quoted scalar or flow collection left open in one entry: yaml reads on, across the entries
  //   below (their lines are less indented than the spec allows for a continuation); the cut ends the
  //   entry there and reports the unclosed quote or bracket in it;
  // - a BOM at the start of a line after the first: yaml strips a BOM that starts a piece.
  if (analysis.findings.some(f => f.code === 'yaml-syntax' && /closing .?quote|must end with|sufficiently indented/.test(String(f.args?.detail)))) return undefined;
  if (text.indexOf('\ufeff', 1) > 0) return undefined;
  // a line that is only ":" is a pair with an empty key; where yaml puts that empty key (and so
  // where the map before it ends) depends on the comments around it: offsets are not compared
  if (/^[ \t]*:[ \t]*\r?$/m.test(text)) return undefined;
  // duplicate keys and ids: which one wins is a cross-piece decision; not compared here
  const keys = root.items.map(p => String((p.key as { value?: unknown } | null)?.value));
  if (new Set(keys).size !== keys.length) return undefined;
  const facts = emptyFacts();
  const value = new Validator(facts, text).value(fromYaml(root), policySchema, '', [0, 0]) as Record<string, unknown>;
  if (facts.findings.some(f => f.code === 'duplicate-id' || f.code === 'duplicate-key')) return undefined;
  // yaml places an empty node (a ": value" line's missing key) after or before the comments and
  // blank lines around it depending on what it was parsed with: such offsets are the same place
  const trivia = (at: number) => {
    for (;;) {
      while (at < text.length && /\s/.test(text[at])) at++;
      if (text[at] !== '#') return at;
      while (at < text.length && text[at] !== '\n') at++;
    }
  };
  const normal = <T extends { start: number; end: number }>(f: T): T => (f.start === f.end ? { ...f, start: trivia(f.start), end: trivia(f.end) } : f);
  const sort = <T extends { start: number; end: number }>(list: T[]): T[] => (JSON.parse(JSON.stringify(list)) as T[]).sort((a, b) => a.start - b.start || a.end - b.end || JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const pieceFindings = sort(analysis.findings.filter(f => !CROSS_PIECE.has(f.code)).map(normal));
  const wholeFindings = sort(facts.findings.filter(f => !CROSS_PIECE.has(f.code)).map(normal));
  let d = firstDifference(pieceFindings, wholeFindings, 'findings');
  if (d) return d;
  d = firstDifference(JSON.parse(JSON.stringify(analysis.policy)), JSON.parse(JSON.stringify(value)), 'policy');
  if (d) return d;
  for (const k of ['declared', 'refs', 'texts'] as const) {
    d = firstDifference(sort(analysis[k] as { start: number; end: number }[]), sort(facts[k] as { start: number; end: number }[]), k);
    if (d) return d;
  }
  // offsets that differ only by whitespace (where yaml ends an empty value before a comment line) are the same place
  const same = (a: number, b: number) => a === b || (a >= 0 && b >= 0 && trivia(Math.min(a, b)) >= Math.max(a, b));
  for (const [path, s] of facts.spans) {
    const got = spanOf(analysis, path);
    const want = { keyStart: s[0], keyEnd: s[1], valueStart: s[2], valueEnd: s[3] };
    if (!got || !same(got.keyStart, want.keyStart) || !same(got.keyEnd, want.keyEnd) || !same(got.valueStart, want.valueStart) || !same(got.valueEnd, want.valueEnd)) {
      return `span of ${path}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`;
    }
  }
  return '';
}

/**
 * Where the fast parser reads `text` (it may give it up to yaml), its tree must be yaml's, and
 * yaml must find nothing wrong with the text. Returns '' when so.
 */
export function fastParseDifference(text: string): string {
  const tree = parseFast(text);
  if (tree === undefined) return '';
  const doc = parseDocument(text, PARSE_OPTIONS);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) return `the fast parser read a text yaml reports (${problem.message.split('\n')[0]}): ${JSON.stringify(text.slice(0, 300))}`;
  const d = firstDifference(tree, documentTree(doc), 'tree');
  return d ? `${d} in ${JSON.stringify(text.slice(0, 300))}` : '';
}

/** The texts of the pieces an analysis parsed, and the whole text. */
export function pieceTexts(analysis: PolicyAnalysis): string[] {
  const pieces = analysis.sections.flatMap(s => s.pieces);
  if (analysis.preamble) pieces.push(analysis.preamble);
  return [analysis.text, ...pieces.map(p => analysis.text.slice(p.start, p.end))];
}

export interface FuzzOptions {
  seed: number;
  /** 'edit': anything an editor can do; 'valid': restyling that keeps YAML valid (for the differential test) */
  mode?: 'edit' | 'valid';
  /** edit sequences to run */
  sequences: number;
  /** edits per sequence (each edit is one checked case) */
  steps: number;
  maxMs?: number;
  /** stop after this many failures */
  maxFailures?: number;
  log?: (s: string) => void;
}

export interface FuzzReport {
  cases: number;
  differentialCases: number;
  /** pieces the fast parser read and that were compared with yaml's parse */
  fastParsedPieces: number;
  failures: Failure[];
  slowest: number;
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const r = random(options.seed);
  const seeds = seedTexts();
  const others = seeds.map(s => s.text);
  const maxMs = options.maxMs ?? 1000;
  const service = createLanguageService();
  const report: FuzzReport = { cases: 0, differentialCases: 0, fastParsedPieces: 0, failures: [], slowest: 0 };
  const fail = (f: Failure) => {
    report.failures.push(f);
    options.log?.(`FAIL ${f.check} [${f.seed} step ${f.step}]: ${f.detail}`);
  };
  for (let s = 0; s < options.sequences && report.failures.length < (options.maxFailures ?? 20); s++) {
    const seed = r.pick(seeds);
    const uri = `file:///fuzz/${s}.policy.yaml`;
    let document = TextDocument.create(uri, 'derbes', 1, seed.text);
    let text = seed.text;
    service.getDiagnostics(document, 'en');
    for (let step = 1; step <= options.steps; step++) {
      const before = text;
      const edit = mutate(r, text, others, options.mode);
      const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
      document = TextDocument.update(document, [{ range, text: edit.text }], document.version + 1);
      text = document.getText();
      const label = `${seed.name} #${s} ${edit.kind}`;
      report.cases++;
      try {
        const t = performance.now();
        const state = service.analyze(document);
        const diagnostics = service.getDiagnostics(document, 'en');
        const ms = performance.now() - t;
        report.slowest = Math.max(report.slowest, ms);
        if (ms > maxMs) fail({ check: 'slow', seed: label, step, detail: `${ms.toFixed(0)} ms`, text, before });
        const bad = checkRanges(text, diagnostics);
        if (bad) fail({ check: 'range', seed: label, step, detail: bad, text, before });
        const fresh = createLanguageService().analyze(TextDocument.create(uri, 'derbes', document.version, text));
        const diff = firstDifference(comparable(state.analysis), comparable(fresh.analysis)) || firstDifference(state.findings, fresh.findings, 'service findings');
        if (diff) fail({ check: 'incremental', seed: label, step, detail: diff, text, before });
        for (let q = 0; q < 3; q++) {
          const offset = r.int(text.length + 1);
          position.locate(state.analysis, offset);
          position.completionSite(state.analysis, offset);
        }
        if (options.mode === 'valid' || step % 3 === 0) {
          for (const piece of pieceTexts(state.analysis)) {
            if (parseFast(piece) !== undefined) report.fastParsedPieces++;
            const f = fastParseDifference(piece);
            if (f) {
              fail({ check: 'fast-parse', seed: label, step, detail: f, text, before });
              break;
            }
          }
          const d = differential(text, state.analysis);
          if (d !== undefined) report.differentialCases++;
          if (d) fail({ check: 'differential', seed: label, step, detail: d, text, before });
        }
      } catch (error) {
        fail({ check: 'exception', seed: label, step, detail: (error as Error).stack ?? String(error), text, before });
        // start the sequence afresh: the service may hold a broken state for this document
        service.close(uri);
        break;
      }
    }
    service.close(uri);
    if (options.log && (s + 1) % 50 === 0) options.log(`${s + 1} sequences, ${report.cases} cases, ${report.failures.length} failures, slowest ${report.slowest.toFixed(0)} ms`);
  }
  return report;
}
