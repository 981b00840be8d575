// Generates docs/rules/<id>.md for every rule (and README.md, the index with the base policy) from
// the rule registry: `npm run docs:rules`. With --check, exits 1 when a page is missing or stale.
// Runs the TypeScript sources through tsx: node --import tsx scripts/rule-docs.mjs [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { ruleDocPages } = await import('../server/src/cli/rules.ts');
const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'docs', 'rules');
const check = process.argv.includes('--check');
const pages = ruleDocPages();
mkdirSync(dir, { recursive: true });
let stale = 0;
for (const [name, text] of pages) {
  const path = join(dir, name);
  let current;
  try { current = readFileSync(path, 'utf8'); } catch { current = undefined; }
  if (current === text) continue;
  stale++;
  if (check) console.error(`${current === undefined ? 'missing' : 'stale'}: docs/rules/${name}`);
  else writeFileSync(path, text);
}
// other pages in docs/rules (e.g. the clause-library diagnostics) are generated elsewhere and left alone
if (check && stale) process.exit(1);
console.log(check ? `docs/rules: ${pages.size} pages up to date` : `docs/rules: ${pages.size} pages (${stale} written)`);
