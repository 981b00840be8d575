// Authoring features of the real bundled server over LSP (stdio), with a workspace folder on disk
// holding a team clause library that changes while the server runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest, DocumentFormattingRequest, DocumentLinkRequest, DocumentSymbolRequest, FileChangeType, FoldingRangeRequest,
  HoverRequest, InitializedNotification, InitializeRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest, SelectionRangeRequest,
  WorkspaceSymbolRequest, type CompletionList, type DocumentSymbol, type FullDocumentDiagnosticReport, type Hover, type InitializeResult, type Location,
} from 'vscode-languageserver-protocol';
import { SERVER } from '../helpers/lsp';
import { BASE } from '../authoring/helpers';

const CAP = 'id: liability-cap\nversion: 1.0.0\nparams:\n  amount: { type: integer, default: 100000 }\ntext:\n  kk: "{{operator}} жауапкершілігі {{amount}} теңгемен шектеледі."\n  ru: "Ответственность {{operator:gen}} ограничена суммой {{amount}} тенге."\n';

test('authoring over LSP: completion, hover, navigation, fixes, formatting, and a library that changes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'derbes-proto-'));
  mkdirSync(join(root, 'clauses'));
  writeFileSync(join(root, 'derbes.config.yaml'), 'libraries:\n  team: clauses\n');
  const capFile = join(root, 'clauses', 'cap.yaml');
  writeFileSync(capFile, CAP);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const registrations: string[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => { registrations.push(...params.registrations.map(r => r.method)); return null; });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  try {
    const rootUri = pathToFileURL(root).href;
    const init = (await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], locale: 'ru',
      capabilities: {
        textDocument: { completion: { completionItem: { snippetSupport: true } }, diagnostic: { dynamicRegistration: false }, rename: { prepareSupport: true } },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      },
    })) as InitializeResult;
    const caps = init.capabilities;
    for (const p of ['completionProvider', 'hoverProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'documentLinkProvider', 'workspaceSymbolProvider', 'documentFormattingProvider'] as const) {
      assert.ok(caps[p], p);
    }
    await connection.sendNotification(InitializedNotification.type, {});

    const uri = pathToFileURL(join(root, 'site.policy.yaml')).href;
    const text = BASE.replace('source: registration }', 'sorce: registration }') + 'clauses:\n  - use: team/liability-cap\n  - use: \n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text } });
    const lines = text.split('\n');
    const pos = (needle: string, delta = 0) => {
      const line = lines.findIndex(l => l.includes(needle));
      return { line, character: lines[line].indexOf(needle) + delta };
    };
    const doc = { textDocument: { uri } };

    const pull = async () => ((await connection.sendRequest(DocumentDiagnosticRequest.type, doc)) as FullDocumentDiagnosticReport).items.map(d => String(d.code));
    const until = async (what: string, check: () => Promise<boolean>) => {
      for (let i = 0; i < 100; i++) { if (await check()) return; await new Promise(r => setTimeout(r, 50)); }
      assert.fail(what);
    };
    await until('the team library is indexed', async () => !(await pull()).includes('unknown-clause'));

    const completion = async () => ((await connection.sendRequest(CompletionRequest.type, { ...doc, position: { line: lines.length - 2, character: '  - use: '.length } })) as CompletionList).items.map(i => String(i.label));
    assert.ok((await completion()).includes('team/liability-cap'));
    assert.ok((await completion()).includes('std/pre-trial-claim'));

    const hover = (await connection.sendRequest(HoverRequest.type, { ...doc, position: pos('category: email', 12) })) as Hover;
    assert.match((hover.contents as { value: string }).value, /адрес электронной почты/);

    const def = (await connection.sendRequest(DefinitionRequest.type, { ...doc, position: pos('team/liability-cap', 3) })) as Location[];
    assert.equal(def[0].uri, pathToFileURL(capFile).href);

    const refs = (await connection.sendRequest(ReferencesRequest.type, { ...doc, position: pos('  phone: {', 3), context: { includeDeclaration: true } })) as Location[];
    assert.equal(refs.length, 2);

    const prepared = await connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: pos('  phone: {', 3) });
    assert.deepEqual((prepared as { placeholder: string }).placeholder, 'phone');
    const renamed = await connection.sendRequest(RenameRequest.type, { ...doc, position: pos('  phone: {', 3), newName: 'mobile' });
    assert.equal(renamed?.changes?.[uri]?.length, 2);
    await assert.rejects(connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: pos('category: email', 12) }), /переименовать/);

    const diagnostics = ((await connection.sendRequest(DocumentDiagnosticRequest.type, doc)) as FullDocumentDiagnosticReport).items;
    const unknownKey = diagnostics.find(d => d.code === 'unknown-key')!;
    const actions = await connection.sendRequest(CodeActionRequest.type, { ...doc, range: unknownKey.range, context: { diagnostics: [unknownKey] } });
    assert.equal((actions as { title: string }[])[0].title, 'Заменить на «source»');

    const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, doc)) as DocumentSymbol[];
    assert.ok(symbols.some(s => s.name === 'data' && s.children?.some(c => c.name === 'phone')));
    assert.ok(((await connection.sendRequest(FoldingRangeRequest.type, doc)) ?? []).length > 3);
    assert.ok((await connection.sendRequest(SelectionRangeRequest.type, { ...doc, positions: [pos('category: email', 12)] }))?.[0]?.parent);
    assert.ok(((await connection.sendRequest(DocumentLinkRequest.type, doc)) ?? []).some(l => l.target === 'mailto:info@example.kz'));
    const formatted = (await connection.sendRequest(DocumentFormattingRequest.type, { ...doc, options: { tabSize: 2, insertSpaces: true } })) ?? [];
    assert.deepEqual(formatted.map(e => e.newText), ['  - use:'], 'only the trailing space of the empty use: goes');
    const symbolsInWs = await connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'liability' });
    assert.ok((symbolsInWs as { name: string }[]).some(s => s.name === 'team/liability-cap'));

    // the library changes on disk: deleted, then added back
    await until('the watchers are registered', async () => registrations.includes(DidChangeWatchedFilesNotification.method));
    rmSync(capFile);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(capFile).href, type: FileChangeType.Deleted }] });
    await until('unknown-clause after the clause file is deleted', async () => (await pull()).includes('unknown-clause'));
    assert.ok(!(await completion()).includes('team/liability-cap'));
    writeFileSync(capFile, CAP);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(capFile).href, type: FileChangeType.Created }] });
    await until('the clause is back', async () => !(await pull()).includes('unknown-clause'));
    assert.ok((await completion()).includes('team/liability-cap'));
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('derbes check sees the team library (no false unknown-clause) and reports a wrong use:', async () => {
  const { spawnSync } = await import('node:child_process');
  const root = mkdtempSync(join(tmpdir(), 'derbes-cli-'));
  try {
    mkdirSync(join(root, 'clauses'));
    writeFileSync(join(root, 'derbes.config.yaml'), 'libraries:\n  team: clauses\n');
    writeFileSync(join(root, 'clauses', 'cap.yaml'), CAP);
    writeFileSync(join(root, 'good.policy.yaml'), BASE + 'clauses:\n  - use: team/liability-cap\n');
    writeFileSync(join(root, 'bad.policy.yaml'), BASE + 'clauses:\n  - use: team/liability-cup\n');
    const cli = join(SERVER, '..', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.stringify(JSON.parse(run.stdout));
    const codesOf = (file: string) => {
      const files = (JSON.parse(run.stdout) as { files?: { path: string; diagnostics: { code: string }[] }[] }).files ?? [];
      return files.find(f => f.path.endsWith(file))?.diagnostics.map(d => String(d.code)) ?? [];
    };
    assert.ok(!codesOf('good.policy.yaml').includes('unknown-clause'), report.slice(0, 500));
    assert.ok(codesOf('bad.policy.yaml').includes('unknown-clause'), report.slice(0, 500));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
