// Diagnostics from the language server, read back through vscode.languages.getDiagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VALID_POLICY as VALID } from '../../fixtures/validPolicy';
import { FIXTURE } from './activation';
import {
  SOURCE, assertRangeInside, codeOf, diagnosticsFor, examplePolicies, fmt, group, open, replaceAll, scratch,
  settledDiagnostics, test,
} from './harness';

function find(ds: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const d = ds.find(x => codeOf(x) === code);
  assert.ok(d, `no "${code}" diagnostic; got: ${ds.map(x => `${codeOf(x)}@${fmt(x.range)} ${x.message}`).join(' | ') || 'none'}`);
  return d;
}

group('diagnostics', () => {
  test(`fixture ${FIXTURE}: unknown-key on the misspelt "sorce"`, async () => {
    const doc = await open(FIXTURE);
    const ds = await diagnosticsFor(doc, all => all.some(d => codeOf(d) === 'unknown-key'));
    const d = find(ds, 'unknown-key');
    assert.equal(d.source, SOURCE);
    assertRangeInside(doc, d.range);
    assert.equal(doc.getText(d.range), 'sorce');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.length > 5, 'empty message');
  });

  test('every example policy: diagnostics have source "derbes", a code and a range inside the document', async () => {
    const examples = await examplePolicies();
    assert.ok(examples.length >= 6, `expected the five seed policies + starter in examples/, found ${examples.length}`);
    const summary: string[] = [];
    for (const uri of examples) {
      const doc = await open(uri);
      const ds = await settledDiagnostics(doc);
      for (const d of vscode.languages.getDiagnostics(uri)) {
        assert.equal(d.source, SOURCE, `foreign diagnostic ${d.message}`);
        assert.match(codeOf(d), /^[A-Za-z][\w-]*(\/[\w-]+)*$/, `bad code "${codeOf(d)}" in ${uri.path}`);
        assertRangeInside(doc, d.range, `${codeOf(d)} in ${vscode.workspace.asRelativePath(uri)}`);
      }
      const name = vscode.workspace.asRelativePath(uri);
      if (/starter\.policy/.test(name)) {
        const errors = ds.filter(d => d.severity === vscode.DiagnosticSeverity.Error);
        assert.deepEqual(errors.map(d => `${codeOf(d)}@${fmt(d.range)}`), [], 'the starter policy must have no errors');
      }
      summary.push(`${name}: ${ds.length} (${[...new Set(ds.map(codeOf))].join(', ')})`);
    }
    console.log('    ' + summary.join('\n    '));
  });

  // each test breaks the shared valid policy in one known way
  const broken: [string, string, (t: string) => string, RegExp | undefined][] = [
    ['invalid-enum', 'an unknown enum value', t => t.replace('kind: consent-agreement', 'kind: consent-agrement'), /consent-agrement/],
    ['missing-translation', 'a title without ru', t => t.replace('  ru: Соглашение\n', ''), undefined],
    ['undefined-reference', 'a purpose citing an undeclared data id', t => t.replace('data: [full-name, phone, email]', 'data: [full-name, phone, email, passport]'), /^passport$/],
    ['unused-data', 'a data item no purpose uses', t => t.replace('data: [full-name, phone, email]', 'data: [full-name, email]'), /phone/],
    ['unknown-key', 'a misspelt key', t => t.replace('retention: {', 'retension: {'), /^retension$/],
  ];
  for (const [code, what, mutate, rangeText] of broken) {
    test(`${code} for ${what}`, async () => {
      const doc = await scratch(`broken-${code}`, mutate(VALID));
      const ds = await diagnosticsFor(doc, all => all.some(d => codeOf(d) === code));
      const d = find(ds, code);
      assertRangeInside(doc, d.range);
      if (rangeText) assert.match(doc.getText(d.range), rangeText, `range ${fmt(d.range)} covers "${doc.getText(d.range)}"`);
    });
  }

  test('the well-formed scratch policy has no schema errors, and an edit brings one in and out live', async () => {
    const doc = await scratch('live', VALID);
    const ds = await settledDiagnostics(doc);
    // law rules (R..) may still warn about what a real policy must say; the schema/reference families must be quiet
    const schema = ['unknown-key', 'invalid-enum', 'missing-translation', 'undefined-reference', 'unused-data', 'missing-key', 'invalid-type'];
    assert.deepEqual(ds.filter(d => schema.includes(codeOf(d))).map(d => `${codeOf(d)}: ${d.message}`), []);
    await replaceAll(doc, VALID.replace('storage: {', 'storaje: {'));
    await diagnosticsFor(doc, all => all.some(d => codeOf(d) === 'unknown-key'));
    await replaceAll(doc, VALID);
    await diagnosticsFor(doc, all => !all.some(d => codeOf(d) === 'unknown-key'));
  });
});
