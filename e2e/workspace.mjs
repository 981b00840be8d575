// Builds a throw-away workspace for one e2e run: e2e/fixtures/ws + a copy of examples/*.policy.y{a,}ml under examples/.
// Tests may edit, create and rename files there without touching the repository.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** @returns {string} absolute path of a fresh workspace folder `<baseDir>/<name>` */
export function makeWorkspace(baseDir, fixture = join(ROOT, 'e2e/fixtures/ws'), name = 'ws') {
  const ws = join(baseDir, name);
  cpSync(fixture, ws, { recursive: true });
  const ex = join(ROOT, 'examples');
  if (existsSync(ex)) {
    mkdirSync(join(ws, 'examples'), { recursive: true });
    for (const f of readdirSync(ex)) if (/\.policy\.ya?ml$/.test(f)) cpSync(join(ex, f), join(ws, 'examples', f));
  }
  return ws;
}
