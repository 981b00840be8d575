// Every policy in the workspace, analysed: open documents as the editor has them, the others as
// they are on disk (read through the Workspace, cached by their text). Workspace symbols, and
// references and rename of library clauses, look across all of them.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PolicyAnalyzer, type PolicyAnalysis } from '../model/analysis';
import type { LanguageService } from './languageService';

export const POLICY_FILE = /\.policy\.ya?ml$/i;
const SKIP = /[\\/](node_modules|\.git)[\\/]/;

export interface IndexedPolicy {
  uri: string;
  text: string;
  analysis: PolicyAnalysis;
  open: boolean;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}

export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

class PolicyIndex {
  private files = new Map<string, { text: string; analysis: PolicyAnalysis }>();
  private listing: string[] | undefined;

  constructor(private readonly service: LanguageService) {}

  /** After watched files changed: forget what they were. */
  invalidate(paths: readonly string[]): void {
    for (const p of paths) this.files.delete(p);
    if (paths.some(p => POLICY_FILE.test(p))) this.listing = undefined;
  }

  async all(): Promise<IndexedPolicy[]> {
    const out: IndexedPolicy[] = [];
    const seen = new Set<string>();
    for (const [uri, state] of this.service.openDocuments()) {
      out.push({ uri, text: state.analysis.text, analysis: state.analysis, open: true });
      seen.add(uri);
    }
    const ws = this.service.workspace;
    if (!ws) return out;
    if (!this.listing) {
      const listed: string[] = [];
      for (const root of ws.roots) {
        try {
          for (const f of await ws.listFiles(root)) if (POLICY_FILE.test(f) && !SKIP.test(f)) listed.push(f);
        } catch { /* an unreadable root lists nothing */ }
      }
      this.listing = listed.sort();
    }
    for (const path of this.listing) {
      const uri = uriOf(path);
      if (seen.has(uri)) continue;
      let text: string | undefined;
      try {
        text = await ws.readFile(path);
      } catch {
        text = undefined;
      }
      if (text === undefined) continue;
      let cached = this.files.get(path);
      if (!cached || cached.text !== text) {
        cached = { text, analysis: new PolicyAnalyzer().analyze(text) };
        this.files.set(path, cached);
      }
      out.push({ uri, text, analysis: cached.analysis, open: false });
    }
    return out;
  }
}

const indexes = new WeakMap<LanguageService, PolicyIndex>();

/** The policy index of a language service (one per service). */
export function policyIndex(service: LanguageService): PolicyIndex {
  let index = indexes.get(service);
  if (!index) indexes.set(service, (index = new PolicyIndex(service)));
  return index;
}
