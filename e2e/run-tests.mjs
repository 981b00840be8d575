// Runs the extension's in-editor test module (dist/test/suite.js, exports run()) inside a REAL VS Code:
// code-server's workbench in headless Chromium + its remote Node extension host, with the extension loaded
// from source as a development extension. Same mechanism as @vscode/test-web (URL payload + codeAutomationExit),
// but against code-server, whose Node extension host runs the Derbes language server over IPC.
// usage: node e2e/run-tests.mjs [extensionDevelopmentPath=.] [extensionTestsPath=dist/test/suite.js] [fixture=e2e/fixtures/ws]
// The fixture folder (+ a copy of examples/) is copied into a temp workspace so tests may edit files freely.
// env: VERBOSE=1, PORT, TEST_TIMEOUT_MS, E2E_KEEP=1, E2E_TMP, CHROMIUM, SHOT=<png>, DERBES_E2E_GREP=<regex over test names>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startCodeServer, launchChromium, shutdown, E2E_TMP } from './codeServer.mjs';
import { makeWorkspace } from './workspace.mjs';

const [devPath, testsPath, fixture] = ['.', 'dist/test/suite.js', 'e2e/fixtures/ws'].map((d, i) => resolve(process.argv[2 + i] ?? d));
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 300000);
const verbose = !!process.env.VERBOSE;
const t0 = Date.now();
const log = (...a) => console.log(`[run-tests ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
mkdirSync(resolve('.e2e-out'), { recursive: true });
const folder = makeWorkspace(E2E_TMP, fixture);

// A built VS Code ignores extensionDevelopmentPath/extensionTestsPath from the URL payload
// unless the server runs with --enable-smoke-test-driver (code-server passes it via --vscode-option).
// DERBES_E2E_GREP reaches the extension host through code-server's environment.
const cs = await startCodeServer({
  port: process.env.PORT, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  log: s => verbose && process.stdout.write('[code-server] ' + s),
});
log('code-server up at', cs.url, 'workspace', folder);
let code = 1;
const ctx = await launchChromium(chromium);
let lastLines = [];
try {
  const page = ctx.pages()[0] ?? await ctx.newPage();
  if (verbose) page.on('console', m => log('[browser]', m.type(), m.text().slice(0, 300)));
  let done; const finished = new Promise(r => (done = r));
  // the workbench calls these in extension-test mode (extension-host console output arrives via codeAutomationLog)
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const text = args.map(String).join(' ');
    lastLines = [...lastLines.slice(-20), text];
    if (verbose || !/^\s+at |open-vsx|Gallery|AccountPolicyGate|socket|connection token|grace time|Service Worker|AgentHost|vsda|ExtensionService#|already exists!|^unknown document|^Unknown text editor|authentication provider|Unable to retrieve document from URI '[^']*settings\.json/.test(text)) console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', c => done(c));
  const remote = p => `vscode-remote://${cs.authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  code = await Promise.race([finished, new Promise(r => setTimeout(() => { log('TIMEOUT after', TIMEOUT, 'ms'); r(2); }, TIMEOUT))]);
  if (code !== 0 || process.env.SHOT) {
    const shot = process.env.SHOT || resolve('.e2e-out/run-tests-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    log('screenshot', shot);
  }
} finally {
  await ctx.close().catch(() => {});
  await shutdown();
}
log('extension tests exited with code', code);
// the suite prints its own "N passed, N failed"; on a timeout/crash there is none, so print one
if (code !== 0 && !lastLines.some(l => /^\d+ passed, \d+ failed/.test(l))) console.log('0 passed, 1 failed');
process.exit(code);
