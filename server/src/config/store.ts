// Finds and caches the configuration that governs each policy: the nearest derbes.config.yaml in the
// document's folder or above it, not looking past the workspace folder that contains the document.
// The server and `derbes check` (which runs the server) both go through this, so they agree.
// Reads are synchronous and cached, so asking for a document's severities costs a map lookup.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../model/finding';
import type { SeverityOverride } from '../service/diagnostics';
import { parseRulesConfig, severityOverride, type RulesConfig } from './rulesConfig';

export const CONFIG_NAMES = ['derbes.config.yaml', 'derbes.config.yml'];

export type ReadFile = (path: string) => string | undefined;

const readFromDisk: ReadFile = path => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export interface LoadedConfig {
  path: string;
  text: string;
  config: RulesConfig;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class RulesConfigStore {
  /** folder → config path governing it (null: none) */
  private byFolder = new Map<string, string | null>();
  private configs = new Map<string, LoadedConfig | null>();
  private overrides = new Map<string, SeverityOverride | undefined>();
  private roots: readonly string[] = [];

  constructor(private readonly read: ReadFile = readFromDisk) {}

  /** Workspace folders (file-system paths): the upward search stops at the one containing the document. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    this.invalidate();
  }

  /** Forget everything read (after a config file was created, changed or deleted). */
  invalidate(): void {
    this.byFolder.clear();
    this.configs.clear();
    this.overrides.clear();
  }

  /** The config file governing a document, if any. */
  configPathFor(documentPath: string): string | undefined {
    const start = dirname(documentPath);
    const root = this.roots.filter(r => start === r || start.startsWith(r.endsWith(sep) ? r : r + sep)).sort((a, b) => b.length - a.length)[0];
    const visited: string[] = [];
    let found: string | null = null;
    for (let dir = start; ; dir = dirname(dir)) {
      const known = this.byFolder.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(dir);
      const hit = CONFIG_NAMES.map(n => join(dir, n)).find(p => this.load(p) !== null);
      if (hit) {
        found = hit;
        break;
      }
      if (dir === root || dirname(dir) === dir) break;
    }
    for (const dir of visited) this.byFolder.set(dir, found);
    return found ?? undefined;
  }

  /** The parsed config file at `path`, or null when there is none. */
  load(path: string): LoadedConfig | null {
    const cached = this.configs.get(path);
    if (cached !== undefined) return cached;
    const text = this.read(path);
    const loaded = text === undefined ? null : { path, text, config: parseRulesConfig(text) };
    // clause libraries are one index for the workspace, read from the configuration at its root
    const librariesKey = loaded?.config.librariesKey;
    if (librariesKey && this.roots.length && !this.roots.includes(dirname(path))) {
      loaded.config.findings.push({ code: 'config-invalid', start: librariesKey[0], end: librariesKey[1], args: { problem: 'libraries-not-at-root' } });
    }
    this.configs.set(path, loaded);
    return loaded;
  }

  /** Severities for a document (by uri), as `createLanguageService({ severityFor })` wants them. */
  severityFor(uri: string): SeverityOverride | undefined {
    if (this.overrides.has(uri)) return this.overrides.get(uri);
    const path = uriToPath(uri);
    let result: SeverityOverride | undefined;
    const configPath = path === undefined ? undefined : this.configPathFor(path);
    if (path !== undefined && configPath !== undefined) {
      const loaded = this.load(configPath);
      if (loaded) result = severityOverride(loaded.config, relative(dirname(configPath), path).split(sep).join('/'));
    }
    this.overrides.set(uri, result);
    return result;
  }

  /** Every config file read so far with its problems (for diagnostics on the config files). */
  loaded(): LoadedConfig[] {
    return [...this.configs.values()].filter((c): c is LoadedConfig => c !== null);
  }

  /** Problems of one config file (empty when it is clean or absent). */
  findings(path: string): Finding[] {
    return this.load(path)?.config.findings ?? [];
  }

  /** Reads the config files at the workspace roots, so their problems show before any policy is opened. */
  loadRoots(): LoadedConfig[] {
    for (const root of this.roots) for (const name of CONFIG_NAMES) this.load(join(root, name));
    return this.loaded();
  }
}
