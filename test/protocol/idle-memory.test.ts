// The server gives memory back once the user stops typing (server/src/lsp/idleMemory.ts): V8 keeps
// the pages a large open or a run of edits grew into until its next collection, which an idle
// server never reaches on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { startClient } from '../helpers/lsp';
import { IDLE_MS } from '../../server/src/lsp/idleMemory';

const { generatePolicy } = createRequire(__filename)('../../scripts/bench/generate.mjs') as { generatePolicy(lines: number, seed?: number): string };
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

test('an idle server returns the memory a large policy and its edits took', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const client = await startClient({ capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
  try {
    const uri = 'file:///idle/big.policy.yaml';
    const text = generatePolicy(20000, 1);
    let diagnostics = client.nextDiagnostics(uri, 1);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text } });
    await diagnostics;
    // typing at the end of the file: each version is a new 900 KB text and a new analysis
    const end = { line: text.split('\n').length - 1, character: 0 };
    for (let version = 2; version <= 21; version++) {
      diagnostics = client.nextDiagnostics(uri, version);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: '#' }] });
      await diagnostics;
    }
    const busy = rssMiB(client.child.pid!);
    await sleep(IDLE_MS + 1500);
    const idle = rssMiB(client.child.pid!);
    assert.ok(busy - idle >= 4, `RSS ${busy.toFixed(1)} MiB while typing, ${idle.toFixed(1)} MiB after ${IDLE_MS + 1500} ms idle`);
  } finally {
    await client.close();
  }
});
