// A tiny test harness for the in-editor suite (runs inside VS Code's extension host; plain node:assert, no mocha,
// so the whole suite bundles to one file). Each scenario group is one file that calls `group()` / `test()`;
// index.ts imports them in order and calls runAll().
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'derbes.derbes';
export const LANGUAGE_ID = 'derbes';
export const SOURCE = 'derbes';

type TestFn = () => Promise<void> | void;
interface TestCase { group: string; name: string; fn: TestFn }
const cases: TestCase[] = [];
let currentGroup = '';

/** Starts a scenario group; the tests registered next belong to it. */
export function group(name: string, body: () => void): void {
  const prev = currentGroup;
  currentGroup = name;
  try { body(); } finally { currentGroup = prev; }
}
export function test(name: string, fn: TestFn): void {
  cases.push({ group: currentGroup, name, fn });
}

/** Thrown by a test to mark it skipped (a feature that has not landed yet); counted apart from passes and failures. */
export class Skip extends Error {}
export function skip(reason: string): never { throw new Skip(reason); }

export async function runAll(): Promise<{ passed: number; failed: number; skipped: number }> {
  const grep = process.env.DERBES_E2E_GREP ? new RegExp(process.env.DERBES_E2E_GREP, 'i') : undefined;
  let passed = 0, failed = 0, skipped = 0;
  for (const c of cases) {
    const title = `${c.group} › ${c.name}`;
    if (grep && !grep.test(title)) continue;
    const t = Date.now();
    try {
      await withTimeout(Promise.resolve().then(c.fn), Number(process.env.DERBES_E2E_TEST_TIMEOUT_MS || 60000), title);
      passed++;
      console.log(`ok - ${title} (${Date.now() - t} ms)`);
    } catch (e) {
      if (e instanceof Skip) { skipped++; console.log(`skip - ${title}: ${e.message}`); continue; }
      failed++;
      console.error(`not ok - ${title} (${Date.now() - t} ms)\n  ${String((e as Error)?.stack ?? e).split('\n').slice(0, 8).join('\n  ')}`);
    } finally {
      await cleanUp();
    }
  }
  return { passed, failed, skipped };
}

/** Reverts every dirty document (so closing editors never asks to save) and closes all editors. */
async function cleanUp(): Promise<void> {
  const ignore = () => undefined;
  for (const doc of vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(doc).then(() => vscode.commands.executeCommand('workbench.action.files.revert'), ignore);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors').then(undefined, ignore);
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, rej) => { timer = setTimeout(() => rej(new Error(`test timed out after ${ms} ms: ${what}`)), ms); })]);
  } finally { clearTimeout(timer); }
}

export const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

/** Polls fn until it returns a truthy value. */
export async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30000, everyMs = 150): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try { const v = await fn(); if (v) return v; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timeout (${timeoutMs} ms) waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------- workspace + documents

export function wsFolder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder is open (run through e2e/run-tests.mjs or test/e2e/run-electron.mjs)');
  return f;
}
export const wsUri = (rel: string) => vscode.Uri.joinPath(wsFolder().uri, ...rel.split('/'));

