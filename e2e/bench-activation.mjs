// Extension activation time in a real VS Code (code-server + headless Debian chromium), as VS Code itself
// measures it. Not a test: it prints numbers and asserts nothing. `npm run bench:activation` packages first.
//
// Each run opens a fresh browser profile on the workspace (a new window, so a new extension host and a new
// activation), waits for the workbench to settle, opens known-error.policy.yaml with Quick Open, waits for
// the language server's first squiggle, then opens "Developer: Startup Performance" and reads its
// "Extension Activation Stats" table (the extension host's ExtensionActivationTimes: Load Code =
// codeLoadingTime, Call Activate = activateCallTime, Finish Activate = activateResolvedTime, i.e. until the
// promise activate() returned settles). Activation = the sum of the three. The "Running Extensions" view
// shows Load Code + Call Activate only.
//
// Variants run side by side in one run, alternating, each in its own code-server with the same .vsix
// installed; only dist/client.js differs (dist/languageclient.js is there in each, and used only by a
// client.js built to require it):
//   current   the .vsix as packaged (dist/ of this tree)
//   baseline  dist/client.js bundled from client/src (with server/src for what it imports) of another commit
//             (--baseline <rev>, default below; --baseline none to skip), with scripts/build.mjs's esbuild
//             options as of that commit (vscode-languageclient inside client.js, or in languageclient.js)
//   <name>    --client <name>=<file.js>: any other client bundle (e.g. a minified one, to try something)
//
// usage: node e2e/bench-activation.mjs [--runs 10] [--warmup 1] [--settle 2500] [--vsix derbes.vsix]
//                                      [--baseline <rev>|none] [--client name=file.js]... [--json out.json]
// env: CODE_SERVER, CHROMIUM, E2E_TMP, E2E_KEEP=1, VERBOSE=1 (as for the other e2e scripts)
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, makeWorkspace } from './workspace.mjs';
import { quickInput } from './quickInput.mjs';

// The default baseline: the build before vscode-languageclient moved out of dist/client.js into
// dist/languageclient.js (the parent of the commit that added scripts/build.mjs's lazy-languageclient
// plugin; HEAD while that change is not committed). Earlier: dcf81b7~1, whose activate() awaited client.start().
const LAZY_LC_MARK = 'lazy-languageclient';
const splitAt = execFileSync('git', ['-C', ROOT, 'log', '--format=%H', '--reverse', '-S', LAZY_LC_MARK, '--', 'scripts/build.mjs'], { encoding: 'utf8' }).split('\n')[0];
const DEFAULT_BASELINE = splitAt ? `${splitAt}~1` : 'HEAD';
const EXTENSION_ID = 'derbes.derbes';
const FILE = 'known-error.policy.yaml';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' }, warmup: { type: 'string', default: '1' }, settle: { type: 'string', default: '2500' },
    vsix: { type: 'string', default: 'derbes.vsix' }, baseline: { type: 'string', default: DEFAULT_BASELINE },
    client: { type: 'string', multiple: true, default: [] }, json: { type: 'string' },
  },
});
const RUNS = Number(opt.runs), WARMUP = Number(opt.warmup), SETTLE = Number(opt.settle);

// the e2e tools (e2e/setup.sh): code-server needs Node 24 first on PATH, as e2e/env.sh arranges
const TOOLS = join(ROOT, '.e2e-tools');
if (!process.env.CODE_SERVER) process.env.CODE_SERVER = join(TOOLS, 'cs/node_modules/.bin/code-server');
if (!existsSync(process.env.CODE_SERVER)) { console.error(`code-server not found (${process.env.CODE_SERVER}): bash e2e/setup.sh`); process.exit(2); }
const node24 = join(TOOLS, 'node/node_modules/node/bin');
if (existsSync(node24) && !(process.env.PATH ?? '').startsWith(node24)) process.env.PATH = `${node24}:${process.env.PATH}`;
const { startCodeServer, launchChromium, shutdown, E2E_TMP } = await import('./codeServer.mjs');

const t0 = Date.now();
const log = (...a) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const verbose = !!process.env.VERBOSE;

