// A bounded, seeded run of the mutation fuzzer (test/fuzz-harness.ts) — long runs: `npm run fuzz` —
// and every crash or split bug it found, kept as a regression test.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkRanges, differential, runFuzz, type FuzzReport } from './fuzz-harness';
import { createLanguageService } from '../server/src/service/languageService';
import { PolicyAnalyzer } from '../server/src/model/analysis';
import { splitPolicy } from '../server/src/model/split';

const SEQUENCES = Number(process.env.DERBES_FUZZ_SEQUENCES ?? 150);

function summary(report: FuzzReport): string {
  return report.failures.slice(0, 5).map(f => `${f.check} [${f.seed} step ${f.step}]: ${f.detail.split('\n').slice(0, 4).join(' ')}\n--- text before the edit:\n${f.before.slice(0, 2000)}`).join('\n\n');
}

test('fuzz: edits as an editor sends them — no exception, ranges inside, incremental = from scratch, < 1 s', () => {
  const report = runFuzz({ seed: 20261121, sequences: SEQUENCES, steps: 10 });
  assert.ok(report.cases >= SEQUENCES * 10 - 10, `ran ${report.cases} cases`);
  assert.equal(report.failures.length, 0, summary(report));
});

test('fuzz: restyled valid YAML — the piecewise model equals a whole-document parse', () => {
  const report = runFuzz({ seed: 7, sequences: Math.ceil(SEQUENCES / 3), steps: 10, mode: 'valid' });
  assert.ok(report.differentialCases > report.cases / 5, `only ${report.differentialCases} of ${report.cases} cases were valid YAML`);
  assert.ok(report.fastParsedPieces > report.cases, `only ${report.fastParsedPieces} pieces compared with yaml's parse`);
  assert.equal(report.failures.length, 0, summary(report));
});

// ——— regressions: each of these once threw or disagreed with a whole-document parse ———

function analyzeBoth(text: string) {
  const service = createLanguageService();
  const document = TextDocument.create('file:///regression.policy.yaml', 'derbes', 1, text);
  const state = service.analyze(document);
  const diagnostics = service.getDiagnostics(document, 'en');
  assert.equal(checkRanges(text, diagnostics), '');
  return { state, diagnostics };
}

const CRASHES: Record<string, string> = {
  // the section lookup found Object.prototype.constructor and validated against an undefined schema
  'a top-level key named "constructor"': 'derbes: 1\nconstructor: 1\n',
  'a nested key named "constructor"': 'derbes: 1\noperator:\n  constructor: 1\n  toString: 2\n',
  // an entry that is an empty flow map has no first pair
  'an empty flow map as the only entry of data:': 'derbes: 1\ndata:\n  {}\n',
  // a tab-indented line joined "prevailing" to the languages section, whose value became a string
  'a tab-indented key after languages:': 'derbes: 1\nlanguages: [kk, ru]\n\tprevailing: kk\ntitle:\n  kk: a\n',
};
for (const [name, text] of Object.entries(CRASHES)) {
  test(`regression (crash): ${name}`, () => {
    const { diagnostics } = analyzeBoth(text);
    assert.ok(diagnostics.length > 0);
  });
}

test('regression: an id "__proto__" is an entry of the map, not its prototype', () => {
  const { state } = analyzeBoth('data:\n  __proto__:\n    category: email\n  email:\n    category: email\n');
  const data = state.analysis.policy.data as Record<string, unknown>;
  assert.ok(Object.prototype.hasOwnProperty.call(data, '__proto__'));
  assert.equal(Object.getPrototypeOf(data), Object.prototype);
});

