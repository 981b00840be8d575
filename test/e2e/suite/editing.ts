// Quick fixes, rename and formatting: each asks the server for edits, applies them and checks the result.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE } from './activation';
import { VALID_POLICY as VALID } from '../../fixtures/validPolicy';
import { codeOf, diagnosticsFor, examplePolicies, group, positionOf, requireFeature, scratch, settledDiagnostics, test, wsUri } from './harness';

async function fixtureCopy(name: string): Promise<vscode.TextDocument> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri(FIXTURE)));
  return scratch(name, text);
}

group('editing', () => {
  test('quick fix for unknown-key "sorce" offers "source" and fixes it', async () => {
    requireFeature('codeActions', 'codeAction', 'quickFix');
    const doc = await fixtureCopy('quickfix');
    const ds = await diagnosticsFor(doc, all => all.some(d => codeOf(d) === 'unknown-key'));
    const diag = ds.find(d => codeOf(d) === 'unknown-key')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions?.find(a => /source/.test(a.title) && (a.edit || a.command));
    assert.ok(fix, `no quick fix mentioning "source": ${(actions ?? []).map(a => a.title).join(' | ') || 'none'}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.match(doc.lineAt(positionOf(doc, '  phone: {').line).text, /\bsource: registration/);
    await diagnosticsFor(doc, all => !all.some(d => codeOf(d) === 'unknown-key'));
  });

  test('a team clause\'s missing parameter: the quick fix adds it under with:', async () => {
    requireFeature('codeActions', 'codeAction', 'quickFix');
    // a team library beside the policies, declared in the workspace's configuration
    const config = wsUri('derbes.config.yaml');
    const clause = wsUri('team-clauses/notice.yaml');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    await write(clause, 'id: notice\nparams:\n  period:\n    type: duration\ntext:\n  kk: "{{operator}} {{period}} ішінде хабарлайды."\n  ru: "{{operator}} уведомляет в течение {{period}}."\n');
    await write(config, 'libraries:\n  team: team-clauses\n');
    try {
      const doc = await scratch('clause-param', VALID + 'clauses:\n  - use: team/notice\n');
      const ds = await diagnosticsFor(doc, all => all.some(d => codeOf(d) === 'clause-param-missing'), 20000);
      const diag = ds.find(d => codeOf(d) === 'clause-param-missing')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions?.find(a => /period/.test(a.title) && a.edit);
      assert.ok(fix, `no quick fix adding "period": ${(actions ?? []).map(a => a.title).join(' | ') || 'none'}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit failed');
      assert.match(doc.getText(), /  - use: team\/notice\n    with:\n      period: 15 working-days\n/);
      await diagnosticsFor(doc, all => !all.some(d => /^clause-/.test(codeOf(d))), 20000);
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(wsUri('team-clauses'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('law quick fixes: at least one R-rule finding in the examples has a fix that removes it', async () => {
    requireFeature('codeActions', 'codeAction', 'quickFix');
    const tried: string[] = [];
    for (const uri of await examplePolicies()) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const doc = await scratch(`lawfix-${uri.path.split('/').pop()!.replace(/\.policy\.ya?ml$/, '')}`, text);
      const ds = await settledDiagnostics(doc);
      for (const d of ds.filter(x => /^R\d+$/.test(codeOf(x)))) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        // (VS Code's executeCodeActionProvider does not hand back CodeAction.diagnostics; the range picks the finding)
        const fix = actions?.find(a => a.edit && a.edit.size > 0 && !/^Fix all/i.test(a.title));
        if (!fix) continue;
        tried.push(`${codeOf(d)}: ${fix.title}`);
        const laws = (all: vscode.Diagnostic[]) => all.filter(x => /^R\d+$/.test(codeOf(x))).length;
        const count = laws(ds);
        assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit failed');
        await diagnosticsFor(doc, all => laws(all) < count, 15000);
        console.log(`    ${vscode.workspace.asRelativePath(uri)}: ${codeOf(d)} fixed by "${fix.title}" (${count} → fewer law findings)`);
        return;
      }
    }
    assert.fail(`no law finding in the examples offers a quick fix with an edit (${tried.length} tried)`);
  });

  test('rename a data id renames the key and every reference', async () => {
    requireFeature('rename');
    const doc = await fixtureCopy('rename');
    await settledDiagnostics(doc);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, '  phone: {', 3), 'mobile');
    assert.ok(edit && edit.size > 0, 'no rename edit');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
    const text = doc.getText();
    assert.match(text, /^ {2}mobile: \{ category: mobile-phone/m);
    assert.match(text, /data: \[full-name, mobile, email\]/);
    const code = text.split('\n').filter(l => !/^\s*#/.test(l)).join('\n').replace(/\b(mobile|parent)-phone\b/g, '');
    assert.doesNotMatch(code, /\bphone\b/, 'a "phone" reference is left');
  });

  test('format document normalises layout and is idempotent', async () => {
    requireFeature('format', 'formatting');
    const messy = (await fixtureCopy('format-src')).getText()
      .replace('derbes: 1', 'derbes:    1')
      .replace('  full-name: { category: full-name, source: registration }', '  full-name:   {category: full-name,   source: registration}')
      .replace('changes: { notice: email }', 'changes:\n      notice: email');
    const doc = await scratch('format', messy);
    const opts = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts);
    assert.ok(edits && edits.length > 0, 'no formatting edits for a messy document');
    const we = new vscode.WorkspaceEdit(); we.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    const once = doc.getText();
    assert.doesNotMatch(once, /derbes: {2,}1/);
    assert.doesNotMatch(once, /^ {6}notice/m, 'indentation not normalised');
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts);
    const we2 = new vscode.WorkspaceEdit(); we2.set(doc.uri, again ?? []);
    await vscode.workspace.applyEdit(we2);
    assert.equal(doc.getText(), once, 'formatting twice changes the document again');
    // same facts: the comment and every value survive
    for (const s of ['# e2e fixture', 'sorce: registration', 'https://example.kz/', 'ТОО «Пример»']) assert.ok(once.includes(s), `"${s}" lost by formatting`);
  });
});
