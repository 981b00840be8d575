// `derbes check`: finds the policies, runs them through the real language server, reports.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../i18n/locale';
import { diagnose, startServerProcess, stopServerProcess, type ServerProcess } from './lspClient';
import { formatReport, summarize, type FileResult, type Format } from './report';
import { UsageError } from './usage';

export interface CheckOptions {
  patterns: string[];
  format: Format;
  maxWarnings?: number;
  locale: Locale;
  cwd: string;
}

const DEFAULT_PATTERNS = ['**/*.policy.yaml', '**/*.policy.yml'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Expands paths, folders and globs; a path or pattern that names nothing is a usage error. */
export async function findPolicies(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns.length ? patterns : DEFAULT_PATTERNS) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, ignore: IGNORE, absolute: true, dot: false });
      if (matches.length === 0 && patterns.length) throw new UsageError(`no files match ${pattern}`);
      matches.forEach(m => found.add(m));
      continue;
    }
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${pattern}`);
    if (info.isDirectory()) {
      const matches = await glob(DEFAULT_PATTERNS, { cwd: path, ignore: IGNORE, absolute: true });
      if (matches.length === 0) throw new UsageError(`no *.policy.yaml files in ${pattern}`);
      matches.forEach(m => found.add(m));
    } else found.add(path);
  }
  return [...found].sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read synchronously: policies are small, and the promise API's four thread-pool hops per file cost more than the read. */
function readPolicy(path: string): string | Diagnostic {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1, code: 'invalid-encoding', source: 'derbes',
      message: 'The file is not valid UTF-8: save it as UTF-8 (policies hold Kazakh and Russian text).',
    };
  }
}

/** Files per server process before another one is worth starting, and the most processes started. */
const SERVER_SHARE = 100;
const MAX_SERVERS = 4;
/** files sent to one server before its first answer comes back */
const IN_FLIGHT = 3;

/**
 * Problems the server found in files it read on its own (a derbes.config.yaml with an unknown rule,
 * a broken clause library): a CI run must fail on them just as the editor shows them.
 */
async function serverReadFiles(servers: ServerProcess[], checked: Set<string>, cwd: string): Promise<FileResult[]> {
  const latest = new Map<string, Diagnostic[]>();
  for (const server of servers) for (const [uri, diagnostics] of server.pushed) latest.set(uri, diagnostics);
  const results: FileResult[] = [];
  for (const [uri, diagnostics] of latest) {
    if (checked.has(uri) || diagnostics.length === 0 || !uri.startsWith('file:')) continue;
    const path = fileURLToPath(uri);
    results.push({ path: relative(cwd, path) || path, text: await readFile(path, 'utf8').catch(() => ''), diagnostics });
  }
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

/** Runs the check and returns the process exit code (0 clean, 1 findings). */
export async function check(options: CheckOptions, write: (s: string) => void): Promise<number> {
  const paths = await findPolicies(options.patterns, options.cwd);
  if (paths.length === 0) throw new UsageError('no policy files found (looked for **/*.policy.yaml)');
  // many files are shared among several server processes, one per core (each is the real server)
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(paths.length / SERVER_SHARE), MAX_SERVERS));
  const started = await Promise.allSettled(Array.from({ length: count }, () => startServerProcess(options.locale, pathToFileURL(options.cwd).toString())));
  const servers = started.flatMap(s => (s.status === 'fulfilled' ? [s.value] : []));
  const results: FileResult[] = [];
  try {
    if (servers.length === 0) throw (started[0] as PromiseRejectedResult).reason;
    // each server has a few files in flight (so it never waits for us), not the whole list: a server
    // holding hundreds of open documents at once spends its time in the garbage collector
    const checked: FileResult[] = new Array(paths.length);
    const queue = paths.entries();
    const feed = async (server: ServerProcess) => {
      for (let item = queue.next(); !item.done; item = queue.next()) {
        const [i, path] = item.value;
        const content = readPolicy(path);
        const shown = isAbsolute(path) ? relative(options.cwd, path) || path : path;
        checked[i] = typeof content !== 'string'
          ? { path: shown, text: '', diagnostics: [content] }
          : { path: shown, text: content, diagnostics: await diagnose(server, pathToFileURL(path).toString(), content) };
      }
    };
    await Promise.all(servers.flatMap(server => Array.from({ length: IN_FLIGHT }, () => feed(server))));
    results.push(...checked);
    results.push(...(await serverReadFiles(servers, new Set(paths.map(p => pathToFileURL(p).toString())), options.cwd)));
  } finally {
    await Promise.all(servers.map(stopServerProcess));
  }
  write(formatReport(options.format, results));
  const summary = summarize(results);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}
