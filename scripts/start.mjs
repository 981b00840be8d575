// The README's first command: checks every bundled example with `derbes check` and renders one.
// The five seed examples are real published policies written faithfully, problems included, so
// findings are expected; this script fails only when the tool itself fails (exit code 2).
import { spawnSync } from 'node:child_process';

const run = (...args) => spawnSync(process.execPath, ['bin/derbes.js', ...args], { stdio: 'inherit' }).status;

console.log('$ derbes check examples\n');
const checked = run('check', 'examples');
if (checked === 2 || checked === null) process.exit(2);
console.log(`\n(derbes check exited ${checked}: the seed examples keep the problems of the published originals; examples/starter.policy.yaml is clean.)`);

console.log('\n$ derbes render examples/starter.policy.yaml --format html -o out/starter.html');
const rendered = run('render', 'examples/starter.policy.yaml', '--format', 'html', '-o', 'out/starter.html');
if (rendered !== 0) process.exit(rendered ?? 2);
console.log('wrote out/starter.html (Kazakh and Russian side by side)');
