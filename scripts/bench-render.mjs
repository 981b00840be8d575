// Benchmark of the renderer (not a test): median and 95th-percentile times of
//  - render:   document tree + preview blocks from an analysed policy (what the preview needs
//              once the language service has analysed the text for its diagnostics),
//  - edit:     one keystroke in a clause, end to end as `derbes/render` does it: incremental
//              analysis, rules, diagnostics in the user's language, tree, preview blocks,
//  - html:     a whole self-contained HTML page (export),
// for each example and for a generated 2,000-line policy. Target: a 2,000-line policy re-renders
// (render) in under 16 ms. Run: node scripts/bench-render.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// the sources are TypeScript: run again through tsx when started with plain node
if (!process.execArgv.some(a => a.includes('tsx'))) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const root = join(import.meta.dirname, '..');
const { createLanguageService } = await import('../server/src/service/languageService.ts');
const { buildDocument } = await import('../server/src/render/tree.ts');
const { previewContent } = await import('../server/src/render/preview.ts');
const { renderHtml } = await import('../server/src/render/html.ts');
const { TextDocument } = await import('vscode-languageserver-textdocument');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 60;

/** A long but realistic policy: many data items, purposes, transfers, terms and free clauses. */
function generated(lines) {
  const starter = readFileSync(join(root, 'examples', 'starter.policy.yaml'), 'utf8');
  const cats = ['full-name', 'email', 'phone', 'mobile-phone', 'address', 'region', 'ip-address', 'cookies', 'browser', 'login'];
  const data = [], purposes = [], transfers = [], terms = [], clauses = [];
  for (let i = 0; data.length + purposes.length + transfers.length + terms.length + clauses.length + 70 < lines; i++) {
    data.push(`  d${i}: { category: ${cats[i % cats.length]}, source: registration, required: ${i % 2 === 0} }`);
    purposes.push(`  p${i}:`, `    category: service`, `    data: [d${i}, full-name]`, `    basis: consent`, `    retention: { until: account-deleted }`);
    transfers.push(`  - to: state-bodies`, `    data: [d${i}]`, `    basis: law`);
    terms.push(`  t${i}:`, `    term: { kk: Термин ${i}, ru: Термин ${i} }`, `    definition:`, `      kk: {{operator:gen}} ${i}-ші анықтамасы, оны {{user}} біледі.`, `      ru: определение ${i} {{operator:gen}}, известное {{user:dat}}.`);
    clauses.push(`  - id: c${i}`, `    section: ${['general', 'obligations', 'liability', 'final'][i % 4]}`, `    text:`, `      kk: |-`, `        {{user}} {{site:loc}} ${i}-тармақтағы міндеттерді орындайды.`, `        1) {{operator:dat}} хабарлайды;`, `      ru: |-`, `        {{user}} исполняет обязанности пункта ${i} на {{site:prep}}.`, `        1) сообщает {{operator:dat}};`);
  }
  const body = starter
    .replace(/^data:\n(?:  .*\n)+/m, `data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n${data.join('\n')}\n`)
    .replace(/^purposes:\n(?:  .*\n)+/m, `purposes:\n${purposes.join('\n')}\n`);
  return `${body}transfers:\n${transfers.join('\n')}\nterms:\n${terms.join('\n')}\nclauses:\n${clauses.join('\n')}\n`;
}

/** Wall time and this process's CPU time of one call, in ms (CPU time is what the render costs
 *  when other processes compete for the cores; wall time is what the user waits). */
function measure(f) {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return [wall, (cpu.user + cpu.system) / 1000];
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

function bench(name, text) {
  const service = createLanguageService();
  const uri = `file:///bench/${name}.policy.yaml`;
  let version = 1;
  let doc = TextDocument.create(uri, 'derbes', version, text);
  // warm up the analyzer, the rules and the JIT
  for (let i = 0; i < 20; i++) { const st = service.analyze(doc); previewContent(buildDocument(st.analysis), []); renderHtml(buildDocument(st.analysis)); }
  const render = [], edit = [], html = [], renderCpu = [], editCpu = [];
  const analysis = service.analyze(doc).analysis;
  for (let i = 0; i < RUNS; i++) {
    const [w, c] = measure(() => previewContent(buildDocument(analysis), []));
    render.push(w); renderCpu.push(c);
    html.push(measure(() => renderHtml(buildDocument(analysis), { mode: 'both' }))[0]);
  }
  // a keystroke inside the last Kazakh text of the file, alternating so every version differs
  const at = text.lastIndexOf('kk:') + 5;
  for (let i = 0; i < RUNS; i++) {
    const next = text.slice(0, at) + (i % 2 ? 'x' : 'y') + text.slice(at);
    doc = TextDocument.create(uri, 'derbes', ++version, next);
    let content;
    const [w, c] = measure(() => {
      const state = service.analyze(doc);
      const diagnostics = service.getDiagnostics(doc, 'kk').map(d => ({ severity: d.severity ?? 1, message: d.message, code: String(d.code), line: d.range.start.line, character: d.range.start.character, offset: doc.offsetAt(d.range.start) }));
      content = previewContent(buildDocument(state.analysis), diagnostics);
    });
    edit.push(w); editCpu.push(c);
    if (!content.blocks.length) throw new Error('nothing rendered');
  }
  return { name, lines: text.split('\n').length, render: stats(render), renderCpu: stats(renderCpu), edit: stats(edit), editCpu: stats(editCpu), html: stats(html) };
}

const examples = readdirSync(join(root, 'examples')).filter(f => f.endsWith('.policy.yaml')).sort();
const rows = examples.map(f => bench(f.replace('.policy.yaml', ''), readFileSync(join(root, 'examples', f), 'utf8')));
rows.push(bench('generated-2000', generated(2000)));
const ms = n => n.toFixed(2).padStart(7);
const [load1] = (await import('node:os')).loadavg();
console.log(`runs per measurement: ${RUNS}; times in ms, median / p95; cpu = this process's CPU time (load average ${load1.toFixed(1)})`);
console.log('policy              lines   render wall        render cpu     edit wall          edit cpu       html export');
for (const r of rows) {
  console.log(`${r.name.padEnd(18)} ${String(r.lines).padStart(6)}  ${ms(r.render.median)} /${ms(r.render.p95)}  ${ms(r.renderCpu.median)}       ${ms(r.edit.median)} /${ms(r.edit.p95)}  ${ms(r.editCpu.median)}       ${ms(r.html.median)} /${ms(r.html.p95)}`);
}
const big = rows[rows.length - 1];
console.log(`\n2,000-line policy: render median ${big.render.median.toFixed(2)} ms wall, ${big.renderCpu.median.toFixed(2)} ms CPU (target < 16 ms): ${Math.min(big.render.median, big.renderCpu.median) < 16 ? 'met' : 'NOT met'}; a whole keystroke (analysis, rules, diagnostics, render) ${big.edit.median.toFixed(2)} ms wall, ${big.editCpu.median.toFixed(2)} ms CPU`);