// a private copy: other work in the same checkout may re-package meanwhile
const vsix = join(E2E_TMP, 'derbes.vsix');
copyFileSync(resolve(opt.vsix), vsix);

/** dist/client.js of client/src at `rev`, bundled like scripts/build.mjs at `rev` bundles the client. */
async function bundleClientAt(rev) {
  const dir = join(E2E_TMP, `rev-${rev.replace(/\W/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  // client/src and what it may import from the server (e.g. server/src/serverProcess.json)
  execFileSync('bash', ['-c', `git -C "$1" archive "$2" client/src server/src | tar -x -C "$3"`, '_', ROOT, rev, dir]);
  const esbuild = await import('esbuild');
  const out = join(dir, 'client.js');
  // from the split on, the client's require of vscode-languageclient/node is dist/languageclient.js
  const split = execFileSync('git', ['-C', ROOT, 'show', `${rev}:scripts/build.mjs`], { encoding: 'utf8' }).includes(LAZY_LC_MARK);
  const lazyLanguageClient = { name: LAZY_LC_MARK, setup(build) {
    build.onResolve({ filter: /^vscode-languageclient\/node$/ }, args => (args.kind === 'require-call' && /[\\/]client[\\/]src[\\/]extension\.ts$/.test(args.importer) ? { path: './languageclient.js', external: true } : undefined));
  } };
  await esbuild.build({
    plugins: split ? [lazyLanguageClient] : [],
    entryPoints: [join(dir, 'client/src/extension.ts')], outfile: out, nodePaths: [join(ROOT, 'node_modules')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning', legalComments: 'none',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  return out;
}

const variants = [{ name: 'current', client: undefined }];
if (opt.baseline !== 'none') {
  const rev = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', opt.baseline], { encoding: 'utf8' }).trim();
  variants.push({ name: `baseline (${rev})`, client: await bundleClientAt(rev) });
}
for (const c of opt.client) {
  const [name, file] = c.split('=');
  if (!name || !file) { console.error('--client <name>=<file.js>'); process.exit(2); }
  variants.push({ name, client: resolve(file) });
}

const folder = makeWorkspace(E2E_TMP);
for (const v of variants) {
  // a short reconnection grace time: a closed window's extension host (and its language server) ends
  // within seconds instead of lingering for VS Code's default three hours and loading the next runs
  v.cs = await startCodeServer({ vsix: [vsix], extraArgs: ['--reconnection-grace-time', '3'], log: s => verbose && process.stdout.write(`[${v.name}] ${s}`) });
  const exts = join(v.cs.state, 'exts');
  const dir = readdirSync(exts).find(d => d.startsWith(EXTENSION_ID + '-'));
  if (!dir) throw new Error(`${EXTENSION_ID} was not installed in ${exts}`);
  if (v.client) copyFileSync(v.client, join(exts, dir, 'dist/client.js'));
  v.samples = [];
  v.size = statSync(join(exts, dir, 'dist/client.js')).size;
  log(`${v.name}: code-server at ${v.cs.url}, dist/client.js ${(v.size / 1024).toFixed(0)} KB`);
}

/** The rows of the "Extension Activation Stats" table: id -> {load, call, finish, event}. */
function parseStats(text) {
  const rows = new Map();
  const at = text.indexOf('## Extension Activation Stats');
  if (at < 0) return rows;
  for (const line of text.slice(at).split('\n').slice(1)) {
    if (line.startsWith('## ')) break;
    const cells = line.split('|').slice(1, -1).map(s => s.trim());
    if (cells.length < 6 || !/^\d+$/.test(cells[2])) continue;
    rows.set(cells[0], { load: +cells[2], call: +cells[3], finish: +cells[4], event: cells[5] });
  }
  return rows;
}

async function runOnce(v) {
  const ctx = await launchChromium(chromium); // a fresh profile: nothing restored, a new window and extension host
  try {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: v.cs.url });
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.goto(`${v.cs.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor({ timeout: 90000 });
    // let the window's own start-up work (built-in extensions activating on start-up) finish first
    await page.waitForTimeout(SETTLE);
    const quick = quickInput(page);
    await quick.pick('Control+P', FILE);
    const opened = Date.now();
    await page.locator('.editor-group-container.active .monaco-editor').locator('.squiggly-error, .squiggly-warning').first().waitFor({ state: 'attached', timeout: 90000 });
    const squiggle = Date.now() - opened;
    await quick.pick('F1', '>Developer: Startup Performance', 'Startup Performance');
    await page.locator('.tab', { hasText: 'Startup Performance' }).waitFor({ timeout: 30000 });
    const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await editor.locator('.view-line', { hasText: 'Extension Activation Stats' }).first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => {});
    let stats = new Map();
    for (let i = 0; i < 20 && !stats.has(EXTENSION_ID); i++) {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      stats = parseStats(await page.evaluate(() => navigator.clipboard.readText()));
      if (!stats.has(EXTENSION_ID)) await page.waitForTimeout(250);
    }
    const row = stats.get(EXTENSION_ID);
    if (!row) throw new Error(`no ${EXTENSION_ID} row in "Startup Performance"`);
    return { ...row, total: row.load + row.call + row.finish, squiggle, others: Object.fromEntries(stats) };
  } finally {
    await ctx.close().catch(() => {});
  }
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = xs => xs.length ? `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})` : '–';

const started = loadavg().map(x => x.toFixed(2)).join(' ');
try {
  for (let round = 0; round < WARMUP + RUNS; round++) {
    // alternate which variant goes first, so a slow stretch of the machine does not favour one
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      const r = await runOnce(v);
      const warm = round < WARMUP;
      if (!warm) v.samples.push(r);
      log(`${warm ? 'warm-up' : `run ${round - WARMUP + 1}/${RUNS}`} ${v.name}: activation ${r.total} ms = load ${r.load} + call ${r.call} + finish ${r.finish} (${r.event}); open → squiggle ${r.squiggle} ms`);
    }
  }
} finally {
  await shutdown();
}

