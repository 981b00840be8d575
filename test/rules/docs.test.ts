// Every rule has a documentation page generated from the registry (npm run docs:rules), and the
// examples on it do what they say: the first yields the rule, the second does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listConfigDiagnostics, listRules, ruleDocPages } from '../../server/src/cli/rules';
import { policyRules } from '../../server/src/rules/registry';
import { composeExample, findingsOf } from './helpers';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

describe('rule documentation', () => {
  it('every registered rule has a page in docs/rules', () => {
    const missing = [...policyRules().map(r => r.code), ...listConfigDiagnostics().map(r => r.id)].filter(code => !existsSync(join(DOCS, `${code}.md`)));
    assert.deepEqual(missing, [], 'run npm run docs:rules');
  });
  it('the pages are up to date with the registry', () => {
    const stale = [...ruleDocPages()].filter(([name, text]) => !existsSync(join(DOCS, name)) || readFileSync(join(DOCS, name), 'utf8') !== text).map(([name]) => name);
    assert.deepEqual(stale, [], 'run npm run docs:rules');
  });
  it('every rule documents a trigger, both examples and messages in three languages', () => {
    for (const r of listRules()) {
      assert.ok(r.trigger, `${r.id}: trigger`);
      assert.ok(r.examples, `${r.id}: examples`);
      for (const l of ['kk', 'ru', 'en'] as const) assert.ok(r.messages[l] && !r.messages[l].includes('undefined'), `${r.id}: ${l}`);
    }
  });
});

describe('documentation examples', () => {
  for (const r of listRules()) {
    it(`${r.id}: the first example triggers it, the second does not`, () => {
      const triggers = composeExample(r.examples!.triggers);
      const passes = composeExample(r.examples!.passes);
      assert.ok(findingsOf(triggers, r.id).length > 0, `${r.id} not found in:\n${triggers}`);
      assert.deepEqual(findingsOf(passes, r.id), [], `${r.id} found in:\n${passes}`);
    });
  }
});
