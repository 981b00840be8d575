// `npm run fuzz -- --iterations N [--seed S] [--steps K] [--mode edit|valid|both]`: a long run of
// the mutation fuzzer in test/fuzz-harness.ts (the bounded run is part of `npm test`).
// N is the number of checked cases (edits); each sequence of K edits starts from an example policy.
// Failing texts are written to .bench-out/fuzz/ with what failed, to turn into regression tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    steps: { type: 'string', default: '10' },
    mode: { type: 'string', default: 'both' },
  },
});
const iterations = Number(values.iterations);
const steps = Number(values.steps);
const seed = Number(values.seed);
const { runFuzz } = await tsImport('../test/fuzz-harness.ts', import.meta.url);

const modes = values.mode === 'both' ? ['edit', 'valid'] : [values.mode];
const out = join(ROOT, '.bench-out', 'fuzz');
let failed = 0;
const started = Date.now();
for (const [i, mode] of modes.entries()) {
  // "both": three quarters editing, a quarter restyling valid YAML (the differential test)
  const share = modes.length === 1 ? 1 : mode === 'edit' ? 0.75 : 0.25;
  const sequences = Math.max(1, Math.round((iterations * share) / steps));
  console.log(`mode ${mode}: ${sequences} sequences × ${steps} edits, seed ${seed + i}`);
  const report = runFuzz({ seed: seed + i, sequences, steps, mode, maxFailures: 50, log: s => console.log(`  ${s}`) });
  console.log(`mode ${mode}: ${report.cases} cases, ${report.differentialCases} compared with a whole-document parse, ${report.fastParsedPieces} pieces read by the fast parser compared with yaml's, ${report.failures.length} failures, slowest analysis ${report.slowest.toFixed(0)} ms`);
  if (report.failures.length) {
    mkdirSync(out, { recursive: true });
    report.failures.forEach((f, k) => {
      const name = `${mode}-${seed + i}-${k}-${f.check}`;
      writeFileSync(join(out, `${name}.policy.yaml`), f.text);
      writeFileSync(join(out, `${name}.before.policy.yaml`), f.before);
      writeFileSync(join(out, `${name}.json`), JSON.stringify({ check: f.check, seed: f.seed, step: f.step, detail: f.detail }, null, 2));
    });
    console.log(`failing texts written to ${out}`);
  }
  failed += report.failures.length;
}
console.log(`${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
