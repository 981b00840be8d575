// Start/stop a throw-away code-server (the real VS Code server + web workbench + Node extension host) bound to
// 127.0.0.1, and a headless Debian chromium for playwright-core. Used by e2e/run-tests.mjs and e2e/drive.mjs.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// All throw-away state (server user-data, extensions, VS Code's IPC sockets via TMPDIR, browser profile, HOME/XDG)
// goes under one short root; removed at exit unless E2E_KEEP=1. Keep it short: unix socket paths max ~107 chars.
const TMP = process.env.E2E_TMP
  ? (mkdirSync(process.env.E2E_TMP, { recursive: true }), mkdtempSync(join(process.env.E2E_TMP, 'r-')))
  : mkdtempSync(join(tmpdir(), 'derbes-e2e-'));
export const E2E_TMP = TMP;

const servers = [];
const killGroup = (pid, sig) => { try { process.kill(-pid, sig); } catch { /* already gone */ } };
process.on('exit', () => {
  for (const cs of servers) killGroup(cs.pid, 'SIGKILL'); // last resort; normally shutdown() already did it
  if (process.env.E2E_KEEP) console.log('[e2e] kept state in', TMP);
  else try { rmSync(TMP, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch { /* best effort */ }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(130)); // still runs the cleanup above

/** Stop every code-server started here: the whole process group (server, extension host, language server, watchers). */
export async function shutdown() {
  await Promise.all(servers.map(async cs => {
    killGroup(cs.pid, 'SIGTERM');
    const t = Date.now();
    while (Date.now() - t < 5000) {
      try { process.kill(-cs.pid, 0); } catch { return; }
      await new Promise(r => setTimeout(r, 100));
    }
    killGroup(cs.pid, 'SIGKILL');
  }));
}

/** A free TCP port on 127.0.0.1 (unless PORT is set). */
export async function freePort(preferred) {
  if (preferred) return Number(preferred);
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

export const SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true, 'window.restoreWindows': 'none',
  'editor.quickSuggestions': { other: false, comments: false, strings: false }, // only explicit Ctrl+Space in UI tests
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'files.autoSave': 'off', 'git.enabled': false, 'workbench.colorTheme': 'Default Light Modern',
};

/**
 * @param {{bin?: string, port?: number, vsix?: string[], extraArgs?: string[], settings?: object, log?: (s: string) => void}} opts
 */
export async function startCodeServer({ bin = process.env.CODE_SERVER, port, vsix = [], extraArgs = [], settings = {}, log = () => {} } = {}) {
  if (!bin) throw new Error('set CODE_SERVER (source e2e/env.sh)');
  port = await freePort(port);
  const state = mkdtempSync(join(TMP, 'cs-'));
  mkdirSync(join(state, 'ud/User'), { recursive: true });
  writeFileSync(join(state, 'ud/User/settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 1));
  // keep code-server's config.yaml / logs out of $HOME, and VS Code's sockets out of /tmp
  const env = { ...process.env, TMPDIR: state, HOME: join(state, 'home'),
    XDG_CONFIG_HOME: join(state, 'home/.config'), XDG_DATA_HOME: join(state, 'home/.local/share'), XDG_CACHE_HOME: join(state, 'home/.cache') };
  const dirs = ['--user-data-dir', join(state, 'ud'), '--extensions-dir', join(state, 'exts')];
  for (const v of vsix) {
    const out = execFileSync(bin, [...dirs, '--install-extension', v], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    log(String(out));
  }
  const cs = spawn(bin, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...dirs, ...extraArgs],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group -> shutdown() ends the whole tree
  cs.stdout.on('data', d => log(String(d)));
  cs.stderr.on('data', d => log(String(d)));
  const url = `http://127.0.0.1:${port}`;
  servers.push(cs);
  const stop = () => killGroup(cs.pid, 'SIGTERM');
  for (let i = 0; ; i++) {
    try { if ((await fetch(url + '/healthz')).ok) break; } catch { /* not up yet */ }
    if (i > 300 || cs.exitCode !== null) { stop(); throw new Error(`code-server did not come up on ${port} (port in use?)`); }
    await new Promise(r => setTimeout(r, 200));
  }
  return { url, authority: `127.0.0.1:${port}`, port, state, pid: cs.pid, stop };
}

export async function launchChromium(chromium, { viewport = { width: 1400, height: 900 } } = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(TMP, 'chromium-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', // Debian's chromium; never `npx playwright install`
    headless: true,
    // keep chromium's crashpad/dconf/cache files out of $HOME
    env: { ...process.env, TMPDIR: TMP, HOME: join(TMP, 'home'), XDG_CONFIG_HOME: join(TMP, 'home/.config'), XDG_CACHE_HOME: join(TMP, 'home/.cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport,
  });
}
