// Completion and hover latency on a 2,000-line policy (the budget: ≤ 1 ms median each).
//   node scripts/bench-authoring.mjs [lines=2000] [iterations=200]
// Measures the language service in-process (what a request costs once the document is analysed),
// and the same requests after a one-character edit (incremental analysis included).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generatePolicy } from './bench/generate.mjs';

// the service is TypeScript: run under tsx (node --import tsx), relaunching if needed
if (!process.execArgv.some(a => a.includes('tsx'))) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const { createLanguageService } = await import('../server/src/service/languageService.ts');
const { getCompletions } = await import('../server/src/service/completion.ts');
const { getHover } = await import('../server/src/service/hover.ts');
const { TextDocument } = await import('vscode-languageserver-textdocument');

const lines = Number(process.argv[2] ?? 2000);
const iterations = Number(process.argv[3] ?? 200);
const text = generatePolicy(lines, 7);
const service = createLanguageService();
let version = 1;
let document = TextDocument.create('file:///bench/policy.policy.yaml', 'derbes', version, text);
service.analyze(document);

/** Cursor offsets of each kind, spread over the document. */
function sites(t) {
  const every = (re, delta) => [...t.matchAll(re)].map(m => m.index + delta(m));
  const spread = list => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 20)) === 0).slice(0, 20);
  return {
    'completion: enum value': spread(every(/category: [a-z-]+/g, m => 'category: '.length)),
    'completion: key in an object': spread(every(/\n {4}source: [a-z-]+\n/g, m => 1)),
    'completion: reference in a list': spread(every(/data: \[[a-z0-9-]+/g, m => 'data: ['.length)),
    'completion: top-level key': [t.length],
    'hover: key': spread(every(/\n {4}category:/g, m => 6)),
    'hover: enum value': spread(every(/category: [a-z-]+/g, m => 'category: '.length + 2)),
    'hover: reference': spread(every(/data: \[[a-z0-9-]+/g, m => 'data: ['.length + 2)),
    'hover: top-level key': spread(every(/\n[a-z-]+:/g, m => 2)),
  };
}

function measure(name, offsets, run) {
  const times = [];
  for (let i = 0; i < iterations; i++) {
    for (const offset of offsets) {
      const position = document.positionAt(offset);
      const t0 = performance.now();
      run(position);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const q = p => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { name, samples: times.length, median: q(0.5), p95: q(0.95), max: times[times.length - 1] };
}

const complete = position => getCompletions(service, document, position, { locale: 'ru', snippets: true });
const hover = position => getHover(service, document, position, 'ru');
const results = [];
// every site must answer something, or the numbers would measure nothing
for (const [name, offsets] of Object.entries(sites(text))) {
  const run = name.startsWith('hover') ? hover : complete;
  const empty = offsets.filter(o => { const r = run(document.positionAt(o)); return !r || (r.items && r.items.length === 0); });
  if (empty.length || offsets.length === 0) { console.error(`${name}: no answer at ${empty.length || 'any'} of ${offsets.length} sites`); process.exit(1); }
}
// warm up: JIT, caches
for (const [name, offsets] of Object.entries(sites(text))) measure(name, offsets, name.startsWith('hover') ? hover : complete);
for (const [name, offsets] of Object.entries(sites(text))) results.push(measure(name, offsets, name.startsWith('hover') ? hover : complete));

// after an edit: one character typed, the document analysed again (incrementally), then the request
const edit = [];
const at = text.indexOf('category: ') + 'category: '.length;
for (let i = 0; i < iterations; i++) {
  const next = text.slice(0, at) + (i % 2 ? 'x' : '') + text.slice(at);
  document = TextDocument.create(document.uri, 'derbes', ++version, next);
  const t0 = performance.now();
  getCompletions(service, document, document.positionAt(at), { locale: 'ru' });
  edit.push(performance.now() - t0);
}
edit.sort((a, b) => a - b);

const fmt = n => n.toFixed(3).padStart(8);
console.log(`policy: ${text.split('\n').length} lines, ${text.length} characters; ${iterations} rounds per site`);
console.log('request                               median ms   p95 ms    max ms');
for (const r of results) console.log(`${r.name.padEnd(36)} ${fmt(r.median)}  ${fmt(r.p95)}  ${fmt(r.max)}`);
console.log(`${'completion after a keystroke (incl. analysis)'.padEnd(36)} ${fmt(edit[Math.floor(edit.length / 2)])}  ${fmt(edit[Math.floor(edit.length * 0.95)])}  ${fmt(edit[edit.length - 1])}`);
const worst = Math.max(...results.map(r => r.median));
console.log(worst <= 1 ? `OK: every completion and hover median ≤ 1 ms (worst ${worst.toFixed(3)} ms)` : `OVER BUDGET: worst median ${worst.toFixed(3)} ms`);
