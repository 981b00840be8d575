// The real bundled server over LSP: initialize, open, incremental edits, push and pull diagnostics, shutdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, TextDocumentSyncKind, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { STARTER } from '../helpers/policy';
import { startClient } from '../helpers/lsp';

const URI = 'file:///workspace/site.policy.yaml';

function positionOf(text: string, needle: string) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('push: open, incremental edit, diagnostics follow each version, close clears them', async () => {
  const client = await startClient({ transport: 'stdio' });
  assert.equal((client.initialize.capabilities.textDocumentSync as { change: number }).change, TextDocumentSyncKind.Incremental);
  assert.equal(client.initialize.capabilities.diagnosticProvider, undefined, 'a client without pull support gets push');

  const opened = client.nextDiagnostics(URI, 1);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'derbes', version: 1, text: STARTER } });
  assert.deepEqual((await opened).diagnostics, []);

  // type one character into "privacy-policy" → "privacy-policyx"
  const start = positionOf(STARTER, 'privacy-policy');
  const at = { line: start.line, character: start.character + 'privacy-policy'.length };
  const edited = client.nextDiagnostics(URI, 2);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
  });
  const after = await edited;
  assert.equal(after.diagnostics.length, 1);
  assert.equal(after.diagnostics[0].code, 'invalid-enum');
  assert.deepEqual(after.diagnostics[0].range, { start, end: { line: at.line, character: at.character + 1 } });

  // and back
  const fixed = client.nextDiagnostics(URI, 3);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: URI, version: 3 }, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }],
  });
  assert.deepEqual((await fixed).diagnostics, []);

  const cleared = client.nextDiagnostics(URI);
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI } });
  assert.deepEqual((await cleared).diagnostics, []);
  assert.equal(await client.close(), 0);
});

test('pull: textDocument/diagnostic answers with the current version, in the client locale', async () => {
  const client = await startClient({ transport: 'stdio', locale: 'ru', capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  assert.ok(client.initialize.capabilities.diagnosticProvider, 'pull diagnostics offered');
  const text = STARTER.replace('retention: {', 'retension: {');
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'derbes', version: 1, text } });
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } })) as FullDocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  const unknown = report.items.find(d => d.code === 'unknown-key');
  assert.ok(unknown);
  assert.equal(unknown.message, 'Неизвестный ключ «retension». Возможно, имелось в виду «retention»?');
  assert.equal(await client.close(), 0);
});

test('the locale setting overrides the editor language', async () => {
  const client = await startClient({ transport: 'stdio', locale: 'en', initializationOptions: { locale: 'kk' } });
  const shown = client.nextDiagnostics(URI, 1);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'derbes', version: 1, text: 'derbes: 1\n' } });
  const { diagnostics } = await shown;
  assert.ok(diagnostics.some(d => d.message === 'Міндетті «kind» кілті жоқ.'), JSON.stringify(diagnostics.map(d => d.message)));
  assert.equal(await client.close(), 0);
});

test('IPC transport, as the VS Code client starts it', async () => {
  const client = await startClient({ transport: 'ipc' });
  const shown = client.nextDiagnostics(URI, 1);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'derbes', version: 1, text: 'derbes: 2\n' } });
  const { diagnostics } = await shown;
  assert.ok(diagnostics.some(d => d.code === 'out-of-range'));
  assert.equal(await client.close(), 0);
});

test('broken input never kills the server', async () => {
  const client = await startClient({ transport: 'stdio' });
  const junk = ['\u0000\u0001\u0002binary\uFFFD\uD800', '\t- : : [ { ', 'a: b: c: d', '"unterminated', ':\n  :\n    :', '- - - -'];
  for (const [i, text] of junk.entries()) {
    const uri = `file:///workspace/junk${i}.policy.yaml`;
    const shown = client.nextDiagnostics(uri, 1);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text } });
    const { diagnostics } = await shown;
    assert.ok(diagnostics.length > 0, `junk ${i} gets a diagnostic`);
  }
  assert.equal(client.child.exitCode, null);
  assert.equal(await client.close(), 0);
});
