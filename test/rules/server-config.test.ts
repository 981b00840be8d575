// The rule configuration end to end: the real server finds derbes.config.yaml for each policy,
// publishes the config file's problems, follows changes to it, and `derbes check` (which runs the
// same server) reports exactly what the editor shows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification, FileChangeType,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type Diagnostic, type FullDocumentDiagnosticReport, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { policy } from './helpers';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'bin', 'derbes.js');
const SITE_USE = policy('acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n'); // R05, a warning by default

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'derbes-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function startServer(root: string) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, p => {
    published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    const i = waiters.findIndex(w => w.uri === p.uri);
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
  });
  const registrations: unknown[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => { registrations.push(...params.registrations); return null; });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], locale: 'en',
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection, registrations,
    next: (uri: string) => new Promise<PublishDiagnosticsParams>(resolve => waiters.push({ uri, resolve })),
    async open(path: string, text: string) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(path).href, languageId: 'derbes', version: 1, text } });
    },
    async pull(path: string): Promise<Diagnostic[]> {
      return ((await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: pathToFileURL(path).href } })) as FullDocumentDiagnosticReport).items;
    },
    async close() {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await connection.sendNotification(ExitNotification.type).catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) await new Promise(resolve => child.once('exit', resolve));
    },
  };
}

const CONFIG = 'rules:\n  R05: error\n  R99: warning\noverrides:\n  - files: "legacy/**"\n    rules: { R05: off }\n';

describe('configuration in the server and the CLI', () => {
  it('the editor and derbes check give the same severities, by glob', async () => {
    const root = workspace({ 'derbes.config.yaml': CONFIG, 'a.policy.yaml': SITE_USE, 'legacy/b.policy.yaml': SITE_USE });
    const server = await startServer(root);
    try {
      await server.open(join(root, 'a.policy.yaml'), SITE_USE);
      await server.open(join(root, 'legacy', 'b.policy.yaml'), SITE_USE);
      const a = await server.pull(join(root, 'a.policy.yaml'));
      const b = await server.pull(join(root, 'legacy', 'b.policy.yaml'));
      assert.equal(a.find(d => d.code === 'R05')?.severity, 1);
      assert.equal(b.find(d => d.code === 'R05'), undefined);

      const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json'], { cwd: root, encoding: 'utf8' });
      const report = JSON.parse(cli.stdout) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] };
      const byFile = Object.fromEntries(report.files.map(f => [f.path.replace(/\\/g, '/'), f.diagnostics]));
      assert.equal(byFile['a.policy.yaml'].find(d => d.code === 'R05')?.severity, 'error');
      assert.equal(byFile['legacy/b.policy.yaml'].find(d => d.code === 'R05'), undefined);
      assert.equal(cli.status, 1);
      assert.deepEqual(byFile['a.policy.yaml'].map(d => d.code), a.map(d => String(d.code)));
    } finally {
      await server.close();
    }
  });

  it('publishes the config file\'s problems and follows changes to it', async () => {
    const root = workspace({ 'derbes.config.yaml': CONFIG, 'a.policy.yaml': SITE_USE });
    const configUri = pathToFileURL(join(root, 'derbes.config.yaml')).href;
    const server = await startServer(root);
    try {
      const configDiagnostics = server.next(configUri);
      await server.open(join(root, 'a.policy.yaml'), SITE_USE);
      const published = await configDiagnostics;
      assert.deepEqual(published.diagnostics.map(d => d.code), ['config-unknown-rule']);
      assert.equal(published.diagnostics[0].range.start.line, 2);
      // the server asked to watch the config files
      await new Promise(resolve => setTimeout(resolve, 50));
      assert.ok(JSON.stringify(server.registrations).includes('derbes.config.yaml'));

      writeFileSync(join(root, 'derbes.config.yaml'), 'rules:\n  R05: info\n');
      const cleared = server.next(configUri);
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
      assert.deepEqual((await cleared).diagnostics, []);
      const after = await server.pull(join(root, 'a.policy.yaml'));
      assert.equal(after.find(d => d.code === 'R05')?.severity, 3);
    } finally {
      await server.close();
    }
  });

  it('a broken config file is a diagnostic, never a crash', async () => {
    const root = workspace({ 'derbes.config.yaml': 'rules: [\n  R05: error\n', 'a.policy.yaml': SITE_USE });
    const server = await startServer(root);
    try {
      const configDiagnostics = server.next(pathToFileURL(join(root, 'derbes.config.yaml')).href);
      await server.open(join(root, 'a.policy.yaml'), SITE_USE);
      assert.ok((await configDiagnostics).diagnostics.some(d => d.code === 'config-invalid'));
      assert.equal((await server.pull(join(root, 'a.policy.yaml'))).find(d => d.code === 'R05')?.severity, 2);
    } finally {
      await server.close();
    }
  });
});

describe('derbes rules', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'rules', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  it('lists every rule as JSON with id, name, severity, citation, confidence and messages', () => {
    const r = run('--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { rules: { id: string; name: string; severity: string; confidence?: string; citations: { text: Record<string, string> }[]; messages: Record<string, string> }[] };
    const ids = json.rules.map(x => x.id);
    for (let i = 1; i <= 40; i++) assert.ok(ids.includes(`R${String(i).padStart(2, '0')}`));
    const r08 = json.rules.find(x => x.id === 'R08')!;
    assert.equal(r08.severity, 'error');
    assert.equal(r08.confidence, 'H');
    assert.equal(r08.citations[0].text.ru, 'пп. 5) п. 4 ст. 8 Закона');
    assert.equal(r08.citations[0].text.kk, 'Заңның 8-бабы 4-тармағының 5) тармақшасы');
    assert.ok(r08.messages.kk && r08.messages.ru && r08.messages.en);
  });
  it('as Markdown and as text, in the chosen language', () => {
    assert.match(run('--format', 'md').stdout, /^\| \[R01\]\(R01\.md\) \| Storage outside Kazakhstan \| error \| H \|/m);
    assert.match(run('--locale', 'ru').stdout, /^R16 {2}Withdrawal deadline longer than 15 working days\n {2}severity: {3}warning\n {2}confidence: H\n {2}citation: {3}п\. 7 ст\. 8 Закона/m);
    assert.equal(run('--format', 'xml').status, 2);
  });
});