const csVersion = JSON.parse(readFileSync(join(TOOLS, 'cs/node_modules/code-server/package.json'), 'utf8')).version;
const chromiumVersion = (() => { try { return execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'chromium ?'; } })();
const nodeVersion = (() => { try { return execFileSync('node', ['--version'], { encoding: 'utf8' }).trim(); } catch { return '?'; } })();
console.log(`\nExtension activation of ${EXTENSION_ID}, ${RUNS} runs per variant (after ${WARMUP} warm-up), ms: median (min–max)`);
console.log(`machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${started} at the start, ${loadavg().map(x => x.toFixed(2)).join(' ')} at the end`);
console.log(`code-server ${csVersion} (extension host on Node ${nodeVersion}), ${chromiumVersion}`);
const header = ['variant', 'dist/client.js', 'activation (sum)', 'Load Code', 'Call Activate', 'Finish Activate', 'Running Extensions shows', 'open → first squiggle'];
const table = variants.map(v => [v.name, `${(v.size / 1024).toFixed(0)} KB`, fmt(v.samples.map(s => s.total)), fmt(v.samples.map(s => s.load)), fmt(v.samples.map(s => s.call)),
  fmt(v.samples.map(s => s.finish)), fmt(v.samples.map(s => s.load + s.call)), fmt(v.samples.map(s => s.squiggle))]);
console.log(`| ${header.join(' | ')} |\n|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
for (const r of table) console.log(`| ${r.join(' | ')} |`);
// for scale: built-in extensions that activated in every window of the current variant (on start-up, before the policy was opened)
const cur = variants[0].samples;
const ids = cur.length ? Object.keys(cur[0].others).filter(id => id !== EXTENSION_ID && cur.every(s => s.others[id])) : [];
if (ids.length) {
  console.log('\nBuilt-in extensions in the same windows (current variant), activation (sum):');
  for (const id of ids) console.log(`  ${id.padEnd(38)} ${fmt(cur.map(s => s.others[id].load + s.others[id].call + s.others[id].finish)).padEnd(20)} ${cur[0].others[id].event}`);
}
if (opt.json) writeFileSync(opt.json, JSON.stringify({ csVersion, chromiumVersion, node: nodeVersion, runs: RUNS, variants: variants.map(v => ({ name: v.name, clientBytes: v.size, samples: v.samples })) }, null, 1));
