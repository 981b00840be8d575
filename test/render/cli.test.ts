// `derbes render`: every format and language, written to a file or stdout; exit codes as `derbes
// check` (0 clean, 1 the policy has errors — the document is still written —, 2 usage or I/O).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STARTER } from '../helpers/policy';

const CLI = join(ROOT, 'bin', 'derbes.js');
const BAD = STARTER.replace('kind: privacy-policy', 'kind: privacy-polcy');

function dir(files: Record<string, string | Buffer> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'derbes-render-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

function derbes(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'render', ...args], { cwd, env: { ...process.env, LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

test('exit 0 and HTML on stdout by default, both languages', () => {
  const r = derbes(dir({ 'a.policy.yaml': STARTER }), 'a.policy.yaml');
  assert.equal(r.code, 0, r.stderr);
  const html = r.stdout.toString('utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(html.includes('lang="kk"') && html.includes('lang="ru"'));
  assert.ok(html.includes('Құпиялылық саясаты') && html.includes('Политика конфиденциальности'));
});

test('every format and language to a file; the format follows the extension of -o', () => {
  const d = dir({ 'a.policy.yaml': STARTER });
  for (const [out, check] of [
    ['out/a.html', (b: Buffer) => b.toString('utf8').startsWith('<!DOCTYPE html>')],
    ['out/a.md', (b: Buffer) => b.toString('utf8').startsWith('# Құпиялылық саясаты')],
    ['out/a.txt', (b: Buffer) => b.toString('utf8').startsWith('Құпиялылық саясаты')],
    ['out/a.docx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['out/a.pdf', (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-'],
  ] as const) {
    const r = derbes(d, 'a.policy.yaml', '-o', out);
    assert.equal(r.code, 0, `${out}: ${r.stderr}`);
    assert.ok(existsSync(join(d, out)), out);
    assert.ok(check(readFileSync(join(d, out))), out);
  }
  const ru = derbes(d, 'a.policy.yaml', '--lang', 'ru', '--format', 'txt');
  assert.equal(ru.code, 0);
  assert.ok(ru.stdout.toString('utf8').startsWith('Политика конфиденциальности'));
  assert.ok(!ru.stdout.toString('utf8').includes('Құпиялылық'));
});

test('exit 1 when the policy has errors, with the document still written and the errors on stderr', () => {
  const d = dir({ 'bad.policy.yaml': BAD });
  const r = derbes(d, 'bad.policy.yaml', '-o', 'bad.html');
  assert.equal(r.code, 1);
  assert.ok(existsSync(join(d, 'bad.html')));
  assert.match(r.stderr, /bad\.policy\.yaml:\d+:\d+ error invalid-enum/);
});

test('exit 2 on usage and I/O errors', () => {
  const d = dir({ 'a.policy.yaml': STARTER });
  for (const args of [[], ['missing.policy.yaml'], ['a.policy.yaml', '--lang', 'en'], ['a.policy.yaml', '--format', 'rtf'], ['a.policy.yaml', '--bogus'], ['a.policy.yaml', 'b.policy.yaml']]) {
    const r = derbes(d, ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^derbes: /);
  }
});

test('a file that is not UTF-8 is an error of the policy (exit 1)', () => {
  const r = derbes(dir({ 'latin1.policy.yaml': Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]) }), 'latin1.policy.yaml');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid-encoding/);
});
