// UI-level e2e: install the packaged .vsix into a fresh code-server, drive the real workbench with
// playwright-core + Debian chromium, assert what a user sees, and save screenshots to .e2e-out/screens/.
// usage: node e2e/drive.mjs [file.vsix=derbes.vsix] [fixture=e2e/fixtures/ws] [screens=.e2e-out/screens]
// env: VERBOSE=1, PORT, E2E_KEEP=1, E2E_TMP, CHROMIUM
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { startCodeServer, launchChromium, shutdown, E2E_TMP } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';
import { quickInput, STEP_MS } from './quickInput.mjs';

const [vsix, fixture, screens] = ['derbes.vsix', 'e2e/fixtures/ws', '.e2e-out/screens'].map((d, i) => resolve(process.argv[2 + i] ?? d));
const FIXTURE_FILE = 'known-error.policy.yaml'; // has an unknown key (`sorce:`) and a block-style `category:` line
rmSync(screens, { recursive: true, force: true });
mkdirSync(screens, { recursive: true });
const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
// titles may be localized placeholders (%key%) resolved from package.nls.json (the English defaults the UI shows here)
const nls = (() => { try { return JSON.parse(readFileSync(resolve('package.nls.json'), 'utf8')); } catch { return {}; } })();
const t = v => (typeof v === 'string' ? v.replace(/^%(.+)%$/, (m, k) => nls[k] ?? m) : v);
const commandTitle = id => {
  const c = (manifest.contributes?.commands ?? []).find(c => c.command === id);
  return c && (c.category ? `${t(c.category)}: ${t(c.title)}` : t(c.title));
};
// Features land one by one: a UI check for a feature the server does not register yet is skipped (same rule as the
// in-editor suite: a registrar named like the feature, e.g. registerCompletion, in server/src/lsp/features.ts).
const hasFeature = name => {
  let registry = '';
  try { registry = readFileSync(resolve('server/src/lsp/features.ts'), 'utf8'); } catch { /* none */ }
  return new RegExp(`\\bregister\\w*${name}`, 'i').test(registry);
};
const fixtureLines = readFileSync(join(fixture, FIXTURE_FILE), 'utf8').split('\n');

const t0 = Date.now();
const log = (...a) => console.log(`[drive ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
let shotNo = 0;
async function check(name, fn) {
  try { await fn(); results.push(true); log('PASS', name); }
  catch (e) { results.push(false); log('FAIL', name, '-', String(e?.message ?? e).split('\n')[0]); await shot('FAIL-' + name); }
}
function skip(name, why) { log('SKIP', name, '-', why); }

const folder = makeWorkspace(E2E_TMP, fixture);
const cs = await startCodeServer({ port: process.env.PORT, vsix: [vsix], log: s => process.env.VERBOSE && process.stdout.write('[code-server] ' + s) });
log('code-server up at', cs.url, 'with', vsix);
const ctx = await launchChromium(chromium);
const page = ctx.pages()[0] ?? await ctx.newPage();
if (process.env.VERBOSE) page.on('console', m => log('[browser]', m.type(), m.text().slice(0, 200)));

async function shot(name) {
  const file = join(screens, `${String(++shotNo).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-').slice(0, 60)}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  return file;
}
const EXPORT_MS = 120000;
const quick = quickInput(page);
const runCommand = title => quick.pick('F1', '>' + title, title);
/** In the quick pick an extension opened (known by its placeholder), filters to `text` and accepts that row. */
const pickRow = (placeholder, text) => quick.fill(quick.box(placeholder), text, text);
/** Focus the active editor and put the cursor at the end of a 1-based line. */
async function gotoLineEnd(line) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await quick.closed();
  await page.keyboard.press('Control+G'); // Go to Line: the quick input with a ':' prefix, no list rows
  await quick.fill(quick.box(), ':' + line);
  await quick.closed();
  await page.keyboard.press('End');
}
const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

