// Runs every test file under test/ (unit, protocol, cli) with node's test runner.
// Files are TypeScript, loaded through tsx; e2e suites run elsewhere (see .ci/run).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
function collect(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'e2e' || name === 'fixtures' ? [] : collect(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}
const files = collect('test').filter(f => only.length === 0 || only.some(o => f.includes(o))).sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
