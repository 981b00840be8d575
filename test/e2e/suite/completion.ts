// Completion through vscode.executeCompletionItemProvider (the same path the suggest widget uses).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { VALID_POLICY as VALID } from '../../fixtures/validPolicy';
import { completionLabels, group, positionOf, requireFeature, scratch, taxonomyIds, test } from './harness';

async function complete(doc: vscode.TextDocument, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger);
  // snippets contributed by the extension come through here too; keep the language server's items
  return (list?.items ?? []).filter(i => i.kind !== vscode.CompletionItemKind.Snippet);
}
const labels = (items: vscode.CompletionItem[]) => completionLabels(new vscode.CompletionList(items));

group('completion', () => {
  test('at a data item\'s category: value lists data categories from the taxonomy', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-category', VALID.replace('    category: email\n', '    category: \n'));
    const pos = positionOf(doc, '    category: \n', '    category: '.length);
    const items = await complete(doc, pos);
    const got = labels(items);
    const want = taxonomyIds('data-categories');
    const hits = want.filter(id => got.includes(id) || items.some(i => i.insertText === id || (i.filterText ?? '').includes(id)));
    assert.ok(hits.length >= Math.min(10, want.length), `only ${hits.length} data categories among ${got.length} items: ${got.slice(0, 10).join(', ')}`);
    assert.ok(hits.includes('email'), 'email is not offered');
    assert.ok(!got.includes('service'), 'purpose categories leak into data categories');
  });

  test('at a purpose\'s category: value lists purpose categories', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-purpose', VALID.replace('    category: service\n', '    category: \n'));
    const items = await complete(doc, positionOf(doc, '    category: \n', '    category: '.length));
    const got = labels(items);
    const want = taxonomyIds('purpose-categories');
    assert.ok(want.filter(id => got.includes(id)).length >= Math.min(5, want.length), `purpose categories missing: ${got.slice(0, 10).join(', ')}`);
  });

  test('at a new top-level key lists policy keys that are not there yet', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-key', VALID + '\n');
    const pos = new vscode.Position(doc.lineCount - 1, 0);
    const got = labels(await complete(doc, pos));
    for (const key of ['cookies', 'marketing', 'transfers']) assert.ok(got.some(l => l === key || l.startsWith(key)), `"${key}" not offered: ${got.slice(0, 15).join(', ')}`);
    assert.ok(!got.includes('derbes') && !got.includes('operator'), `keys already present are offered again: ${got.join(', ')}`);
  });

  test('at a new key inside a data item lists data-item fields', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-item-key', VALID.replace('    category: email\n    source: registration\n', '    category: email\n    \n'));
    const pos = positionOf(doc, '    category: email\n    \n', '    category: email\n    '.length);
    const got = labels(await complete(doc, pos));
    assert.ok(got.some(l => l.startsWith('subjects')), `"subjects" not offered: ${got.slice(0, 15).join(', ')}`);
    assert.ok(got.some(l => l.startsWith('retention')), `"retention" not offered: ${got.slice(0, 15).join(', ')}`);
    assert.ok(!got.includes('category'), 'category is already there');
  });

  test('a focused item gets its detail and documentation (completionItem/resolve)', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-resolve', VALID.replace('    category: email\n', '    category: \n'));
    const pos = positionOf(doc, '    category: \n', '    category: '.length);
    // itemResolveCount (the last argument): VS Code resolves that many items, as the suggest widget does the focused one
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, undefined, 1000);
    const email = list?.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'email');
    assert.ok(email, 'email is not offered');
    const documentation = typeof email.documentation === 'string' ? email.documentation : email.documentation?.value ?? '';
    assert.match(documentation, /\*\*email\*\*/, `no documentation after resolve: ${JSON.stringify(email.documentation)}`);
    assert.ok(email.detail && /[а-яё]/i.test(email.detail), `no detail after resolve: ${email.detail}`);
  });

  test('inside a data: list of a purpose offers the declared data ids', async () => {
    requireFeature('completion');
    const doc = await scratch('complete-ref', VALID.replace('data: [full-name, phone, email]', 'data: [full-name, phone, ]'));
    const got = labels(await complete(doc, positionOf(doc, 'data: [full-name, phone, ]', 'data: [full-name, phone, '.length)));
    assert.ok(got.includes('email'), `declared id "email" not offered: ${got.slice(0, 15).join(', ')}`);
  });
});
