// `npm run bench`: measures Derbes end to end through a real LSP client against the bundled server
// (dist/server.js), and in the same run the raw `yaml` parse and yaml-language-server (configured
// with the JSON Schema `derbes schema` exports) on the same generated policies. Writes the results
// between the markers in BENCHMARKS.md (the rest of that file is kept) and raw numbers to
// .bench-out/results.json.
//
//   node scripts/bench/run.mjs [--quick] [--sizes 200,2000] [--no-yls] [--no-check] [--no-write]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { generatePolicy, positionAt } from './generate.mjs';
import { startServer } from './lsp.mjs';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const flag = name => argv.includes(name);
const option = name => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** --root DIR benchmarks another checkout's build (e.g. an older commit), with this one's tools */
const TARGET = resolve(option('--root') ?? ROOT);
const SERVER = join(TARGET, 'dist', 'server.js');
const CLI = join(TARGET, 'bin', 'derbes.js');
const YLS = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const OUT = join(ROOT, '.bench-out');
const QUICK = flag('--quick');
const SIZES = (option('--sizes') ?? '200,2000,20000,100000').split(',').map(Number);
const WITH_YLS = !flag('--no-yls');
const WITH_CHECK = !flag('--no-check');
const WRITE = !flag('--no-write') && TARGET === ROOT;
const log = (...a) => console.error(...a);
/**
 * How long a server may settle after opening or editing the file before its memory is read: what a
 * user sees once they stop typing (Derbes collects garbage after 1 s without changes, lsp/idleMemory.ts).
 */
const SETTLE_MS = 2000;

const runs = {
  // small files are cheap to open: enough runs that the median is the server's steady state, not its JIT warming up
  open: size => (QUICK ? 3 : size >= 100000 ? 5 : size >= 20000 ? 10 : size >= 2000 ? 60 : 300),
  edit: size => (QUICK ? 10 : size >= 100000 ? 30 : 100),
  ylsOpen: size => (QUICK ? 2 : size >= 100000 ? 2 : size >= 20000 ? 5 : 10),
  ylsEdit: size => (QUICK ? 3 : size >= 100000 ? 3 : size >= 20000 ? 8 : 20),
  query: size => (QUICK ? 10 : size >= 100000 ? 20 : 100),
  ylsQuery: size => (QUICK ? 3 : size >= 100000 ? 3 : size >= 20000 ? 10 : 20),
  parse: size => (QUICK ? 3 : size >= 100000 ? 5 : size >= 20000 ? 10 : size >= 2000 ? 60 : 300),
  start: QUICK ? 5 : 15,
  check: QUICK ? 1 : 3,
};

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

const docs = new Map();
/**
 * Seed 1 is the document that is edited and queried; every open (warm-ups included) gets a policy of
 * its own, seeds 2 and up, so neither the pieces' memo nor the rules' memos by text can help.
 */
function policy(size, seed = 1) {
  const key = `${size}/${seed}`;
  if (!docs.has(key)) docs.set(key, generatePolicy(size, seed));
  return docs.get(key);
}
const openText = (size, i) => policy(size, 2 + warmups(size) + i);

/** Offsets inside clause texts spread over the file: where the benchmark types. */
function editPoints(text, count = 10) {
  const lines = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (/^ {8}\S/.test(line) && line.length > 30) lines.push(at + 20);
    at = end < 0 ? text.length : end + 1;
  }
  const out = [];
  for (let k = 0; k < count; k++) out.push(lines[Math.floor(((k + 0.5) / count) * lines.length)]);
  return out;
}

/** Where completion and hover are asked: a `category:` value near the middle of the data section. */
function queryPoints(text) {
  const dataAt = text.indexOf('\ndata:\n');
  const purposesAt = text.indexOf('\npurposes:\n');
  const middle = Math.floor((dataAt + purposesAt) / 2);
  const key = text.indexOf('    category: ', middle);
  return { completion: key + '    category: '.length, hover: key + 6 };
}

