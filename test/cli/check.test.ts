// `derbes check` as CI runs it: every format parses, every exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STARTER } from '../helpers/policy';

const CLI = join(ROOT, 'bin', 'derbes.js');
const BAD = STARTER.replace('kind: privacy-policy', 'kind: privacy-polcy').replace('retention: { until: purpose-achieved }', 'retension: { until: purpose-achieved }');
const WARN = STARTER.replace('  email: { category: email, source: registration, required: true }\n', '  email: { category: email, source: registration, required: true }\n  phone: { category: phone }\n');

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'derbes-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function derbes(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('exit 0 on clean policies, with a summary', () => {
  const r = derbes(workspace({ 'policies/a.policy.yaml': STARTER }), 'check', 'policies/**/*.policy.yaml');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 file checked: 0 errors, 0 warnings, 0 infos/);
});

test('exit 1 on errors; text output is file:line:col severity code message with a code frame', () => {
  const r = derbes(workspace({ 'bad.policy.yaml': BAD }), 'check', 'bad.policy.yaml');
  assert.equal(r.code, 1);
  const line = STARTER.split('\n').findIndex(l => l.startsWith('kind:')) + 1;
  assert.match(r.stdout, new RegExp(`^bad\\.policy\\.yaml:${line}:7 error invalid-enum «privacy-polcy» is not a known value`, 'm'));
  assert.ok(r.stdout.includes(`  ${line} | kind: privacy-polcy\n  ${' '.repeat(String(line).length)} |       ${'^'.repeat(13)}\n`), r.stdout);
});

test('--max-warnings: warnings alone pass until they exceed the limit', () => {
  const dir = workspace({ 'w.policy.yaml': WARN });
  assert.equal(derbes(dir, 'check', 'w.policy.yaml').code, 0);
  assert.equal(derbes(dir, 'check', 'w.policy.yaml', '--max-warnings', '1').code, 0);
  assert.equal(derbes(dir, 'check', 'w.policy.yaml', '--max-warnings', '0').code, 1);
});

test('json output has the documented shape', () => {
  const r = derbes(workspace({ 'a.policy.yaml': BAD, 'b.policy.yaml': STARTER }), 'check', '--format', 'json', '*.policy.yaml');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['a.policy.yaml', 'b.policy.yaml']);
  const d = report.files[0].diagnostics[0];
  assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
  assert.deepEqual(Object.keys(d.range.start).sort(), ['character', 'line']);
  assert.deepEqual(report.summary, { errors: report.files[0].diagnostics.filter((x: { severity: string }) => x.severity === 'error').length, warnings: 0, infos: 0 });
});

test('sarif output is valid SARIF 2.1.0 with rule metadata', () => {
  const r = derbes(workspace({ 'a.policy.yaml': BAD }), 'check', '--format', 'sarif', 'a.policy.yaml');
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.equal(sarif.runs.length, 1);
  const [run] = sarif.runs;
  assert.equal(run.tool.driver.name, 'derbes');
  const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
  assert.ok(rules.length > 0);
  for (const rule of rules) {
    assert.equal(typeof rule.id, 'string');
    assert.ok(rule.shortDescription.text.length > 0);
    assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
  }
  assert.ok(run.results.length >= 2);
  for (const result of run.results) {
    assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
    assert.equal(typeof result.message.text, 'string');
    assert.equal(rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at the rule');
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, 'a.policy.yaml');
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
  }
});

test('github output is one workflow command per finding, escaped', () => {
  const r = derbes(workspace({ 'a.policy.yaml': BAD }), 'check', '--format', 'github', 'a.policy.yaml');
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.length >= 2);
  for (const l of lines) assert.match(l, /^::(error|warning|notice) file=a\.policy\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=derbes [a-z0-9-]+::[^\n]+$/);
});

test('junit output is one testcase per file, failures for errors', () => {
  const r = derbes(workspace({ 'a.policy.yaml': BAD, 'b.policy.yaml': STARTER }), 'check', '--format', 'junit', '.');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="derbes" tests="2" failures="1">/);
  assert.equal((r.stdout.match(/<testcase /g) ?? []).length, 2);
  assert.ok((r.stdout.match(/<failure /g) ?? []).length >= 2);
  assert.doesNotMatch(r.stdout.replace(/<!--.*-->/g, ''), /&(?!lt;|gt;|amp;|apos;|quot;)/, 'entities are escaped');
});

test('--locale chooses the language of messages', () => {
  const r = derbes(workspace({ 'a.policy.yaml': BAD }), 'check', '--locale', 'kk', 'a.policy.yaml');
  assert.match(r.stdout, /Белгісіз кілт: «retension»/);
});

test('exit 2 with a one-line reason on usage and I/O errors', () => {
  const dir = workspace({ 'a.policy.yaml': STARTER, 'empty/readme.txt': 'x' });
  for (const args of [['check', 'missing.policy.yaml'], ['check', 'nothing/**/*.policy.yaml'], ['check', 'empty'], ['check', '--format', 'xml', 'a.policy.yaml'], ['check', '--max-warnings', 'many', 'a.policy.yaml'], ['check', '--bogus'], ['frobnicate']]) {
    const r = derbes(dir, ...args);
    assert.equal(r.code, 2, `${args.join(' ')} → ${r.code} ${r.stderr}`);
    assert.match(r.stderr, /^derbes: [^\n]+\n$/, `${args.join(' ')}: ${r.stderr}`);
  }
});

test('a non-UTF-8 file is an error finding, not a crash', () => {
  const r = derbes(workspace({ 'latin1.policy.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0xff, 0x0a]) }), 'check', 'latin1.policy.yaml');
  assert.equal(r.code, 1);
  assert.match(r.stdout, /invalid-encoding The file is not valid UTF-8/);
});

test('hundreds of files in one run', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) files[`p/${i}.policy.yaml`] = i % 100 === 7 ? BAD : STARTER;
  const r = derbes(workspace(files), 'check', '--format', 'json', 'p');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.files.length, 300);
  assert.equal(report.files.filter((f: { diagnostics: unknown[] }) => f.diagnostics.length > 0).length, 3);
});

test('derbes schema prints a JSON Schema generated from the language definition', () => {
  const r = derbes(ROOT, 'schema');
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.stdout);
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.ok(schema.required.includes('operator'));
  assert.ok(schema.properties.data.additionalProperties.properties.category.enum.includes('iin'));
  assert.deepEqual(schema.properties.title.required, ['kk', 'ru']);
});

test('problems in derbes.config.yaml fail the check too, as the editor shows them', () => {
  const dir = workspace({ 'a.policy.yaml': STARTER, 'derbes.config.yaml': 'rules:\n  R99: off\n  R05: loud\n' });
  const r = derbes(dir, 'check', '--format', 'json', 'a.policy.yaml');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const report = JSON.parse(r.stdout);
  const config = report.files.find((f: { path: string }) => f.path === 'derbes.config.yaml');
  assert.ok(config, JSON.stringify(report.files.map((f: { path: string }) => f.path)));
  assert.ok(config.diagnostics.length >= 2);
});
