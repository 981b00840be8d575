// Hostile input through the real server (dist/server.js over stdio): each input gets a diagnostic,
// every diagnostic lies inside the document, and the server answers the next document at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './helpers/lsp';
import { STARTER } from './helpers/policy';
import { checkRanges } from './fuzz-harness';

let client: TestClient;
let n = 0;

before(async () => {
  client = await startClient();
});
after(async () => {
  await client.close();
});

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Opens `text`, returns its diagnostics; then checks that a normal policy is still answered quickly. */
async function open(text: string, limitMs = 10_000): Promise<{ diagnostics: Diagnostic[]; ms: number; uri: string }> {
  const uri = `file:///hostile/${++n}.policy.yaml`;
  const started = performance.now();
  const got = client.nextDiagnostics(uri, 1);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text } });
  const { diagnostics } = await withTimeout(got, limitMs, uri);
  const ms = performance.now() - started;
  const bad = checkRanges(text, diagnostics);
  assert.equal(bad, '', bad);
  await assertResponsive();
  return { diagnostics, ms, uri };
}

async function close(uri: string) {
  const cleared = client.nextDiagnostics(uri);
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await withTimeout(cleared, 10_000, `close ${uri}`);
}

async function assertResponsive() {
  const uri = `file:///hostile/probe-${++n}.policy.yaml`;
  const got = client.nextDiagnostics(uri, 1);
  const started = performance.now();
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text: STARTER } });
  await withTimeout(got, 3000, 'the server after hostile input');
  assert.ok(performance.now() - started < 3000);
  await close(uri);
}

const codes = (d: Diagnostic[]) => new Set(d.map(x => String(x.code)));

test('an alias bomb ("billion laughs") is reported, never expanded', async () => {
  let bomb = 'derbes: 1\nlol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < 12; i++) bomb += `l${i}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(', ')}]\n`;
  bomb += 'title: &t {kk: a, ru: b}\nfooter: *t\noperator:\n  name: *t\n';
  const { diagnostics, uri } = await open(bomb, 5000);
  assert.ok(codes(diagnostics).has('yaml-alias'), [...codes(diagnostics)].join());
  await close(uri);
});

test('1,000-deep nesting: flow and block', async () => {
  const flow = `derbes: 1\ntitle: ${'['.repeat(1000)}${']'.repeat(1000)}\ndata:\n  x: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\n`;
  let r = await open(flow, 5000);
  assert.ok(codes(r.diagnostics).has('invalid-type'), [...codes(r.diagnostics)].join());
  await close(r.uri);
  let block = 'derbes: 1\noperator:\n';
  for (let i = 1; i <= 1000; i++) block += `${' '.repeat(i * 2)}k${i}:\n`;
  r = await open(block, 5000);
  assert.ok(codes(r.diagnostics).has('unknown-key'), [...codes(r.diagnostics)].join());
  await close(r.uri);
});

test('a 20 MB file gets one file-too-large diagnostic, also after an edit', async () => {
  const unit = STARTER.replace(/^derbes: 1\n/m, '');
  let text = STARTER;
  while (text.length < 20 * 1024 * 1024) text += unit.replace(/^(\w[\w-]*):/gm, (_m, k) => `${k}-${text.length}:`);
  const { diagnostics, uri, ms } = await open(text, 30_000);
  assert.deepEqual([...codes(diagnostics)], ['file-too-large']);
  assert.equal(diagnostics.length, 1);
  assert.ok(ms < 15_000, `${ms} ms`);
  const got = client.nextDiagnostics(uri, 2);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '#' }] });
  const edited = await withTimeout(got, 10_000, 'edit of the 20 MB file');
  assert.deepEqual([...codes(edited.diagnostics)], ['file-too-large']);
  await close(uri);
  await assertResponsive();
});

