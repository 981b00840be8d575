// Long sessions: policies opened, edited 10,000 times and closed — in one language service and in
// one server process. The heap after a full GC must come back to where it was (small bound).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createLanguageService } from '../server/src/service/languageService';
import { random, seedTexts } from './fuzz-harness';
import { ROOT } from './helpers/policy';

const EDITS = Number(process.env.DERBES_LONG_EDITS ?? 10_000);
const MiB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** Small policies (60–250 lines): the session's length is in its edits, and `npm test` runs on shared machines. */
function sessionSeeds(count: number) {
  const all = seedTexts();
  return ['starter.policy.yaml', 'generated-120', 'generated-250'].map(name => all.find(s => s.name === name) ?? all[0]).slice(0, count);
}

/** An edit that types or deletes one character inside a value line, as typing does: anywhere in the file. */
function typingEdit(r: ReturnType<typeof random>, text: string, i: number): { start: number; end: number; text: string } {
  for (let tries = 0; tries < 20; tries++) {
    const at = r.int(text.length);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd);
    const colon = line.indexOf(': ');
    if (colon < 0 || line.trimStart().startsWith('#') || lineEnd - lineStart < colon + 4) continue;
    const where = lineStart + colon + 3 + r.int(lineEnd - lineStart - colon - 3);
    // insert a letter, or delete one of the letters typed before
    return i % 2 === 0 ? { start: where, end: where, text: r.pick(['а', 'ы', 'e', 'ң', ' ', '1']) } : { start: where, end: where + 1, text: '' };
  }
  return { start: text.length, end: text.length, text: '#' };
}

test(`one language service: open, ${EDITS} edits, close — the heap comes back`, () => {
  const seeds = sessionSeeds(3);
  const service = createLanguageService();
  const r = random(99);
  const run = (edits: number) => {
    const docs = seeds.map((s, k) => TextDocument.create(`file:///long/${k}.policy.yaml`, 'derbes', 1, s.text));
    docs.forEach(d => service.getDiagnostics(d, 'en'));
    for (let i = 0; i < edits; i++) {
      const k = i % docs.length;
      const d = docs[k];
      const e = typingEdit(r, d.getText(), i);
      TextDocument.update(d, [{ range: { start: d.positionAt(e.start), end: d.positionAt(e.end) }, text: e.text }], d.version + 1);
      service.getDiagnostics(d, 'kk');
    }
    docs.forEach(d => service.close(d.uri));
  };
  run(500); // warm up: JIT, memo caches of the rules, taxonomy lookups
  const before = heapAfterGc();
  run(EDITS);
  const after = heapAfterGc();
  const growth = (after - before) / MiB;
  assert.ok(growth < 8, `heap grew by ${growth.toFixed(1)} MiB over ${EDITS} edits (${(before / MiB).toFixed(1)} → ${(after / MiB).toFixed(1)} MiB)`);
});

test(`one server process: open, ${EDITS} edits, close — the heap comes back`, async () => {
  const heapFile = join(tmpdir(), `derbes-long-session-${process.pid}.json`);
  const child = spawn(process.execPath, ['--expose-gc', '--require', join(ROOT, 'scripts', 'bench', 'heap-probe.cjs'), join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, DERBES_BENCH_HEAP_FILE: heapFile },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, { version: number; resolve: () => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const w = waiting.get(p.uri);
    if (w && p.version === w.version) { waiting.delete(p.uri); w.resolve(); }
  });
  connection.listen();
  const diagnosed = (uri: string, version: number) => new Promise<void>(resolve => waiting.set(uri, { version, resolve }));
  const heap = async (): Promise<number> => {
    rmSync(heapFile, { force: true });
    child.kill('SIGUSR2');
    for (let i = 0; i < 200; i++) {
      await new Promise(res => setTimeout(res, 25));
      try {
        return (JSON.parse(readFileSync(heapFile, 'utf8')) as { heapUsed: number }).heapUsed;
      } catch { /* not yet written */ }
    }
    throw new Error('the server did not report its heap');
  };
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'ru' } });
    await connection.sendNotification('initialized', {});
    const seeds = sessionSeeds(2);
    const r = random(7);
    let session = 0;
    const run = async (edits: number) => {
      session++;
      const docs = seeds.map((s, k) => TextDocument.create(`file:///long/${session}-${k}.policy.yaml`, 'derbes', 1, s.text));
      for (const d of docs) {
        const got = diagnosed(d.uri, 1);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'derbes', version: 1, text: d.getText() } });
        await got;
      }
      for (let i = 0; i < edits; i++) {
        const d = docs[i % docs.length];
        const e = typingEdit(r, d.getText(), i);
        const range = { start: d.positionAt(e.start), end: d.positionAt(e.end) };
        TextDocument.update(d, [{ range, text: e.text }], d.version + 1);
        const got = diagnosed(d.uri, d.version);
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range, text: e.text }] });
        // the editor waits for nothing, but a test that never waits measures a queue, not a session
        if (i % 20 === 19) await got;
      }
      for (const d of docs) await connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
    };
    await run(500);
    const before = await heap();
    await run(EDITS);
    const after = await heap();
    const growth = (after - before) / MiB;
    assert.ok(growth < 8, `server heap grew by ${growth.toFixed(1)} MiB over ${EDITS} edits (${(before / MiB).toFixed(1)} → ${(after / MiB).toFixed(1)} MiB)`);
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await new Promise<void>(resolve => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    connection.dispose();
    rmSync(heapFile, { force: true });
  }
});
