// The preview webview outside VS Code: its real HTML shell (CSP, nonce, script) in headless
// Chromium with a stand-in for acquireVsCodeApi. Checks that it patches the DOM block by block
// (rows are kept, not rebuilt), keeps the reading position across updates, switches languages and
// remembers the choice, reports clicks and scrolling by block id, and shows diagnostics as text.
// Screenshots in light, dark and high-contrast themes go to .bench-out/ for a person to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument } from '../../server/src/render/tree';
import { previewContent, type PreviewBlock } from '../../server/src/render/preview';
import { shellHtml } from '../../client/src/preview/html';
import { ROOT, STARTER } from '../helpers/policy';
import type { ToWebview } from '../../client/src/preview/protocol';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, '.bench-out');

const STRINGS = { title: 'Preview', both: 'Қаз | Рус', kk: 'Қазақша', ru: 'Русский', lock: 'Lock', lockTitle: 'lock', modeTitle: 'languages', loading: 'Rendering…', unplaced: 'Other problems' };
const fakeWebview = { cspSource: 'https://*.vscode-cdn.net' } as unknown as import('vscode').Webview;

function blocksOf(text: string, diagnostics: Parameters<typeof previewContent>[1] = []) {
  return previewContent(buildDocument(new PolicyAnalyzer().analyze(text)), diagnostics);
}