test('very long lines: a 1 MB text on one line, a 100,000-item list, a 100 KB key', async () => {
  let r = await open(`derbes: 1\ntitle:\n  kk: "${'сөз '.repeat(250_000)}"\n`, 10_000);
  assert.ok(codes(r.diagnostics).has('missing-translation'));
  assert.ok(r.diagnostics.every(d => String(d.message).length < 2000), 'messages stay short');
  await close(r.uri);
  r = await open(`derbes: 1\nrights: [${Array(100_000).fill('know').join(', ')}]\n`, 10_000);
  assert.ok(r.diagnostics.length > 0);
  await close(r.uri);
  r = await open(`derbes: 1\n${'k'.repeat(100_000)}: 1\nkind: ${'x'.repeat(100_000)}\n`, 10_000);
  assert.ok(codes(r.diagnostics).has('unknown-key') && codes(r.diagnostics).has('invalid-enum'));
  assert.ok(r.diagnostics.every(d => String(d.message).length < 2000), 'messages stay short');
  await close(r.uri);
});

test('binary content and text decoded from invalid UTF-8', async () => {
  const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256));
  let r = await open(bytes.toString('latin1'), 10_000);
  assert.ok(codes(r.diagnostics).has('hidden-character'));
  assert.ok(r.diagnostics.length < 5000, `${r.diagnostics.length} diagnostics`);
  await close(r.uri);
  // what an editor shows for invalid UTF-8: replacement characters; and unpaired surrogates
  r = await open(`derbes: 1\nkind: privacy-policy\ntitle:\n  kk: ${Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]).toString('utf8')}\n  ru: \ud800x\udc00\n`);
  assert.ok(codes(r.diagnostics).has('hidden-character'));
  await close(r.uri);
});

test('tabs, BOMs, CRLF and mixed line ends', async () => {
  let r = await open('derbes: 1\noperator:\n\tname:\n\t\tkk: a\n');
  assert.ok(codes(r.diagnostics).has('yaml-syntax'));
  await close(r.uri);
  // a BOM at the start is fine; one inside the text is an invisible character
  const plain = await open(STARTER);
  r = await open('\ufeff' + STARTER);
  assert.deepEqual([...codes(r.diagnostics)].sort(), [...codes(plain.diagnostics)].sort());
  await close(r.uri);
  r = await open(STARTER.replace('kind:', '\ufeffkind:'));
  assert.ok(codes(r.diagnostics).has('hidden-character') || codes(r.diagnostics).has('unknown-key'));
  await close(r.uri);
  // CRLF reads as LF: the same findings
  r = await open(STARTER.replace(/\n/g, '\r\n'));
  assert.deepEqual(r.diagnostics.map(d => [d.code, d.range]), plain.diagnostics.map(d => [d.code, d.range]));
  await close(r.uri);
  await close(plain.uri);
  // mixed: CRLF, LF and a lone CR (which YAML does not take for a line end)
  let i = 0;
  r = await open(STARTER.replace(/\n/g, () => ['\r\n', '\n', '\r'][i++ % 3]));
  assert.ok(r.diagnostics.length > 0);
  await close(r.uri);
});

test('NUL bytes', async () => {
  const r = await open('derbes: 1\nkind: privacy\u0000policy\n\u0000\u0000\u0000\ntitle: {kk: "a\u0000", ru: b}\n');
  assert.ok(codes(r.diagnostics).has('hidden-character'));
  assert.ok(r.diagnostics.some(d => d.code === 'hidden-character' && d.severity === 1), 'a control character is an error');
  await close(r.uri);
});

test('right-to-left and zero-width characters', async () => {
  const r = await open(STARTER
    .replace('derbes: 1', 'derbes\u200b: 1')
    .replace('kind: privacy-policy', 'kind: privacy\u202e-policy')
    .replace('  kk: Құпиялылық саясаты', '  kk: Құпиялылық\u2066 саясаты\u2069'));
  const c = codes(r.diagnostics);
  assert.ok(c.has('hidden-character') && c.has('unknown-key') && c.has('invalid-enum'), [...c].join());
  assert.ok(r.diagnostics.filter(d => d.code === 'hidden-character').length >= 4);
  await close(r.uri);
});

test('an empty file, and one with only whitespace or comments', async () => {
  for (const text of ['', '\n\n\n', '   ', '# only a comment\n']) {
    const r = await open(text);
    assert.ok(codes(r.diagnostics).has('missing-required'), JSON.stringify(text));
    await close(r.uri);
  }
});
