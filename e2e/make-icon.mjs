// Draws images/icon.png (128x128, transparent corners) with Debian's chromium through playwright-core.
// usage: node e2e/make-icon.mjs [out=images/icon.png]   (needs /usr/bin/chromium: bash e2e/setup.sh)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'images/icon.png');
// Sky blue and gold of the Kazakh flag; a shield (protection) over a bilingual document, with «Д» (дербес).
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#14B8D4"/><stop offset="1" stop-color="#0089A8"/></linearGradient>
    <linearGradient id="gold" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#FFD54A"/><stop offset="1" stop-color="#F2B705"/></linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#bg)"/>
  <path d="M64 14 L104 28 V62 C104 88 86 106 64 116 C42 106 24 88 24 62 V28 Z" fill="url(#gold)"/>
  <path d="M64 22 L97 33.5 V62 C97 84 82 99.5 64 108 C46 99.5 31 84 31 62 V33.5 Z" fill="#ffffff"/>
  <text x="64" y="80" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="54" fill="#0089A8">Д</text>
</svg>`;
const home = mkdtempSync(join(tmpdir(), 'derbes-icon-')); // chromium writes crash reports/dconf under HOME
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'],
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') } });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  console.log('wrote', out);
} finally { await browser.close(); rmSync(home, { recursive: true, force: true }); }
