// Hover, go to definition, references, document symbols.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE } from './activation';
import { group, hoverText, open, positionOf, requireFeature, test } from './harness';

group('navigation', () => {
  test('hover on a category value shows its labels', async () => {
    requireFeature('hover');
    const doc = await open(FIXTURE);
    const pos = positionOf(doc, '    category: email', '    category: em'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hoverText(hovers);
    assert.ok(text.length > 0, 'no hover');
    assert.match(text, /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]/, `hover has no Kazakh/Russian label: ${text.slice(0, 200)}`);
  });

  test('hover on a key shows its documentation', async () => {
    requireFeature('hover');
    const doc = await open(FIXTURE);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'retention:', 2));
    assert.ok(hoverText(hovers).length > 10, 'no documentation hover on retention:');
  });

  test('go to definition from a purpose\'s data reference to the data item', async () => {
    requireFeature('definition');
    const doc = await open(FIXTURE);
    const pos = positionOf(doc, 'data: [full-name, phone, email]', 'data: [full-name, ph'.length);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.ok(defs?.length, 'no definition');
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetUri' in d ? (d.targetSelectionRange ?? d.targetRange) : d.range;
    assert.equal(uri.toString(), doc.uri.toString());
    assert.equal(range.start.line, positionOf(doc, '  phone: {').line, `definition points at line ${range.start.line + 1}`);
  });

  test('find references of a data item lists its uses', async () => {
    requireFeature('references');
    const doc = await open(FIXTURE);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, '  phone: {', 3));
    assert.ok(refs && refs.length >= 1, 'no references');
    assert.ok(refs.some(r => r.range.start.line === positionOf(doc, 'data: [full-name, phone').line), 'the purpose\'s use of phone is missing');
  });

  test('document symbols (outline) have the top-level sections and data ids', async () => {
    requireFeature('symbols', 'documentSymbol', 'outline');
    const doc = await open(FIXTURE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols?.length, 'no symbols');
    const flat = (ss: vscode.DocumentSymbol[]): string[] => ss.flatMap(s => [s.name, ...flat(s.children ?? [])]);
    const names = flat(symbols);
    for (const n of ['data', 'purposes', 'phone', 'provide-service']) assert.ok(names.some(x => x === n || x.includes(n)), `"${n}" missing from the outline: ${names.join(', ')}`);
  });
});
