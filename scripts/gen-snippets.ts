// Writes the std clause snippets into snippets/derbes.code-snippets (the hand-written snippets in the
// file stay). Run: node --import tsx scripts/gen-snippets.ts; a test checks the file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stdClauses } from '../server/src/clauses/libraries';
import { clauseSnippets } from '../server/src/clauses/snippets';

export const SNIPPETS_FILE = join(__dirname, '..', 'snippets', 'derbes.code-snippets');

export function snippetsText(current: string): string {
  const existing = JSON.parse(current) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(existing).filter(([name]) => !name.startsWith('Clause: ')));
  return JSON.stringify({ ...kept, ...clauseSnippets(stdClauses().values()) }, null, 2) + '\n';
}

if (require.main === module) {
  const current = readFileSync(SNIPPETS_FILE, 'utf8');
  const next = snippetsText(current);
  if (next !== current) writeFileSync(SNIPPETS_FILE, next);
}
