// Fidelity: the Kazakh rendering of each seed example contains every clause of its source policy.
// For each seed (shared/seeds/*.txt) the test lists its clauses by number — title, preamble
// paragraphs, numbered clauses — and, through the `# seed N` comments of examples/*.policy.yaml,
// finds the YAML that expresses each one and the text rendered from that YAML. It then checks that
//  - every clause is mapped by some comment (nothing of the source is dropped),
//  - every Kazakh wording the example carries for it is in the rendering, verbatim,
//  - the rendering says what the clause says: at least half of the clause's word stems occur in it
//    (typed facts are re-worded in statutory language, so not every word can survive).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument } from '../../server/src/render/tree';
import { annotatedBlocks, coverage, kazakhFragments, normalize, readSeed, renderedFrom, SEED_FILES, SEEDS_DIR } from './seeds';

const ROOT = join(__dirname, '..', '..');
const THRESHOLD = 0.5;

for (const name of Object.keys(SEED_FILES)) {
  const examplePath = join(ROOT, 'examples', `${name}.policy.yaml`);
  const present = existsSync(examplePath) && existsSync(join(SEEDS_DIR, SEED_FILES[name]));
  describe(`fidelity: ${name} (${SEED_FILES[name]})`, { skip: present ? false : 'example or seed missing' }, () => {
    if (!present) return;
    const clauses = readSeed(name);
    const source = readFileSync(examplePath, 'utf8');
    const doc = buildDocument(new PolicyAnalyzer().analyze(source));
    const blocks = annotatedBlocks(source, clauses.filter(c => c.id.startsWith('pre¶')).length);

    it(`lists the seed's clauses: ${clauses.map(c => c.id).join(' ')}`, () => {
      assert.ok(clauses.length > 5, 'the seed was not parsed into clauses');
      assert.equal(clauses[0].id, 'title');
    });

    it('maps every clause of the seed to the policy (a # seed comment names it)', () => {
      const unmapped = clauses.filter(c => !blocks.some(b => b.refs.includes(c.id)));
      assert.deepEqual(unmapped.map(c => `${c.id}: ${c.text.slice(0, 60)}`), []);
    });

    for (const clause of clauses) {
      it(`clause ${clause.id} is in the Kazakh rendering`, () => {
        const mine = blocks.filter(b => b.refs.includes(clause.id));
        assert.ok(mine.length, `no # seed comment names ${clause.id}`);
        const rendered = mine.map(b => renderedFrom(doc, b.start, b.end)).join('\n');
        assert.ok(rendered.trim().length > 0, `nothing is rendered from the YAML at line(s) ${mine.map(b => b.line).join(', ')}`);
        const flat = normalize(rendered);
        for (const b of mine) {
          for (const fragment of kazakhFragments(source.slice(b.start, b.end))) {
            assert.ok(flat.includes(fragment), `line ${b.line}: «${fragment}» is not in the rendering`);
          }
        }
        const { score, missing } = coverage(clause.text, rendered);
        assert.ok(score >= THRESHOLD, `only ${(score * 100).toFixed(0)}% of the clause's words are rendered; missing: ${missing.join(' ')}\nseed: ${clause.text}\nrendered: ${rendered}`);
      });
    }
  });
}