/** Example policies copied into the workspace (examples/*.policy.yaml), sorted by name. */
export async function examplePolicies(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('examples/*.policy.{yaml,yml}');
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

export async function open(uriOrRel: vscode.Uri | string, show = true): Promise<vscode.TextDocument> {
  const uri = typeof uriOrRel === 'string' ? wsUri(uriOrRel) : uriOrRel;
  const doc = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Opens an untitled-like scratch policy: a real file in the workspace (the server only serves file: documents). */
export async function scratch(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = wsUri(`scratch/${name}.policy.yaml`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return open(uri);
}

export function derbesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
}
export const codeOf = (d: vscode.Diagnostic): string =>
  d.code === undefined ? '' : typeof d.code === 'object' ? String(d.code.value) : String(d.code);

/**
 * Waits until the language server has published diagnostics for this document version.
 * (An empty list is a valid answer, so this waits on the change event or on an existing entry.)
 */
export async function diagnosticsFor(doc: vscode.TextDocument, predicate: (ds: vscode.Diagnostic[]) => boolean = ds => ds.length > 0, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics for ${vscode.workspace.asRelativePath(doc.uri)}`, () => {
    const ds = derbesDiagnostics(doc.uri);
    return predicate(ds) ? ds : undefined;
  }, timeoutMs);
}

/** Position of the n-th occurrence of `needle` in the document (+ `offset` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string | RegExp, offset = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let idx = -1;
  if (typeof needle === 'string') {
    for (let i = 0, from = 0; i <= nth; i++, from = idx + 1) { idx = text.indexOf(needle, from); if (idx < 0) break; }
  } else {
    const re = new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : needle.flags + 'g');
    let m: RegExpExecArray | null; let i = 0;
    while ((m = re.exec(text))) { if (i++ === nth) { idx = m.index; break; } }
  }
  assert.ok(idx >= 0, `"${String(needle)}" not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
  return doc.positionAt(idx + offset);
}

export function assertRangeInside(doc: vscode.TextDocument, r: vscode.Range, what = 'range'): void {
  assert.ok(r.start.line >= 0 && r.end.line < doc.lineCount, `${what} ${fmt(r)} outside ${doc.lineCount} lines`);
  assert.ok(!r.end.isBefore(r.start), `${what} ${fmt(r)} is inverted`);
  assert.ok(doc.validateRange(r).isEqual(r), `${what} ${fmt(r)} is not a valid range of the document`);
}
export const fmt = (r: vscode.Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
}

// ---------------------------------------------------------------- the extension

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed/loaded`);
  return ext;
}

/** The extension's exported API (whatever activate() returns), after activation. */
export async function api<T = Record<string, unknown>>(): Promise<T | undefined> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as T | undefined;
}

/** True when the extension contributes this command (features land one by one; tests for absent ones skip). */
export function contributesCommand(id: string): boolean {
  const cmds = (extension().packageJSON?.contributes?.commands ?? []) as { command: string }[];
  return cmds.some(c => c.command === id);
}

export async function commandExists(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

/**
 * Features land one by one. A scenario for a feature the language server does not offer yet is skipped; once it
 * does, the scenario must pass. "Offers" = a registrar named like the feature (e.g. registerCompletion) is in
 * server/src/lsp/features.ts, the list of every LSP feature the server wires up (a service file alone is not enough).
 */
export function requireFeature(...names: string[]): void {
  let registry = '';
  try { registry = fs.readFileSync(path.join(extension().extensionPath, 'server', 'src', 'lsp', 'features.ts'), 'utf8'); } catch { /* none */ }
  if (!names.some(n => new RegExp(`\\bregister\\w*${n.replace(/[-_]/g, '')}`, 'i').test(registry))) {
    skip(`the language server does not register a ${names[0]} feature yet (server/src/lsp/features.ts)`);
  }
}

/** Ids of a taxonomy (server/src/taxonomy/data/<name>.json), read from the development extension's tree. */
export function taxonomyIds(name: string): string[] {
  const file = path.join(extension().extensionPath, 'server', 'src', 'taxonomy', 'data', `${name}.json`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: { id: string }[] } | Record<string, { entries?: { id: string }[] }>;
  const entries = (json as { entries?: { id: string }[] }).entries;
  if (entries) return entries.map(e => e.id);
  throw new Error(`no entries in ${file}`);
}

/**
 * Diagnostics once the server has spoken for this document and then kept quiet for `quietMs`.
 * Works for documents without problems too (an empty publish still fires onDidChangeDiagnostics).
 */
export async function settledDiagnostics(doc: vscode.TextDocument, quietMs = 1200, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  const key = doc.uri.toString();
  let last = derbesDiagnostics(doc.uri).length ? Date.now() : 0;
  const sub = vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.toString() === key)) last = Date.now(); });
  try {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (last && Date.now() - last >= quietMs) return derbesDiagnostics(doc.uri);
      await sleep(100);
    }
    throw new Error(`the language server published no diagnostics for ${vscode.workspace.asRelativePath(doc.uri)} within ${timeoutMs} ms`);
  } finally { sub.dispose(); }
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
}
export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map(i => typeof i.label === 'string' ? i.label : i.label.label);
}
