// What the language service needs from the world, so the same code runs in the LSP server,
// the CLI and in-memory tests.
export interface Workspace {
  /** workspace folder paths (absolute, file system) */
  readonly roots: readonly string[];
  /** contents of a file, or undefined if it does not exist or cannot be read */
  readFile(path: string): Promise<string | undefined>;
  /** files directly or indirectly under a folder, as absolute paths */
  listFiles(folder: string): Promise<string[]>;
}

/** A workspace held in memory: path → text. */
export class InMemoryWorkspace implements Workspace {
  readonly files = new Map<string, string>();
  constructor(readonly roots: readonly string[] = ['/workspace'], files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, text);
  }
  async readFile(path: string) {
    return this.files.get(path);
  }
  async listFiles(folder: string) {
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    return [...this.files.keys()].filter(p => p.startsWith(prefix));
  }
}
