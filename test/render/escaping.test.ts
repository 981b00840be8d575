// Hostile policy text never becomes markup: a policy whose every text is a script, an event
// attribute, a javascript: link, a style or a remote resource is rendered to HTML and loaded in
// headless Chromium — without the page's Content-Security-Policy, so that escaping alone is tested —
// and no script may run, no request may leave the page, no dialog may open. Markdown and plain text
// are checked for the same corpus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { buildDocument } from '../../server/src/render/tree';
import { renderHtml } from '../../server/src/render/html';
import { renderMarkdown } from '../../server/src/render/markdown';
import { renderText } from '../../server/src/render/text';
import { previewContent } from '../../server/src/render/preview';
import { domId, escapeHtml, escapeMarkdown, safeHref } from '../../server/src/render/escape';
import type { Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hostile = readFileSync(join(__dirname, 'fixtures', 'hostile.policy.yaml'), 'utf8');
const doc = buildDocument(new PolicyAnalyzer().analyze(hostile));

describe('escaping helpers', () => {
  it('escapes the characters that open markup and attributes', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&\`</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    assert.equal(escapeHtml('a\u0000b\u0007c\u2028'), 'abc\u2028');
  });
  it('lets only http(s) and mailto through as link targets', () => {
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'command:workbench.action.quit', 'file:///etc/passwd', '//evil.test', 'mailto:a@b.kz?x=<script>', 'https://user:pw@evil.test/']) {
      assert.equal(safeHref(bad), undefined, bad);
    }
    assert.equal(safeHref('https://example.kz/a?b=<c>'), 'https://example.kz/a?b=%3Cc%3E');
    assert.equal(safeHref('mailto:info@example.kz'), 'mailto:info@example.kz');
  });
  it('makes DOM ids from any policy id', () => {
    assert.match(domId('c.x" onclick="alert(1)'), /^[A-Za-z0-9_-]+$/);
    assert.notEqual(domId('a.b'), domId('a_b'));
  });
  it('neutralises Markdown and HTML in Markdown', () => {
    const md = escapeMarkdown('<script>x</script> [a](javascript:y) *b* `c` # d');
    assert.ok(!md.includes('<'), md);
    assert.ok(!/\[a\]\(/.test(md), md);
    assert.ok(md.includes('\\*b\\*'), md);
  });
});

describe('hostile corpus in every format', () => {
  it('Markdown keeps it as text', () => {
    const md = renderMarkdown(doc, 'both');
    assert.ok(!/<[a-z!/]/i.test(md), 'raw markup in Markdown');
    assert.ok(!/(?<!\\)\]\((?!https?:|mailto:)/.test(md), 'a non-web link in Markdown');
    assert.ok(md.includes('&lt;script&gt;'));
  });
  it('plain text keeps it verbatim, without control characters', () => {
    const text = renderText(doc, 'both');
    assert.ok(text.includes('<script>window.__pwned=1;'));
    assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text));
  });
  it('an unresolved library clause is a visible placeholder, not its reference as markup', () => {
    const text = renderText(doc, 'kk');
    assert.match(text, /\[Кітапхана тармағы табылмады: std\/no-such-clause\]/);
  });
});

describe('hostile corpus in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let browser: Browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  after(async () => { await browser?.close(); });

  /** Loads HTML into a fresh page with no CSP and reports what happened. */
  async function load(html: string) {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', r => { if (r.url() !== 'about:blank') requests.push(r.url()); });
    page.on('dialog', d => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', e => errors.push(String(e)));
    await page.route('**/*', route => route.abort());
    await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { waitUntil: 'load' });
    // let timers, animations (<animate onbegin>) and lazy loads fire if anything slipped through
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        scripts: document.querySelectorAll('script').length,
        eventAttributes: all.flatMap(el => Array.from(el.attributes).filter(a => /^on/i.test(a.name)).map(a => `${el.tagName}.${a.name}`)),
        styleAttributes: all.filter(el => el.hasAttribute('style')).map(el => el.tagName),
        styles: document.querySelectorAll('style').length,
        foreign: all.filter(el => /^(IMG|IFRAME|OBJECT|EMBED|SVG|MATH|VIDEO|AUDIO|SOURCE|LINK|BASE|FORM|BUTTON|TEMPLATE|TABLE|INPUT|B|U)$/i.test(el.tagName)).map(el => el.tagName),
        metas: Array.from(document.querySelectorAll('meta')).map(m => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? m.getAttribute('charset')),
        hrefs: Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href') ?? ''),
        text: document.body.textContent ?? '',
      };
    });
    await page.close();
    return { ...state, requests, dialogs, errors };
  }

  function assertInert(r: Awaited<ReturnType<typeof load>>) {
    assert.equal(r.pwned, undefined, 'a script ran');
    assert.deepEqual(r.dialogs, [], 'a dialog opened');
    assert.deepEqual(r.requests, [], 'a request left the page');
    assert.equal(r.scripts, 0, 'a <script> element exists');
    assert.deepEqual(r.eventAttributes, [], 'event-handler attributes exist');
    assert.deepEqual(r.styleAttributes, [], 'style attributes exist');
    assert.deepEqual(r.foreign, [], 'elements the renderer never writes exist');
    for (const href of r.hrefs) assert.match(href, /^(https?:|mailto:)/, `a link to ${href}`);
    // the hostile text is there, as text
    assert.ok(r.text.includes('<script>window.__pwned=15</script>'), 'the clause text was not shown as text');
    assert.ok(r.text.includes('javascript:window.__pwned=16'));
  }

  for (const mode of ['both', 'kk', 'ru'] as const) {
    it(`exported HTML (${mode}) runs nothing and loads nothing`, async () => {
      const r = await load(renderHtml(doc, { mode }));
      if (mode !== 'ru') assertInert(r);
      else {
        assert.equal(r.pwned, undefined);
        assert.deepEqual(r.requests, []);
        assert.equal(r.scripts, 0);
        assert.deepEqual(r.eventAttributes, []);
        assert.ok(r.text.includes('<template><script>window.__pwned=18</script></template>'));
      }
      assert.equal(r.styles, 1, 'only the document style sheet');
      assert.deepEqual(r.metas.filter(m => m !== 'utf-8' && m !== 'viewport' && m !== 'generator'), [], 'a meta element from policy text');
    });
  }

  it('preview fragments, put into a page with innerHTML, run nothing and load nothing', async () => {
    const content = previewContent(doc, [{ severity: 1, message: '<img src=x onerror=window.__pwned=30>', code: '<b>', line: 0, character: 0, offset: 0 }]);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main id="doc"></main><script>
      const blocks = ${JSON.stringify(content.blocks).replace(/</g, '\\u003c')};
      for (const b of blocks) {
        const row = document.createElement('div');
        row.id = b.domId;
        const kk = document.createElement('div'); kk.innerHTML = b.kk;
        const ru = document.createElement('div'); ru.innerHTML = b.ru;
        row.append(kk, ru);
        document.getElementById('doc').append(row);
      }
      document.currentScript.remove();
    </script></body></html>`;
    const r = await load(page);
    assert.equal(r.pwned, undefined, 'a script ran');
    assert.deepEqual(r.requests, [], 'a request left the page');
    assert.deepEqual(r.eventAttributes, []);
    assert.deepEqual(r.foreign, []);
    for (const href of r.hrefs) assert.match(href, /^(https?:|mailto:)/);
    for (const b of content.blocks) assert.match(b.domId, /^[A-Za-z0-9_-]+$/);
  });
});
