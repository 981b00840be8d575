// Folding, expand selection, document links, workspace symbols, clause-library completion.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE } from './activation';
import { completionLabels, group, open, positionOf, requireFeature, scratch, test, waitFor } from './harness';

group('structure', () => {
  test('folding ranges cover the sections and the multi-line data item', async () => {
    requireFeature('folding');
    const doc = await open(FIXTURE);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok(ranges?.length, 'no folding ranges');
    for (const key of ['title:', 'data:', 'purposes:', '  email:']) {
      const line = positionOf(doc, new RegExp(`^${key}`, 'm')).line;
      assert.ok(ranges.some(r => r.start === line && r.end > line), `no folding range starts at "${key.trim()}" (line ${line + 1})`);
    }
    // a run of comment lines folds too (checked mid-document: VS Code 1.139 drops a comment range on line 1)
    const d2 = await scratch('fold-comments', 'derbes: 1\n# one\n# two\n# three\nkind: privacy-policy\n');
    const r2 = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', d2.uri);
    assert.ok(r2?.some(r => r.start === 1 && r.end === 3 && r.kind === vscode.FoldingRangeKind.Comment), `comment block does not fold: ${JSON.stringify(r2)}`);
  });

  test('expand selection grows value → entry → section → document', async () => {
    requireFeature('selectionRanges', 'selectionRange');
    const doc = await open(FIXTURE);
    const pos = positionOf(doc, 'category: mobile-phone', 'category: mob'.length);
    const [sel] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [pos]);
    assert.ok(sel, 'no selection range');
    const chain: string[] = [];
    for (let s: vscode.SelectionRange | undefined = sel; s; s = s.parent) chain.push(doc.getText(s.range));
    assert.equal(chain[0], 'mobile-phone');
    for (let i = 1; i < chain.length; i++) assert.ok(chain[i].includes(chain[i - 1]), `range ${i} does not contain range ${i - 1}`);
    assert.ok(chain.some(t => t.startsWith('phone: {')), `no step for the data item: ${chain.map(t => t.slice(0, 20)).join(' | ')}`);
    assert.ok(chain.some(t => t.startsWith('data:')), 'no step for the data section');
  });

  test('document links for the site URL and the e-mail address', async () => {
    requireFeature('documentLinks', 'documentLink');
    const doc = await open(FIXTURE);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    const texts = (links ?? []).map(l => doc.getText(l.range));
    assert.ok(texts.includes('https://example.kz/'), `links: ${texts.join(', ')}`);
    assert.ok(texts.includes('info@example.kz'), `links: ${texts.join(', ')}`);
    const mail = links.find(l => doc.getText(l.range) === 'info@example.kz');
    if (mail?.target) assert.equal(mail.target.scheme, 'mailto');
  });

  test('workspace symbols find data ids across the policies', async () => {
    requireFeature('workspaceSymbols', 'workspaceSymbol');
    await open(FIXTURE);
    const symbols = await waitFor('workspace symbols for "provide-service"', async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'provide-service');
      return s?.length ? s : undefined;
    }, 15000);
    assert.ok(symbols.some(s => s.name.includes('provide-service') && s.location.uri.path.endsWith(FIXTURE)), symbols.map(s => `${s.name}@${s.location.uri.path}`).join(', '));
  });

  test('completion after use: offers the std clause library', async () => {
    requireFeature('completion');
    const doc = await open(FIXTURE);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit(e => e.insert(new vscode.Position(doc.lineCount, 0), 'clauses:\n  - use: \n'));
    const pos = positionOf(doc, '  - use: \n', '  - use: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const got = completionLabels(list);
    assert.ok(got.some(l => l.includes('std/public-offer')), `std/public-offer not offered: ${got.slice(0, 12).join(', ')}`);
  });

  test('hover on a law diagnostic links the rule documentation', async () => {
    requireFeature('hover');
    const examples = await vscode.workspace.findFiles('examples/toowto.policy.yaml');
    if (!examples.length) return;
    const doc = await open(examples[0]);
    const law = await waitFor('a law diagnostic (R..)', () => vscode.languages.getDiagnostics(doc.uri).find(d => /^R\d+$/.test(String(typeof d.code === 'object' ? d.code.value : d.code))), 20000);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, law.range.start);
    const text = (hovers ?? []).flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
    const code = String(typeof law.code === 'object' ? law.code.value : law.code);
    assert.ok(text.includes(`${code}.md`), `the hover does not link docs/rules/${code}.md: ${text.slice(0, 300)}`);
  });
});
