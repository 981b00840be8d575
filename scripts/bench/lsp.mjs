// A small LSP client for the benchmarks: spawns a server over stdio, answers the requests servers
// make of their client (configuration, registrations, progress), and lets the caller wait for
// publishDiagnostics of a given document (and version).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export const HEAP_PROBE = join(fileURLToPath(new URL('.', import.meta.url)), 'heap-probe.cjs');

/**
 * Starts `node <args>` (with `env` added to the environment) speaking LSP on stdio. `configuration(section)` answers workspace/configuration.
 * With `probe`, node runs with --expose-gc and the heap probe preloaded (see heap-probe.cjs).
 */
export async function startServer({ args, env = {}, capabilities, initializationOptions, configuration = () => null, probe = false, rootUri = null }) {
  const heapFile = join(tmpdir(), `derbes-bench-heap-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const nodeArgs = probe ? ['--expose-gc', '--require', HEAP_PROBE, ...args] : args;
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env, DERBES_BENCH_HEAP_FILE: heapFile } });
  let stderr = '';
  child.stderr.on('data', d => { stderr = (stderr + d).slice(-4000); });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const last = new Map();
  connection.onNotification('textDocument/publishDiagnostics', params => {
    const entry = { ...params, at: performance.now() };
    last.set(params.uri, entry);
    for (const w of [...waiters]) if (w.test(entry)) { waiters.delete(w); w.resolve(entry); }
  });
  connection.onNotification(() => undefined);
  connection.onRequest('workspace/configuration', params => params.items.map(item => configuration(item.section, item.scopeUri)));
  connection.onRequest((method) => (method === 'workspace/workspaceFolders' ? [] : null));
  connection.listen();
  const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities, initializationOptions, workspaceFolders: null, locale: 'en' });
  const startMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  return {
    child, connection, init, startMs,
    get stderr() { return stderr; },
    /** resolves with the first publishDiagnostics for `uri` that passes `test` (arriving after this call) */
    diagnostics(uri, test = () => true, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const w = { test: e => e.uri === uri && test(e), resolve: e => { clearTimeout(timer); resolve(e); } };
        const timer = setTimeout(() => { waiters.delete(w); reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${stderr}`)); }, timeoutMs);
        waiters.add(w);
      });
    },
    open(uri, text, languageId = 'derbes', version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, range, text) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    close(uri) {
      return connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    pull(uri) {
      return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    },
    /** RSS from /proc (now), and the server's own memoryUsage after a full GC (needs probe) */
    async memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      if (!probe) return { rss };
      rmSync(heapFile, { force: true });
      child.kill('SIGUSR2');
      for (let i = 0; i < 200; i++) {
        await new Promise(r => setTimeout(r, 25));
        try {
          return { rss, ...JSON.parse(readFileSync(heapFile, 'utf8')) };
        } catch { /* not written yet */ }
      }
      return { rss };
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await new Promise(resolve => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 3000);
        child.once('exit', () => { clearTimeout(t); resolve(); });
      });
      connection.dispose();
      rmSync(heapFile, { force: true });
    },
  };
}
