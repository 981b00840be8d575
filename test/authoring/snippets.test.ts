// The clause snippets are generated from the std library and current; each, inserted with its
// defaults under clauses:, is a clean bilingual clause.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainOf } from '../../server/src/service/completion';
import { SNIPPETS_FILE, snippetsText } from '../../scripts/gen-snippets';
import { clauseDocPages } from '../../scripts/clause-docs';
import { BASE, service, docOf } from './helpers';

const snippets = JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
const CORE = new Set(['yaml-syntax', 'invalid-type', 'unknown-key', 'missing-translation', 'empty-text', 'unknown-placeholder', 'invalid-placeholder-case', 'invalid-enum', 'missing-value']);

describe('snippets', () => {
  it('are current with the std library (node --import tsx scripts/gen-snippets.ts)', () => {
    const current = readFileSync(SNIPPETS_FILE, 'utf8');
    assert.equal(snippetsText(current), current);
  });

  it('cover the standard clauses of the seeds', () => {
    for (const id of ['public-offer', 'pre-trial-claim', 'user-obligations', 'operator-obligations', 'security-measures', 'severability', 'governing-law', 'policy-changes', 'contacts']) {
      assert.ok(snippets[`Clause: std/${id}`], id);
    }
    const claim = snippets['Clause: std/pre-trial-claim'].body.join('\n');
    assert.match(claim, /\$\{2:30\} күнтізбелік күн ішінде/);
    assert.match(claim, /в течение \$\{2:30\} календарных дней/);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    if (!name.startsWith('Clause: ')) continue;
    it(`${name}: a clean clause once inserted`, () => {
      const body = plainOf(snippet.body.join('\n')).split('\n').map(l => (l ? '  ' + l : l)).join('\n');
      const text = `${BASE}clauses:\n${body}\n`;
      const problems = service().getDiagnostics(docOf(text), 'en').filter(d => CORE.has(String(d.code)));
      assert.deepEqual(problems.map(d => `${d.code}: ${d.message}`), []);
      assert.ok(snippet.prefix.some(p => /[а-яәіңғүұқөһ]/.test(p)), 'a Cyrillic prefix for lawyers');
    });
  }
});

describe('clause diagnostics documentation', () => {
  it('docs/rules has a current page for every library-clause diagnostic (node --import tsx scripts/clause-docs.ts)', () => {
    const pages = clauseDocPages();
    assert.ok(pages.size >= 10);
    for (const [name, text] of pages) {
      const path = join(__dirname, '..', '..', 'docs', 'rules', name);
      assert.ok(existsSync(path) && readFileSync(path, 'utf8') === text, `${name} is missing or stale`);
    }
  });
});
