// The server's Workspace: the file system under the workspace folders. Reads outside the folders
// are refused (also through symbolic links), so a configuration cannot make the server read
// elsewhere; listings skip .git and stay below a size limit.
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from '../clauses/libraries';
import type { Workspace } from '../service/workspace';

const MAX_FILES = 20000;
const SKIP_DIRS = new Set(['.git', '.hg', '.svn']);

export class FsWorkspace implements Workspace {
  constructor(readonly roots: readonly string[]) {}

  private async allowed(path: string): Promise<boolean> {
    if (!this.roots.some(r => isInside(r, path))) return false;
    try {
      const real = await realpath(path);
      const realRoots = await Promise.all(this.roots.map(r => realpath(r).catch(() => r)));
      return realRoots.some(r => isInside(r, real));
    } catch {
      return false;
    }
  }

  async readFile(path: string): Promise<string | undefined> {
    if (!(await this.allowed(path))) return undefined;
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  async listFiles(folder: string): Promise<string[]> {
    if (!(await this.allowed(folder))) return [];
    const out: string[] = [];
    // node_modules is walked only when the folder asked for is inside it (a library package)
    const walkModules = folder.split(/[\\/]/).includes('node_modules');
    const walk = async (dir: string): Promise<void> => {
      if (out.length >= MAX_FILES) return;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name) || (e.name === 'node_modules' && !walkModules)) continue;
          await walk(path);
        } else if (e.isFile()) {
          out.push(path);
          if (out.length >= MAX_FILES) return;
        }
      }
    };
    await walk(folder);
    return out;
  }
}