describe('preview webview in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let browser: Browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => { await browser?.close(); });

  async function open(mode: 'both' | 'kk' | 'ru' = 'both', state?: unknown): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    const violations: string[] = [];
    page.on('console', m => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    let html = shellHtml(fakeWebview, { uri: 'file:///w/a.policy.yaml', locked: false, mode }, STRINGS);
    const nonce = /nonce="([^"]+)"/.exec(html)![1];
    // the stand-in for VS Code's API, allowed by the same nonce
    const stub = `<script nonce="${nonce}">
      window.__posted = []; window.__state = ${JSON.stringify(state ?? null)};
      window.acquireVsCodeApi = () => ({ postMessage: m => window.__posted.push(m), getState: () => window.__state, setState: s => { window.__state = JSON.parse(JSON.stringify(s)); } });
    </script>`;
    html = html.replace('<script nonce=', `${stub}<script nonce=`);
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some(m => m.type === 'ready'));
    return { page, violations };
  }

  const send = (page: Page, m: ToWebview) => page.evaluate(msg => window.postMessage(msg, '*'), m);
  const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: { type: string; [k: string]: unknown }[] }).__posted);
  const render = (blocks: PreviewBlock[], order: string[], version: number, reset = false): ToWebview =>
    ({ type: 'render', version, order, blocks, unplaced: [], reset, uri: 'file:///w/a.policy.yaml', locked: false });

  /** Sends all of a document's blocks as a first render and waits for its rows. */
  async function renderAll(page: Page, { blocks }: { blocks: PreviewBlock[] }): Promise<void> {
    await send(page, render(blocks, blocks.map(b => b.id), 1, true));
    await page.waitForFunction(() => document.querySelectorAll('#doc > .row').length > 30);
  }

  it('renders all blocks, then patches only what changed, keeping the other rows', async () => {
    const { page, violations } = await open();
    const first = blocksOf(STARTER);
    await renderAll(page, first);
    assert.equal(await page.locator('#doc > .row').count(), first.blocks.length);
    // mark every row, change one fact, send only the changed blocks
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('#doc > .row').forEach(r => { (r as unknown as { __kept: boolean }).__kept = true; }));
    const second = blocksOf(STARTER.replace('answer: 3 working-days', 'answer: 5 working-days'));
    const before = new Map(first.blocks.map(b => [b.id, b.kk + b.ru]));
    const changed = second.blocks.filter(b => before.get(b.id) !== b.kk + b.ru);
    assert.equal(changed.length, 1, changed.map(b => b.id).join());
    await send(page, render(changed, second.blocks.map(b => b.id), 2));
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string; version?: number }[] }).__posted.some(m => m.type === 'rendered' && m.version === 2));
    const kept = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('#doc > .row')).filter(r => (r as unknown as { __kept?: boolean }).__kept).length);
    assert.equal(kept, second.blocks.length, 'rows were rebuilt');
    const text = await page.locator(`#${changed[0].domId} .cell.kk`).textContent();
    assert.match(text ?? '', /5 \(бес\) жұмыс күні ішінде/);
    assert.deepEqual(violations, [], 'the shell itself breaks its CSP');
    await page.close();
  });

  it('keeps the reading position when blocks above it change', async () => {
    const { page } = await open();
    const a = blocksOf(STARTER);
    await renderAll(page, a);
    const target = a.blocks.find(b => b.id === 'g.rights.list')!;
    await send(page, { type: 'scrollTo', id: target.id });
    await page.waitForTimeout(50);
    const top = () => page.evaluate(id => document.getElementById(id)!.getBoundingClientRect().top, target.domId);
    const before = await top();
    // a long clause appears near the top of the document
    const b = blocksOf(STARTER.replace('purposes:', `clauses:\n  - id: long\n    section: general\n    text:\n      kk: |-\n${'        Ұзын мәтін жолы.\n'.repeat(40)}      ru: |-\n${'        Длинная строка текста.\n'.repeat(40)}purposes:`));
    const known = new Set(a.blocks.map(x => x.id));
    await send(page, render(b.blocks.filter(x => !known.has(x.id) || x.id.startsWith('s.') || x.id.startsWith('g.')), b.blocks.map(x => x.id), 2));
    const long = b.blocks.find(x => x.id === 'c.long')!;
    await page.waitForFunction(id => document.getElementById(id) !== null, long.domId);
    assert.ok(Math.abs((await top()) - before) < 2, `the anchor moved from ${before} to ${await top()}`);
    await page.close();
  });

  it('switches languages, hides the other column, remembers the choice and tells the extension', async () => {
    const { page } = await open('both');
    const c = blocksOf(STARTER);
    await renderAll(page, c);
    const visible = (lang: string) => page.evaluate(l => Array.from(document.querySelectorAll<HTMLElement>(`.row.clause > .cell.${l}`)).filter(x => x.offsetParent !== null).length, lang);
    assert.ok((await visible('kk')) > 0 && (await visible('ru')) > 0);
    await page.click('button[data-mode="kk"]');
    assert.equal(await visible('ru'), 0);
    assert.ok((await visible('kk')) > 0);
    assert.ok((await posted(page)).some(m => m.type === 'setMode' && m.mode === 'kk'));
    assert.equal((await page.evaluate(() => (window as unknown as { __state: { mode: string } }).__state)).mode, 'kk');
    await send(page, { type: 'mode', mode: 'ru' });
    await page.waitForFunction(() => document.body.classList.contains('mode-ru'));
    assert.equal(await visible('kk'), 0);
    await page.close();
  });

  it('reports clicks and scrolling by block id; a requested scroll is not echoed back', async () => {
    const { page } = await open();
    const c = blocksOf(STARTER);
    await renderAll(page, c);
    const target = c.blocks.find(b => b.id === 'g.contacts.operator')!;
    await send(page, { type: 'scrollTo', id: target.id });
    await page.waitForTimeout(100);
    assert.ok(!(await posted(page)).some(m => m.type === 'didScroll'), 'the requested scroll was echoed');
    await page.waitForTimeout(350);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some(m => m.type === 'didScroll'));
    await page.click(`#${c.blocks.find(b => b.id === 'g.general.operator')!.domId} .cell.ru`);
    assert.ok((await posted(page)).some(m => m.type === 'reveal' && m.id === 'g.general.operator'));
    await send(page, { type: 'probe', nonce: 7 });
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some(m => m.type === 'probeResult'));
    const probe = (await posted(page)).find(m => m.type === 'probeResult') as unknown as { state: { columns: number; clauseCount: number; lastRenderVersion: number; texts: { kk: string[]; ru: string[] } } };
    assert.equal(probe.state.columns, 2);
    assert.equal(probe.state.lastRenderVersion, 1);
    assert.equal(probe.state.clauseCount, c.blocks.filter(b => b.kind === 'clause').length);
    assert.equal(probe.state.texts.kk[0], 'Құпиялылық саясатыҚұжат нұсқасы: 1.0Күшіне енген күні: 2026 жылғы 20 қаңтар');
    await page.close();
  });

  it('shows diagnostics at their clause, as text', async () => {
    const { page } = await open();
    const c = blocksOf(STARTER, [{ severity: 1, message: '<img src=x onerror=window.__pwned=1> wrong', code: 'x-code', line: 3, character: 2, offset: STARTER.indexOf('kk: Құпиялылық') }]);
    await send(page, render(c.blocks, c.blocks.map(b => b.id), 1, true));
    await page.waitForFunction(() => document.querySelectorAll('.diag').length === 1);
    assert.equal(await page.locator('#c-title .diag .message').textContent(), '<img src=x onerror=window.__pwned=1> wrong');
    assert.equal(await page.locator('#c-title .diag img').count(), 0);
    await page.close();
  });

  it('looks right in light, dark and high-contrast themes (screenshots)', async () => {
    const themes = {
      light: { cls: 'vscode-light', vars: { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#1f1f1f', '--vscode-textLink-foreground': '#005fb8', '--vscode-focusBorder': '#005fb8', '--vscode-editorError-foreground': '#e51400', '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff' } },
      dark: { cls: 'vscode-dark', vars: { '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-textLink-foreground': '#4daafc', '--vscode-focusBorder': '#0078d4', '--vscode-editorError-foreground': '#f14c4c', '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff', '--vscode-list-hoverBackground': '#2a2d2e' } },
      'high-contrast': { cls: 'vscode-high-contrast', vars: { '--vscode-editor-background': '#000000', '--vscode-editor-foreground': '#ffffff', '--vscode-textLink-foreground': '#21a6ff', '--vscode-focusBorder': '#f38518', '--vscode-contrastActiveBorder': '#f38518', '--vscode-editorError-foreground': '#f48771', '--vscode-button-background': '#000000', '--vscode-button-foreground': '#ffffff' } },
    };
    const c = blocksOf(`${STARTER}clauses:\n  - id: x\n    section: general\n    text: { kk: "{{nope}} мәтін", ru: "{{nope}} текст" }\n`, [{ severity: 1, message: 'Unknown placeholder {{nope}}', code: 'unknown-placeholder', line: 70, character: 18, offset: STARTER.length + 60 }]);
    for (const [name, theme] of Object.entries(themes)) {
      const { page } = await open();
      await page.evaluate(t => {
        document.body.classList.add(t.cls);
        for (const [k, v] of Object.entries(t.vars)) document.documentElement.style.setProperty(k, v);
      }, theme);
      await renderAll(page, c);
      await send(page, { type: 'highlight', id: 'g.general.operator' });
      await page.screenshot({ path: join(SHOTS, `preview-${name}.png`) });
      const colors = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
      assert.notEqual(colors.bg, colors.fg);
      await page.close();
    }
  });
});
