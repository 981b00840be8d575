// Team configuration on disk: derbes.config.yaml sets rule severities; the server watches it through the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor, examplePolicies, group, open, test, wsUri } from './harness';

group('config', () => {
  test('derbes.config.yaml turns a rule off and back on, live', async () => {
    const source = (await examplePolicies()).find(u => /toowto\.policy/.test(u.path)) ?? (await examplePolicies())[0];
    assert.ok(source, 'no example policies');
    // a folder of its own, so the config applies to this copy only
    const policy = wsUri('cfg/team.policy.yaml');
    const config = wsUri('cfg/derbes.config.yaml');
    await vscode.workspace.fs.writeFile(policy, await vscode.workspace.fs.readFile(source));
    const doc = await open(policy);
    const before = await diagnosticsFor(doc, ds => ds.some(d => /^R\d+$/.test(codeOf(d))), 20000);
    const rule = codeOf(before.find(d => /^R\d+$/.test(codeOf(d)))!);
    try {
      await vscode.workspace.fs.writeFile(config, Buffer.from(`rules:\n  ${rule}: off\n`, 'utf8'));
      await diagnosticsFor(doc, ds => !ds.some(d => codeOf(d) === rule), 20000);
      await vscode.workspace.fs.writeFile(config, Buffer.from(`rules:\n  ${rule}: info\n`, 'utf8'));
      const info = await diagnosticsFor(doc, ds => ds.some(d => codeOf(d) === rule), 20000);
      assert.equal(info.find(d => codeOf(d) === rule)!.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    const back = await diagnosticsFor(doc, ds => ds.some(d => codeOf(d) === rule && d.severity !== vscode.DiagnosticSeverity.Information), 20000);
    assert.ok(back.length >= before.length - 1);
  });
});
