// Benchmarks the law and language rules against parsing, on the examples and on a generated
// 2,000-line policy: `npm run bench:rules` (node scripts/bench-rules.mjs).
// Budget (issue 5): all rules together cost no more than half of the parse time of the same document:
// yaml's parseDocument of it (the model was that yardstick while it was built on parseDocument; since
// model/fastYaml.ts it costs a fraction of it, and is shown beside).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Measure the code as it ships: bundle the modules with esbuild the way scripts/build.mjs does
// (tsx would wrap every closure in a naming helper and slow the rules down).
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const outfile = join(mkdtempSync(join(tmpdir(), 'derbes-bench-')), 'bench.mjs');
await esbuild.build({
  stdin: {
    contents: `
      export { PolicyAnalyzer } from './server/src/model/analysis';
      export { runRules } from './server/src/service/rules';
      export { policyRules } from './server/src/rules/registry';
      export { BASE_POLICY } from './server/src/rules/examples';
      export { clearTextMemo } from './server/src/rules/kit';
      export { parseDocument } from 'yaml';
      import './server/src/rules/all';`,
    resolveDir: join(here, '..'), loader: 'ts',
  },
  // yaml's browser build, as scripts/build.mjs bundles it
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { PolicyAnalyzer, runRules, policyRules, BASE_POLICY, clearTextMemo, parseDocument } = await import(pathToFileURL(outfile).href);

const root = join(here, '..');
const now = () => performance.now();
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// best of N: the machine may be busy; the minimum is the cost of the work itself
const best = xs => Math.min(...xs);

/** A large policy: the base policy plus many data items, purposes, transfers and bilingual clauses. */
function generated(lines) {
  const out = [BASE_POLICY.replace(/data:\n[\s\S]*?\npurposes:\n[\s\S]*?\nretention:/, 'retention:')];
  out.push('data:');
  for (let i = 0; i < 120; i++) out.push(`  d${i}: { category: ${['email', 'phone', 'full-name', 'ip-address', 'cookies'][i % 5]}, source: registration, required: true }`);
  out.push('purposes:');
  for (let i = 0; i < 60; i++) out.push(`  p${i}:`, `    category: ${['service', 'support', 'security', 'feedback'][i % 4]}`, `    data: [d${i}, d${i + 60}]`, '    basis: consent', '    retention: { until: account-deleted }', '    description:', `      kk: Пайдаланушыға ${i + 1}-қызметті көрсету үшін дербес деректерді өңдеу`, `      ru: Обработка персональных данных для оказания ${i + 1}-й услуги Пользователю`);
  out.push('transfers:');
  for (let i = 0; i < 20; i++) out.push('  - to: bank', `    name: { kk: «Банк ${i}» АҚ, ru: АО «Банк ${i}» }`, '    basis: consent', '    consent: separate', '    notice: 10 working-days');
  out.push('clauses:');
  let n = 0;
  while (out.join('\n').split('\n').length < lines) {
    n++;
    out.push(`  - id: c${n}`, '    section: general', '    text:', '      kk: >-',
      `        ${n}. {{operator}} Пайдаланушының дербес деректерін 2026 жылғы 1 ақпандағы редакцияға сәйкес`,
      '        он бес (15) жұмыс күні ішінде өңдеуді тоқтатады; сұрақтар privacy@example.kz мекенжайына',
      '        жіберіледі, ал https://example.kz/privacy бетінде жарияланады.',
      '      ru: >-',
      `        ${n}. {{operator}} прекращает обработку персональных данных Пользователя в течение пятнадцати`,
      '        (15) рабочих дней в соответствии с редакцией от 1 февраля 2026 года; вопросы направляются',
      '        на privacy@example.kz и публикуются на странице https://example.kz/privacy.');
  }
  return out.join('\n') + '\n';
}

function bench(name, text) {
  const lines = text.split('\n').length;
  const parse = [];
  for (let i = 0; i < 21; i++) {
    const t = now();
    parseDocument(text);
    parse.push(now() - t);
  }
  // the model from scratch (a fresh analyzer each time: nothing memoised)
  const model = [];
  let analysis;
  for (let i = 0; i < 21; i++) {
    const t = now();
    analysis = new PolicyAnalyzer().analyze(text);
    model.push(now() - t);
  }
  // a keystroke: the same analyzer re-parses only the changed piece
  const analyzer = new PolicyAnalyzer();
  analyzer.analyze(text);
  const at = text.lastIndexOf('kk:');
  const incremental = [];
  for (let i = 0; i < 15; i++) {
    const edited = text.slice(0, at + 4) + 'x'.repeat(i + 1) + text.slice(at + 4);
    const t = now();
    analyzer.analyze(edited);
    incremental.push(now() - t);
  }
  // rules: on a newly opened document (every memo empty), then on every later run
  const coldRuns = [];
  for (let i = 0; i < 21; i++) {
    clearTextMemo();
    const fresh = new PolicyAnalyzer().analyze(text);
    const s = now();
    runRules(fresh);
    coldRuns.push(now() - s);
  }
  const cold = best(coldRuns);
  let t;
  const rules = [];
  for (let i = 0; i < 21; i++) {
    t = now();
    runRules(analysis);
    rules.push(now() - t);
  }
  // per rule, to find the expensive ones
  const per = policyRules().map(rule => {
    const ts = [];
    for (let i = 0; i < 7; i++) {
      const s = now();
      try { rule.check({ policy: analysis.policy, analysis, report() {}, reportAt() {} }); } catch { /* counted elsewhere */ }
      ts.push(now() - s);
    }
    return [rule.code, median(ts)];
  }).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const p = best(parse);
  const r = best(rules);
  return { name, lines, parse: p, model: best(model), incremental: best(incremental), rulesCold: cold, rules: r, ratio: r / p, coldRatio: cold / p, top: per.map(([c, ms]) => `${c} ${ms.toFixed(3)}`).join(', ') };
}

// warm the JIT (regexes compile on first use) so the first file is not charged for it
bench('warm-up', generated(300));
const rows = [];
for (const file of readdirSync(join(root, 'examples')).filter(f => f.endsWith('.policy.yaml')).sort()) rows.push(bench(file, readFileSync(join(root, 'examples', file), 'utf8')));
rows.push(bench('generated-2000', generated(2000)));
const f = x => x.toFixed(2).padStart(7);
console.log('best of 21 runs (ms); parse = yaml parseDocument of the document; model = the typed model from scratch; cold = rules on a newly opened document (all memos empty), warm = rules again after an edit elsewhere');
console.log('file                                lines     parse    model  keystroke  rules cold  rules warm  cold/parse  warm/parse  slowest rules warm (ms)');
for (const r of rows) console.log(`${r.name.padEnd(34)} ${String(r.lines).padStart(6)}  ${f(r.parse)}  ${f(r.model)}    ${f(r.incremental)}     ${f(r.rulesCold)}     ${f(r.rules)}    ${(r.coldRatio * 100).toFixed(1).padStart(6)} %    ${(r.ratio * 100).toFixed(1).padStart(6)} %   ${r.top}`);
console.log(`\nworst rules/parse: ${(Math.max(...rows.map(r => r.coldRatio)) * 100).toFixed(1)} % (cold), ${(Math.max(...rows.map(r => r.ratio)) * 100).toFixed(1)} % (warm) — budget 50 %`);
