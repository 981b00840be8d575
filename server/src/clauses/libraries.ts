// The index of every library clause a policy may `use:`: the built-in `std` library, the folders
// and npm packages listed under `libraries:` in derbes.config.yaml. Files are read only through the
// Workspace, and only inside its roots; a library outside the workspace or a missing folder is a
// finding on the configuration file, never a crash.
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Finding } from '../model/finding';
import type { Workspace } from '../service/workspace';
import { readLibrariesConfig } from './config';
import { parseClauseFile, type ParsedClauseFile } from './parse';
import { STD_CLAUSE_FILES } from './std.generated';
import { CLAUSE_FILE, CONFIG_FILES, type ClauseDefinition, type LibrarySpec } from './types';

/** Where the std clause files are: beside the sources, or, from the bundle in dist/, in the package. */
export const STD_DIR = basename(__dirname) === 'dist' ? join(__dirname, '..', 'server', 'src', 'clauses', 'std') : join(__dirname, 'std');

/** Findings of one file that is not a policy (the configuration, a clause file), with its text for positions. */
export interface FileIssues {
  text: string;
  findings: Finding[];
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

let stdCache: Map<string, ClauseDefinition> | undefined;
/** The built-in library, parsed once. */
export function stdClauses(): Map<string, ClauseDefinition> {
  if (!stdCache) {
    stdCache = new Map();
    for (const { file, text } of STD_CLAUSE_FILES) {
      const parsed = parseClauseFile(text, 'std', join(STD_DIR, file), true);
      if (parsed.clause) stdCache.set(parsed.clause.id, parsed.clause);
    }
  }
  return stdCache;
}

export class ClauseLibraries {
  private clauses = new Map<string, ClauseDefinition>(stdClauses());
  private specs: LibrarySpec[] = [{ name: 'std', kind: 'builtin', folder: STD_DIR }];
  private fileIssues = new Map<string, FileIssues>();
  private configPaths: string[] = [];
  private parseCache = new Map<string, ParsedClauseFile>();
  private listeners = new Set<() => void>();
  private queue: Promise<boolean> = Promise.resolve(false);
  private firstLoad: Promise<boolean> | undefined;
  private signature = '';
  private issueSignature = '';
  /** bumps whenever the set of clauses or their contents change */
  generation = 0;

  constructor(private workspace?: Workspace) {}

  setWorkspace(workspace: Workspace | undefined): void {
    this.workspace = workspace;
  }

  get(id: string): ClauseDefinition | undefined {
    return this.clauses.get(id);
  }

  all(): ClauseDefinition[] {
    return [...this.clauses.values()];
  }

  libraries(): readonly LibrarySpec[] {
    return this.specs;
  }

  hasLibrary(name: string): boolean {
    return this.specs.some(s => s.name === name);
  }