const ms = v => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

// ---------------------------------------------------------------------------------------------
// the raw yaml parse

const warmups = size => (size >= 20000 ? 2 : size >= 2000 ? 10 : 50);

/** `build`: 'node' is what `require('yaml')` gives; 'browser' is the same code as Derbes bundles it */
async function benchParse(build) {
  const { parseDocument } = build === 'node' ? require('yaml') : await import(pathToFileURL(join(ROOT, 'node_modules', 'yaml', 'browser', 'index.js')).href);
  const out = {};
  for (const size of SIZES) {
    for (let i = -warmups(size); i < 0; i++) parseDocument(openText(size, i));
    const times = [];
    for (let i = 0; i < runs.parse(size); i++) {
      const text = openText(size, i);
      const t = performance.now();
      parseDocument(text);
      times.push(performance.now() - t);
    }
    out[size] = stats(times);
    log(`yaml parseDocument (${build} build) ${size} lines: ${ms(out[size].median)} ms`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Derbes

// the server runs with the node flags and environment the VS Code client starts it with (an older checkout may have none)
const SERVER_PROCESS_FILE = join(TARGET, 'server', 'src', 'serverProcess.json');
const EDITOR_PROCESS = existsSync(SERVER_PROCESS_FILE) ? JSON.parse(readFileSync(SERVER_PROCESS_FILE, 'utf8')).editor : { execArgv: [], env: {} };
const DERBES_ARGS = [...EDITOR_PROCESS.execArgv, SERVER, '--stdio'];
// completion as VS Code's client (vscode-languageclient 11) declares it: documentation and detail come on
// completionItem/resolve, the range and data the items share once in the list's itemDefaults
const completion = {
  completionItem: { snippetSupport: true, labelDetailsSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
  completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
};
const pullCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false }, completion, hover: {} }, workspace: {} };
const pushCapabilities = { textDocument: { publishDiagnostics: { versionSupport: true }, completion, hover: {} }, workspace: {} };

async function benchStart(args, capabilities, configuration, env) {
  const times = [];
  for (let i = 0; i < runs.start; i++) {
    const server = await startServer({ args, env, capabilities, configuration, initializationOptions: { locale: 'en' } });
    times.push(server.startMs);
    await server.stop();
  }
  return stats(times);
}

async function derbesPush() {
  const server = await startServer({ args: DERBES_ARGS, env: EDITOR_PROCESS.env, capabilities: pushCapabilities, initializationOptions: { locale: 'en' } });
  const result = {};
  try {
    for (const size of SIZES) {
      const text = policy(size);
      const open = [];
      for (let i = -warmups(size); i < runs.open(size); i++) {
        const uri = `file:///bench/push-open-${size}-${i}.policy.yaml`;
        const t = performance.now();
        const got = server.diagnostics(uri, e => e.version === 1);
        await server.open(uri, openText(size, i));
        await got;
        if (i >= 0) open.push(performance.now() - t);
        // the very first policy a new server opens: its code not yet compiled by the JIT
        else if (size === SIZES[0] && i === -warmups(size)) result.firstOpen = { size, ms: performance.now() - t };
        const closed = server.diagnostics(uri);
        await server.close(uri);
        await closed;
      }
      const uri = `file:///bench/push-edit-${size}.policy.yaml`;
      let version = 1;
      const opened = server.diagnostics(uri, e => e.version === 1);
      await server.open(uri, text);
      await opened;
      const edit = [];
      const points = editPoints(text);
      for (let i = 0; i < runs.edit(size); i++) {
        const at = positionAt(text, points[(i >> 1) % points.length]);
        const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
        const v = ++version;
        const t = performance.now();
        const got = server.diagnostics(uri, e => e.version === v);
        await server.change(uri, v, range, i % 2 === 0 ? 'ы' : '');
        await got;
        edit.push(performance.now() - t);
      }
      await server.close(uri);
      result[size] = { open: stats(open), edit: stats(edit) };
      log(`derbes push ${size}: open ${ms(result[size].open.median)} ms, edit ${ms(result[size].edit.median)} ms`);
    }
  } finally {
    await server.stop();
  }
  return result;
}

async function derbesPull() {
  const server = await startServer({ args: DERBES_ARGS, env: EDITOR_PROCESS.env, capabilities: pullCapabilities, initializationOptions: { locale: 'en' } });
  const caps = server.init.capabilities;
  const result = { completionSupported: !!caps.completionProvider, hoverSupported: !!caps.hoverProvider };
  try {
    for (const size of SIZES) {
      const text = policy(size);
      const open = [];
      for (let i = -warmups(size); i < runs.open(size); i++) {
        const uri = `file:///bench/pull-open-${size}-${i}.policy.yaml`;
        const t = performance.now();
        await server.open(uri, openText(size, i));
        await server.pull(uri);
        if (i >= 0) open.push(performance.now() - t);
        await server.close(uri);
      }
      const uri = `file:///bench/pull-edit-${size}.policy.yaml`;
      await server.open(uri, text);
      await server.pull(uri);
      let version = 1;
      const edit = [];
      const points = editPoints(text);
      for (let i = 0; i < runs.edit(size); i++) {
        const at = positionAt(text, points[(i >> 1) % points.length]);
        const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
        const t = performance.now();
        await server.change(uri, ++version, range, i % 2 === 0 ? 'ы' : '');
        await server.pull(uri);
        edit.push(performance.now() - t);
      }
      const q = queryPoints(text);
      const entry = { open: stats(open), edit: stats(edit) };
      for (const [kind, supported, method, offset] of [['completion', result.completionSupported, 'textDocument/completion', q.completion], ['hover', result.hoverSupported, 'textDocument/hover', q.hover]]) {
        if (!supported) continue;
        const times = [];
        let empty = 0;
        for (let i = 0; i < runs.query(size); i++) {
          const t = performance.now();
          const r = await server.connection.sendRequest(method, { textDocument: { uri }, position: positionAt(text, offset) });
          times.push(performance.now() - t);
          if (!r || (Array.isArray(r) ? r.length === 0 : Array.isArray(r.items) && r.items.length === 0)) empty++;
        }
        entry[kind] = { ...stats(times), empty };
      }
      await server.close(uri);
      result[size] = entry;
      log(`derbes pull ${size}: open ${ms(entry.open.median)} ms, edit ${ms(entry.edit.median)} ms, completion ${ms(entry.completion?.median)} ms, hover ${ms(entry.hover?.median)} ms`);
    }
  } finally {
    await server.stop();
  }
  return result;
}

/** Memory idle, after opening `text`, and after 100 one-character edits to it (Derbes: push diagnostics per version). */
async function memoryWith(args, capabilities, uri, text, env) {
  const server = await startServer({ args, env, capabilities, probe: true, initializationOptions: { locale: 'en' } });
  try {
    const idle = await server.memory();
    const got = server.diagnostics(uri, e => e.version === 1);
    await server.open(uri, text);
    await got;
    await new Promise(r => setTimeout(r, SETTLE_MS));
    const open = await server.memory();
    const points = editPoints(text);
    for (let i = 0; i < 100; i++) {
      const at = positionAt(text, points[(i >> 1) % points.length]);
      const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
      const got = server.diagnostics(uri, e => e.version === i + 2);
      await server.change(uri, i + 2, range, i % 2 === 0 ? 'ы' : '');
      await got;
    }
    await new Promise(r => setTimeout(r, SETTLE_MS));
    const edited = await server.memory();
    return { idle, open, edited };
  } finally {
    await server.stop();
  }
}

async function derbesCheck() {
  const dir = join(tmpdir(), 'derbes-bench-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let lines = 0;
  for (let i = 1; i <= 1000; i++) {
    const text = generatePolicy(100 + ((i * 37) % 200), i); // 100–300 lines, like real policies
    lines += text.split('\n').length - 1;
    writeFileSync(join(dir, `policy-${String(i).padStart(4, '0')}.policy.yaml`), text);
  }
  const times = [];
  let status;
  for (let i = 0; i < runs.check; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - t);
    status = r.status;
    if (r.status !== 0 && r.status !== 1) throw new Error(`derbes check failed (${r.status}): ${r.stderr}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const s = stats(times);
  log(`derbes check 1000 policies (${lines} lines): ${ms(s.median)} ms (exit ${status})`);
  return { ...s, files: 1000, lines };
}

// ---------------------------------------------------------------------------------------------
// yaml-language-server

function ylsSchema() {
  const dir = join(tmpdir(), 'derbes-bench-yls');
  mkdirSync(dir, { recursive: true });
  const schema = execFileSync(process.execPath, [CLI, 'schema'], { encoding: 'utf8' });
  const path = join(dir, 'policy.schema.json');
  writeFileSync(path, schema);
  return pathToFileURL(path).toString();
}

function ylsConfiguration(schemaUri) {
  return section => {
    if (section === 'yaml') return { schemas: { [schemaUri]: '*.policy.yaml' }, validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false } };
    if (section === 'http') return { proxy: '', proxyStrictSSL: false };
    if (section === 'editor') return { tabSize: 2, detectIndentation: false };
    return null;
  };
}

const ylsCapabilities = { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: {} }, workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } };

async function startYls(configuration, probe = false) {
  const server = await startServer({ args: [YLS, '--stdio'], capabilities: ylsCapabilities, configuration, probe });
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await new Promise(r => setTimeout(r, 300)); // let it pull and apply the configuration
  return server;
}

async function ylsBench(schemaUri) {
  const configuration = ylsConfiguration(schemaUri);
  const server = await startYls(configuration);
  const result = {};
  try {
    // sanity: the schema is applied (a wrong value gets a schema diagnostic)
    const probeUri = 'file:///bench/yls-probe.policy.yaml';
    const got = server.diagnostics(probeUri);
    await server.open(probeUri, 'derbes: 1\nkind: not-a-kind\n', 'yaml');
    const probe = await got;
    result.schemaApplied = probe.diagnostics.length > 0;
    await server.close(probeUri);
    await new Promise(r => setTimeout(r, 300));
    for (const size of SIZES) {
      const text = policy(size);
      const open = [];
      for (let i = size >= 20000 ? -1 : -2; i < runs.ylsOpen(size); i++) {
        const uri = `file:///bench/yls-open-${size}-${i}.policy.yaml`;
        const t = performance.now();
        const got = server.diagnostics(uri);
        await server.open(uri, openText(size, i), 'yaml');
        await got;
        if (i >= 0) open.push(performance.now() - t);
        const closed = server.diagnostics(uri);
        await server.close(uri);
        await closed;
      }
      const uri = `file:///bench/yls-edit-${size}.policy.yaml`;
      const opened = server.diagnostics(uri);
      await server.open(uri, text, 'yaml');
      await opened;
      let version = 1;
      const edit = [];
      const points = editPoints(text);
      for (let i = 0; i < runs.ylsEdit(size); i++) {
        const at = positionAt(text, points[(i >> 1) % points.length]);
        const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
        const t = performance.now();
        const got = server.diagnostics(uri);
        await server.change(uri, ++version, range, i % 2 === 0 ? 'ы' : '');
        await got;
        edit.push(performance.now() - t);
      }
      const q = queryPoints(text);
      const entry = { open: stats(open), edit: stats(edit) };
      for (const [kind, method, offset] of [['completion', 'textDocument/completion', q.completion], ['hover', 'textDocument/hover', q.hover]]) {
        const times = [];
        for (let i = 0; i < runs.ylsQuery(size); i++) {
          const t = performance.now();
          await server.connection.sendRequest(method, { textDocument: { uri }, position: positionAt(text, offset) });
          times.push(performance.now() - t);
        }
        entry[kind] = stats(times);
      }
      const closed = server.diagnostics(uri);
      await server.close(uri);
      await closed;
      result[size] = entry;
      log(`yaml-language-server ${size}: open ${ms(entry.open.median)} ms, edit ${ms(entry.edit.median)} ms, completion ${ms(entry.completion.median)} ms, hover ${ms(entry.hover.median)} ms`);
    }
  } finally {
    await server.stop();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function machine() {
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpu[0]?.model ?? '?'}`.replace(/\s+/g, ' ').trim(),
    nproc: cpu.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    load: loadavg().map(x => x.toFixed(2)).join(' '),
    derbes: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    yaml: versionOf('yaml'),
    'yaml-language-server': versionOf('yaml-language-server'),
    'vscode-languageserver': versionOf('vscode-languageserver'),
  };
}

const cell = s => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '–');
const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(a.median / b.median < 0.1 ? 3 : 2)}×` : '–');
const mib = bytes => (bytes ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : '–');
const TARGETS = { edit: { 200: 2, 2000: 5, 20000: 20 }, query: { 2000: 1, 20000: 2 } };
const verdict = ok => (ok === undefined ? '' : ok ? ' ✅' : ' ❌');

function report(r) {
  const L = [];
  const m = r.machine;
  L.push(`Generated by \`npm run bench\` (scripts/bench/run.mjs${QUICK ? ' --quick' : ''}) on ${m.date}.`, '');
  L.push(`Machine: ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.memory} memory, ${m.os}; load average at the start ${m.load}, at the end ${r.loadEnd}. Node ${m.node}. Packages: derbes ${m.derbes}, yaml ${m.yaml}, yaml-language-server ${m['yaml-language-server']}, vscode-languageserver ${m['vscode-languageserver']}.`, '');
  L.push('All times in milliseconds: median (min–max), measured from the client side of a real LSP connection (stdio, JSON-RPC) to `node dist/server.js --stdio`. '
    + 'Inputs: `scripts/bench/generate.mjs`: ' + SIZES.map(s => `${s} lines (${(policy(s).length / 1024).toFixed(0)} KiB)`).join(', ') + '; every open (and parse) is of a policy of its own (seeds 2 and up), so no cache helps; edits, completion and hover use seed 1. '
    + 'Edits are one-character insertions or deletions inside clause texts at ten places spread over the file; a fresh result is the `publishDiagnostics` of the edited version (push) or the `textDocument/diagnostic` answer sent after the change (pull). '
    + 'Derbes has **no debounce**: every change is analysed when it arrives. yaml-language-server waits 200 ms after a change before validating (`validationDelayMs`); its edit times include that wait and are shown with it and without it.', '');
  L.push('| Measure | Lines | Derbes | yaml-language-server | `yaml` parseDocument | Derbes / yls | Derbes / parse | Target |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const size of SIZES) {
    const d = r.derbes.push[size];
    const p = r.derbes.pull[size];
    const y = r.yls?.[size];
    const parse = r.parse[size];
    const openOk = d && parse ? d.open.median <= 1.5 * parse.median : undefined;
    L.push(`| open → diagnostics (push) | ${size} | ${cell(d?.open)} | ${cell(y?.open)} | ${cell(parse)} | ${ratio(d?.open, y?.open)} | ${ratio(d?.open, parse)} | ≤ 1.5× parse${verdict(openOk)} |`);
    L.push(`| open → diagnostics (pull) | ${size} | ${cell(p?.open)} | | | | ${ratio(p?.open, parse)} | |`);
    L.push(`| \`yaml\` parseDocument, browser build (bundled by Derbes) | ${size} | | | ${cell(r.parseBrowser?.[size])} | | ${ratio(d?.open, r.parseBrowser?.[size])} | |`);
    const target = TARGETS.edit[size];
    L.push(`| edit → diagnostics (push) | ${size} | ${cell(d?.edit)} | ${cell(y?.edit)} | | ${ratio(d?.edit, y?.edit)} | ${ratio(d?.edit, parse)} | ${target ? `≤ ${target}${verdict(d && d.edit.median <= target)}` : ''} |`);
    if (y?.edit) {
      const minus = { median: y.edit.median - 200, min: y.edit.min - 200, max: y.edit.max - 200 };
      L.push(`| edit → diagnostics, yls without its 200 ms wait | ${size} | | ${cell(minus)} | | ${ratio(d?.edit, minus)} | | |`);
    }
    L.push(`| edit → diagnostics (pull) | ${size} | ${cell(p?.edit)} | | | | ${ratio(p?.edit, parse)} | ${target ? `≤ ${target}${verdict(p && p.edit.median <= target)}` : ''} |`);
    for (const kind of ['completion', 'hover']) {
      const qt = TARGETS.query[size];
      const dv = p?.[kind];
      const supported = kind === 'completion' ? r.derbes.pull.completionSupported : r.derbes.pull.hoverSupported;
      L.push(`| ${kind} | ${size} | ${supported ? cell(dv) : 'not implemented yet'} | ${cell(y?.[kind])} | | ${ratio(dv, y?.[kind])} | | ${qt ? `≤ ${qt}${supported ? verdict(dv && dv.median <= qt) : ''}` : ''} |`);
    }
  }
  const s = r.derbes.start;
  L.push(`| server start (spawn → initialize result) | | ${cell(s)} | ${cell(r.ylsStart)} | | ${ratio(s, r.ylsStart)} | | ≤ 150${verdict(s && s.median <= 150)} |`);
  if (r.derbes.coldStart) L.push(`| server start, first after a build (no V8 code cache yet) | | ${ms(r.derbes.coldStart)} | | | | | |`);
  const first = r.derbes.push.firstOpen;
  if (first) L.push(`| open → diagnostics (push), the first policy a new server opens | ${first.size} | ${ms(first.ms)} | | | | | |`);
  const mem = r.derbes.memory;
  const ymem = r.ylsMemory;
  if (mem) {
    L.push(`| memory: RSS, ${r.memorySize}-line policy open | ${r.memorySize} | ${mib(mem.open.rss)} | ${mib(ymem?.open.rss)} | | ${ymem ? `${(mem.open.rss / ymem.open.rss).toFixed(2)}×` : '–'} | | ≤ 100 MiB${verdict(mem.open.rss <= 100 * 2 ** 20)} |`);
    L.push(`| memory: V8 heap used after GC, same | ${r.memorySize} | ${mib(mem.open.heapUsed)} | ${mib(ymem?.open.heapUsed)} | | | | |`);
    L.push(`| memory: RSS, idle server | | ${mib(mem.idle.rss)} | ${mib(ymem?.idle.rss)} | | | | |`);
    L.push(`| memory: RSS after 100 edits to it | ${r.memorySize} | ${mib(mem.edited?.rss)} | | | | | |`);
  }
  if (r.check) L.push(`| \`derbes check\` on 1,000 policies (${r.check.lines} lines, 100–300 each) | | ${cell(r.check)} | | | | | ≤ 3000${verdict(r.check.median <= 3000)} |`);
  L.push('');
  L.push(`Completion and hover are asked at a \`category:\` value in the middle of the \`data:\` section${r.derbes.pull.completionSupported ? '' : '; the Derbes server does not offer them yet, so they are not measured'}. `
    + 'The Derbes client declares the completion capabilities of VS Code\'s client (documentation and detail on `completionItem/resolve`, `completionList.itemDefaults`). '
    + `yaml-language-server ${r.ylsSchemaApplied === false ? '**did not** apply' : 'applied'} the exported schema (checked with a probe document).`);
  L.push('', `The Derbes server runs as the VS Code client starts it (\`server/src/serverProcess.json\`): node flags ${EDITOR_PROCESS.execArgv.map(f => `\`${f}\``).join(' ') || 'none'}, environment ${Object.entries(EDITOR_PROCESS.env).map(([k, v]) => `\`${k}=${v}\``).join(' ') || 'unchanged'}. Memory is read ${SETTLE_MS / 1000} s after the last change, when a user has stopped typing; the heap is measured after a full GC.`);
  L.push('', 'Extension activation needs a running VS Code: `npm run bench:activation` measures it in code-server (see [Extension activation](#extension-activation) below).');
  return L.join('\n');
}

async function main() {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run npm run build');
  mkdirSync(OUT, { recursive: true });
  const r = { machine: machine(), sizes: SIZES, quick: QUICK };
  r.parse = await benchParse('node');
  r.parseBrowser = await benchParse('browser');
  r.derbes = {};
  // the first start after a build compiles the bundle and writes the V8 code cache (dist/server.js)
  rmSync(join(tmpdir(), `derbes-v8-cache-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`), { recursive: true, force: true });
  const cold = await startServer({ args: DERBES_ARGS, env: EDITOR_PROCESS.env, capabilities: pullCapabilities, initializationOptions: { locale: 'en' } });
  r.derbes.coldStart = cold.startMs;
  await cold.stop();
  r.derbes.start = await benchStart(DERBES_ARGS, pullCapabilities, undefined, EDITOR_PROCESS.env);
  log(`derbes start: ${ms(r.derbes.start.median)} ms (first start, no code cache: ${ms(r.derbes.coldStart)} ms)`);
  r.derbes.push = await derbesPush();
  r.derbes.pull = await derbesPull();
  r.memorySize = SIZES.includes(20000) ? 20000 : SIZES[SIZES.length - 1];
  const memText = policy(r.memorySize);
  r.derbes.memory = await memoryWith(DERBES_ARGS, pushCapabilities, 'file:///bench/mem.policy.yaml', memText, EDITOR_PROCESS.env);
  log(`derbes memory: rss ${mib(r.derbes.memory.open.rss)}, heap ${mib(r.derbes.memory.open.heapUsed)}, after 100 edits rss ${mib(r.derbes.memory.edited.rss)}`);
  if (WITH_CHECK) r.check = await derbesCheck();
  if (WITH_YLS) {
    const schemaUri = ylsSchema();
    const configuration = ylsConfiguration(schemaUri);
    r.ylsStart = await benchStart([YLS, '--stdio'], ylsCapabilities, configuration);
    log(`yaml-language-server start: ${ms(r.ylsStart.median)} ms`);
    r.yls = await ylsBench(schemaUri);
    r.ylsSchemaApplied = r.yls.schemaApplied;
    r.ylsMemory = await (async () => {
      const s = await startYls(configuration, true);
      try {
        const idle = await s.memory();
        const uri = 'file:///bench/yls-mem.policy.yaml';
        const got = s.diagnostics(uri);
        await s.open(uri, memText, 'yaml');
        await got;
        await new Promise(res => setTimeout(res, SETTLE_MS));
        return { idle, open: await s.memory() };
      } finally {
        await s.stop();
      }
    })();
    log(`yaml-language-server memory: rss ${mib(r.ylsMemory.open.rss)}, heap ${mib(r.ylsMemory.open.heapUsed)}`);
  }
  r.loadEnd = loadavg().map(x => x.toFixed(2)).join(' ');
  writeFileSync(join(OUT, option('--json') ?? 'results.json'), JSON.stringify(r, null, 2));
  const table = report(r);
  console.log(table);
  if (WRITE) {
    const file = join(ROOT, 'BENCHMARKS.md');
    const begin = '<!-- bench:begin (generated by npm run bench; edit outside these markers) -->';
    const end = '<!-- bench:end -->';
    const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
    const a = old.indexOf(begin);
    const b = old.indexOf(end);
    const next = a >= 0 && b > a ? old.slice(0, a + begin.length) + '\n' + table + '\n' + old.slice(b) : `${old.trimEnd()}\n\n${begin}\n${table}\n${end}\n`;
    writeFileSync(file, next);
    log(`wrote ${file}`);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
