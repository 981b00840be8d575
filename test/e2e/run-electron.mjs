// Runs the same in-editor suite (dist/test/suite.js, exports run()) in a desktop VS Code downloaded by
// @vscode/test-electron. Needs network access to update.code.visualstudio.com and, on Linux, a display:
//   npm run build && xvfb-run -a npm run test:electron
// (This machine has neither, so CI uses e2e/run-tests.mjs against code-server instead; same suite, same contract.)
// env: VSCODE_VERSION (default 'stable'), DERBES_E2E_GREP, DERBES_E2E_KEEP=1 (keep the temp workspace)
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeWorkspace, ROOT } from '../../e2e/workspace.mjs';

const extensionDevelopmentPath = ROOT;
const extensionTestsPath = resolve(ROOT, 'dist/test/suite.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'derbes-electron-'));
const workspace = makeWorkspace(tmp);
let code = 1;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions', // other extensions only; the development extension still loads
      '--disable-workspace-trust',
      '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${join(tmp, 'ud')}`,
      `--extensions-dir=${join(tmp, 'exts')}`,
    ],
    extensionTestsEnv: { DERBES_E2E_GREP: process.env.DERBES_E2E_GREP ?? '' },
  });
  code = 0;
} catch (err) {
  console.error('VS Code extension tests failed:', err instanceof Error ? err.message : err);
} finally {
  if (!process.env.DERBES_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