  /** Findings per file (configuration and clause files); a file with none is listed with an empty list once it is clean. */
  issues(): ReadonlyMap<string, FileIssues> {
    return this.fileIssues;
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a changed file may change the libraries. */
  isRelevant(path: string): boolean {
    if (CONFIG_FILES.includes(basename(path))) return true;
    if (this.configPaths.includes(path)) return true;
    if (basename(path) === 'package.json' && path.includes('node_modules')) return true;
    return CLAUSE_FILE.test(path) && this.specs.some(s => s.kind !== 'builtin' && s.folder !== undefined && isInside(s.folder, path));
  }

  /** Re-reads the configuration and every library; resolves to whether anything changed. Calls are serialised. */
  reload(): Promise<boolean> {
    this.queue = this.queue.then(() => this.load(), () => this.load());
    this.firstLoad ??= this.queue;
    return this.queue;
  }

  /** Resolves once the first reload has finished (at once when none was asked for). */
  whenLoaded(): Promise<void> {
    return (this.firstLoad ?? Promise.resolve()).then(() => undefined, () => undefined);
  }

  /** After file changes: reloads when one of them matters. */
  async filesChanged(paths: readonly string[]): Promise<boolean> {
    if (!paths.some(p => this.isRelevant(p))) return false;
    return this.reload();
  }

  private async load(): Promise<boolean> {
    const ws = this.workspace;
    const clauses = new Map(stdClauses());
    const specs: LibrarySpec[] = [{ name: 'std', kind: 'builtin', folder: STD_DIR }];
    const issues = new Map<string, FileIssues>();
    const configPaths: string[] = [];
    const parseCache = new Map<string, ParsedClauseFile>();
    if (ws) {
      for (const root of ws.roots) {
        for (const name of CONFIG_FILES) {
          const configPath = join(root, name);
          const text = await safeRead(ws, configPath);
          if (text === undefined) continue;
          configPaths.push(configPath);
          const config = readLibrariesConfig(text);
          const findings = [...config.findings];
          issues.set(configPath, { text, findings });
          for (const entry of config.entries) {
            const at = (code: string, args: Record<string, string>) => findings.push({ code, start: entry.range[0], end: Math.max(entry.range[1], entry.range[0] + 1), args });
            if (specs.some(s => s.name === entry.name)) {
              at('library-config-invalid', { problem: 'duplicate-name', name: entry.name });
              continue;
            }
            let folder: string;
            if (entry.packageName !== undefined) {
              const pkgDir = resolve(root, 'node_modules', entry.packageName);
              if (!isInside(join(root, 'node_modules'), pkgDir)) {
                at('library-package-not-found', { name: entry.name, package: entry.packageName });
                continue;
              }
              const manifest = await safeRead(ws, join(pkgDir, 'package.json'));
              if (manifest === undefined) {
                at('library-package-not-found', { name: entry.name, package: entry.packageName });
                continue;
              }
              let declared: string | undefined;
              try {
                const json = JSON.parse(manifest) as { derbes?: { clauses?: unknown } };
                if (typeof json.derbes?.clauses === 'string') declared = json.derbes.clauses;
              } catch { /* a broken manifest: fall back to the clauses/ folder */ }
              folder = resolve(pkgDir, declared ?? 'clauses');
              if (!isInside(pkgDir, folder)) {
                at('library-outside-workspace', { name: entry.name, path: declared ?? '' });
                continue;
              }
            } else {
              folder = resolve(dirname(configPath), entry.path ?? '');
              if (!ws.roots.some(r => isInside(r, folder))) {
                at('library-outside-workspace', { name: entry.name, path: entry.path ?? '' });
                continue;
              }
            }
            const spec: LibrarySpec = { name: entry.name, kind: entry.packageName !== undefined ? 'package' : 'folder', folder, packageName: entry.packageName, configPath, range: entry.range };
            specs.push(spec);
            const files = (await safeList(ws, folder)).filter(f => CLAUSE_FILE.test(f) && isInside(folder, f) && !CONFIG_FILES.includes(basename(f))).sort();
            if (files.length === 0) {
              at('library-not-found', { name: entry.name, path: entry.path ?? entry.packageName ?? '' });
              continue;
            }
            for (const file of files) {
              const source = await safeRead(ws, file);
              if (source === undefined) continue;
              const key = `${entry.name}\0${file}\0${source}`;
              const parsed = this.parseCache.get(key) ?? parseClauseFile(source, entry.name, file);
              parseCache.set(key, parsed);
              const findings = [...parsed.findings];
              const clause = parsed.clause;
              if (clause) {
                const other = clauses.get(clause.id);
                if (other) findings.push({ code: 'clause-duplicate', start: clause.idRange[0], end: clause.idRange[1], args: { id: clause.id, other: other.path } });
                else clauses.set(clause.id, clause);
              }
              issues.set(file, { text: source, findings });
            }
          }
          break; // one configuration file per root
        }
      }
    }
    // files that had findings before and are gone or clean now are reported clean once
    for (const [path, before] of this.fileIssues) if (!issues.has(path) && before.findings.length) issues.set(path, { text: '', findings: [] });
    const signature = [...clauses.values()].map(c => `${c.id}\0${c.path}\0${c.source}`).join('\n') + '\n' + specs.map(s => `${s.name}:${s.folder}`).join(',');
    const changed = signature !== this.signature;
    const issueSignature = [...issues].map(([p, i]) => `${p}\0${i.text.length}\0${JSON.stringify(i.findings)}`).join('\n');
    const issuesChanged = issueSignature !== this.issueSignature;
    this.issueSignature = issueSignature;
    this.clauses = clauses;
    this.specs = specs;
    this.fileIssues = issues;
    this.configPaths = configPaths;
    this.parseCache = parseCache;
    this.signature = signature;
    if (changed) this.generation++;
    if (changed || issuesChanged) for (const l of this.listeners) l();
    return changed;
  }
}

async function safeRead(ws: Workspace, path: string): Promise<string | undefined> {
  try {
    return await ws.readFile(path);
  } catch {
    return undefined;
  }
}

async function safeList(ws: Workspace, folder: string): Promise<string[]> {
  try {
    return await ws.listFiles(folder);
  } catch {
    return [];
  }
}