try {
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  log('workbench loaded');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FIXTURE_FILE }).waitFor({ timeout: 30000 });

  await check(`open ${FIXTURE_FILE} via Quick Open`, async () => {
    await quick.pick('Control+P', FIXTURE_FILE);
    await page.locator('.tab', { hasText: FIXTURE_FILE }).waitFor({ timeout: STEP_MS });
  });
  await check('language mode in the status bar is Derbes', () =>
    page.locator('#status\\.editor\\.mode', { hasText: 'Derbes' }).waitFor({ timeout: STEP_MS }));
  await check('the unknown key gets a squiggle from the language server', async () => {
    await activeEditor().locator('.squiggly-error, .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60000 });
    await shot('squiggle');
  });
  await check('Problems panel lists derbes(unknown-key)', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: 'unknown-key' }).first().waitFor({ timeout: STEP_MS });
    const text = await panel.innerText();
    if (!/derbes/i.test(text)) throw new Error('Problems entry does not name the source "derbes": ' + text.slice(0, 200));
    await shot('problems');
    await page.keyboard.press('Control+Shift+M'); // toggle the panel away again
  });

  const catLine = fixtureLines.findIndex(l => /^\s+category:\s*\S+\s*$/.test(l)) + 1;
  if (!hasFeature('completion')) skip('completion widget', 'the server has no completion feature yet');
  else await check('Ctrl+Space at a category: value shows taxonomy items', async () => {
    if (!catLine) throw new Error(`no block-style "category:" line in ${FIXTURE_FILE}`);
    const value = fixtureLines[catLine - 1].replace(/^\s+category:\s*/, '').trim();
    await gotoLineEnd(catLine);
    for (let i = 0; i < value.length; i++) await page.keyboard.press('Backspace'); // leave "category: " + cursor
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: STEP_MS });
    const rows = widget.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: STEP_MS });
    const labels = await rows.allInnerTexts();
    const ids = new Set(JSON.parse(readFileSync(resolve('server/src/taxonomy/data/data-categories.json'), 'utf8')).entries.map(e => e.id));
    const hits = labels.filter(l => l.split(/\s+/).some(w => ids.has(w)));
    if (hits.length < 3) throw new Error('fewer than 3 data categories among: ' + labels.slice(0, 8).join(' | '));
    // the list names each value in Kazakh and Russian, whatever the UI language
    const bilingual = labels.filter(l => /[әғқңөұүһі]/.test(l) && /[а-яё]/i.test(l));
    if (bilingual.length < 3) throw new Error('rows without kk/ru labels: ' + labels.slice(0, 4).join(' | '));
    log('  completion rows:', labels.slice(0, 4).map(l => l.replace(/\s+/g, ' ').slice(0, 60)).join(' | '));
    await shot('completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
  });

  if (!hasFeature('hover')) skip('hover', 'the server has no hover feature yet');
  else await check('hover (Ctrl+K Ctrl+I) on a category value shows its labels', async () => {
    if (!catLine) throw new Error('no category line');
    await gotoLineEnd(catLine); // cursor after the value (`email`)
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
    await hover.waitFor({ state: 'visible', timeout: STEP_MS });
    const text = await hover.innerText();
    if (!/[А-Яа-яӘәҚқҰұҮүІі]/.test(text)) throw new Error('hover without Kazakh/Russian labels: ' + text.slice(0, 120));
    log('  hover:', text.replace(/\s+/g, ' ').slice(0, 100));
    await shot('hover');
    await page.keyboard.press('Escape');
  });

  const previewTitle = commandTitle('derbes.openPreviewToSide');
  if (!previewTitle) skip('bilingual preview', 'the extension does not contribute derbes.openPreviewToSide yet');
  else await check(`"${previewTitle}" opens a bilingual webview`, async () => {
    await page.locator('.tab', { hasText: FIXTURE_FILE }).first().click();
    await runCommand(previewTitle);
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await frame.locator('body').waitFor({ timeout: 60000 });
    // the preview shows the document in Kazakh and Russian; both alphabets must be there (Kazakh-specific letters)
    const body = frame.locator('body');
    await body.filter({ hasText: /[әғқңөұүһі]/i }).waitFor({ timeout: 60000 });
    await body.filter({ hasText: /[а-яё]{4,}/i }).waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    await shot('preview');
  });

  const exportTitle = commandTitle('derbes.export');
  if (!exportTitle) skip('export', 'the extension does not contribute derbes.export yet');
  else for (const [format, label, magic] of [['html', 'HTML', '<!DOCTYPE'], ['pdf', 'PDF', '%PDF-']]) {
    await check(`"${exportTitle}" → ${label} writes ${FIXTURE_FILE.replace(/yaml$/, format)} (installed .vsix)`, async () => {
      const target = join(folder, FIXTURE_FILE.replace(/\.yaml$/, `.${format}`));
      rmSync(target, { force: true });
      await page.locator('.tab', { hasText: FIXTURE_FILE }).first().click();
      await runCommand(exportTitle);
      await pickRow('Choose a format', label);
      await pickRow('Choose the languages', 'Kazakh and Russian');
      // done when the extension says so ("Exported <file>", after the file is written) or says it failed; the first
      // PDF export loads the PDF bundle and the fonts in the server, which takes a while on a loaded machine
      const name = basename(target);
      const outcome = page.locator('.notification-toast', { hasText: new RegExp(`Exported ${name.replace(/\./g, '\\.')}|Export failed`) }).first();
      await outcome.waitFor({ timeout: EXPORT_MS });
      const said = (await outcome.innerText()).replace(/\s+/g, ' ');
      if (/Export failed/.test(said)) throw new Error(said.slice(0, 300));
      if (!existsSync(target)) throw new Error(`${target} was not written (the extension said: ${said.slice(0, 100)})`);
      const head = readFileSync(target).subarray(0, 200).toString('latin1');
      if (!head.toUpperCase().includes(magic.toUpperCase())) throw new Error(`${format} file starts with ${JSON.stringify(head.slice(0, 20))}`);
      await shot(`export-${format}`);
      await page.keyboard.press('Escape');
    });
  }

  await page.waitForTimeout(300);
  await shot('final');
} catch (e) {
  results.push(false); log('FAIL', String(e?.message ?? e).split('\n')[0]);
  await shot('crash');
} finally {
  await ctx.close().catch(() => {});
  await shutdown();
}
log('screenshots in', screens);
const failed = results.filter(r => !r).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