const DIFFERENTIAL: Record<string, string> = {
  // ": value" at column 0 continues "? key": it is not a new section
  'a complex key at the top level': 'derbes: 1\n? kind\n: privacy-policy\ntitle: {kk: a, ru: b}\n',
  'a complex key among entries': 'derbes: 1\ndata:\n  ? email\n  : {category: email}\n  phone: {category: phone}\n',
  // directives belong to the preamble
  'a %YAML directive': '%YAML 1.2\n---\nderbes: 1\nkind: privacy-policy\n',
  // a quoted key is invisible to the line splitter but not to the parser
  'a quoted top-level key': '"derbes": 1\nkind: privacy-policy\n',
  // an indented first line is the document's root map, not a comment header
  'an indented root map': '  derbes: 1\n  kind: privacy-policy\n',
  // entries that are not one item each: the section is parsed whole
  'a flow map with several ids as the body of data:': 'data:\n  {email: {category: email}, phone: {category: phone}}\npurposes: {}\n',
  'a flow list with several transfers': 'transfers:\n  [{to: bank}, {to: partners}]\n',
  'a multi-line plain scalar where a map belongs': 'data:\n  just some\n  words\n',
  // multi-line flow collections and quoted scalars, correctly indented
  'multi-line flow and quoted scalars': 'rights: [know,\n  change,\n  block]\ntitle:\n  kk: "бір\n    екі"\n  ru: \'один\n    два\'\n',
  'a zero-indented list': 'rights:\n- know\n- change\ntransfers:\n- to: bank\n  data: [email]\n- to: partners\n',
  // a closing bracket at column 0 continues a flow collection, it does not start a section
  'a document written as one flow map': '{\n  derbes: 1,\n  kind: privacy-policy,\n  title: {kk: a, ru: b}\n}\n',
  'CRLF line ends': 'derbes: 1\r\ndata:\r\n  email:\r\n    category: email\r\n  phone: {category: phone}\r\n',
};
for (const [name, text] of Object.entries(DIFFERENTIAL)) {
  test(`regression (split): ${name}`, () => {
    const { state } = analyzeBoth(text);
    assert.equal(differential(text, state.analysis), '');
  });
}

test('regression: a split section has a value span (from its first entry to its last)', () => {
  const text = 'derbes: 1\ndata:\n  email: {category: email}\n  phone: {category: phone}\n';
  const { state } = analyzeBoth(text);
  assert.equal(differential(text, state.analysis), '');
});

// Texts from failing fuzz runs (test/fuzz-regressions/NAME.before / .after): after the edit, the
// incremental service must report what a new service reports.
for (const name of ['located-match']) {
  test(`regression (incremental): ${name}`, () => {
    // a rule's matches were cached with their source offsets, which depend on other entries (here
    // the terms entry "data" joined into a comment): the offsets went stale
    const dir = join(__dirname, 'fuzz-regressions');
    const before = readFileSync(join(dir, `${name}.before.policy.yaml`), 'utf8');
    const after = readFileSync(join(dir, `${name}.after.policy.yaml`), 'utf8');
    const service = createLanguageService();
    service.analyze(TextDocument.create('file:///r.policy.yaml', 'derbes', 1, before));
    const incremental = service.analyze(TextDocument.create('file:///r.policy.yaml', 'derbes', 2, after)).findings;
    const fresh = createLanguageService().analyze(TextDocument.create('file:///r.policy.yaml', 'derbes', 2, after)).findings;
    assert.deepEqual(incremental, fresh);
  });
}

test('resplit: the incremental cut equals the full cut, edit by edit, in a long section', () => {
  const lines = ['derbes: 1', 'clauses:'];
  for (let i = 0; i < 40; i++) lines.push(`  - id: c${i}`, '    text:', `      kk: мәтін ${i}`, `      ru: текст ${i}`);
  lines.push('footer: {kk: a, ru: b}');
  let text = lines.join('\n') + '\n';
  const analyzer = new PolicyAnalyzer();
  analyzer.analyze(text);
  const edits: [number, string][] = [[text.indexOf('c20'), 'x'], [text.indexOf('  - id: c30'), ' '], [text.indexOf('  - id: c31'), '  - id: new\n'], [text.indexOf('c5\n') + 2, '\nfooter2: 1'], [text.indexOf('clauses:'), '#']];
  for (const [at, insert] of edits) {
    text = text.slice(0, at) + insert + text.slice(at);
    assert.deepEqual(analyzer.analyze(text).layout, splitPolicy(text));
  }
});
