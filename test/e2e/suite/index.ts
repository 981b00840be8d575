// Entry point of the in-editor e2e suite, bundled by scripts/build.mjs to dist/test/suite.js.
// VS Code's extension-test harness (code-server via e2e/run-tests.mjs, or @vscode/test-electron via
// test/e2e/run-electron.mjs) loads it in the extension host and awaits run(): resolve = pass, reject = fail.
// Add a scenario group: create test/e2e/suite/<group>.ts that calls group()/test() and import it below.
import { runAll } from './harness';
import './activation';
import './diagnostics';
import './completion';
import './navigation';
import './editing';
import './structure';
import './config';
import './preview';

export async function run(): Promise<void> {
  const t0 = Date.now();
  const { passed, failed, skipped } = await runAll();
  console.log(`in-editor suite finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (failed) throw new Error(`${failed} in-editor test(s) failed`);
}
