// `# derbes-disable-next-line <rule> -- reason` silences one finding of that rule on the next line;
// a suppression without a reason, or that silences nothing, is itself reported.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { at, findings, policy } from './helpers';

const SITE_USE = 'acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n';
const withComment = (comment: string) => policy(SITE_USE).replace('  method: site-use', `  ${comment}\n  method: site-use`);

describe('inline suppression', () => {
  it('silences one finding of the named rule on the next line', () => {
    const text = withComment('# derbes-disable-next-line R05 -- consent is logged by the app, see ticket 12');
    assert.deepEqual(findings(text).map(f => f.code), []);
  });
  it('a suppression without a reason still silences, and is reported', () => {
    const text = withComment('# derbes-disable-next-line R05');
    const fs = findings(text);
    assert.deepEqual(fs.map(f => f.code), ['suppression-without-reason']);
    assert.equal(at(text, fs[0]), 'derbes-disable-next-line R05');
    assert.deepEqual(findings(withComment('# derbes-disable-next-line R05 --')).map(f => f.code), ['suppression-without-reason']);
  });
  it('a suppression that silences nothing is reported at the rule id', () => {
    const text = withComment('# derbes-disable-next-line R05, R17 -- both?');
    const fs = findings(text);
    assert.deepEqual(fs.map(f => [f.code, at(text, f), f.args?.kind]), [['unused-suppression', 'R17', 'unused']]);
  });
  it('only the next line counts', () => {
    const text = policy(SITE_USE).replace('acceptance:', '# derbes-disable-next-line R05 -- wrong line\nacceptance:');
    assert.deepEqual(findings(text).map(f => f.code).sort(), ['R05', 'unused-suppression']);
  });
  it('unknown rules and comments without a rule are reported', () => {
    const unknown = findings(withComment('# derbes-disable-next-line R5 -- typo'));
    assert.deepEqual(unknown.map(f => [f.code, f.args?.kind]).sort(), [['R05', undefined], ['unused-suppression', 'unknown']]);
    const none = findings(withComment('# derbes-disable-next-line -- no rule'));
    assert.deepEqual(none.map(f => [f.code, f.args?.kind]).sort(), [['R05', undefined], ['unused-suppression', 'no-rule']]);
  });
  it('stacked suppressions apply to the line below them, one finding each', () => {
    const text = policy('clauses:\n  - text:\n      kk: Жеке деректер және жеке деректер\n      ru: Персональные данные\n');
    const two = text.replace('      kk: Жеке', '      # derbes-disable-next-line R36 -- quoting the seed\n      # derbes-disable-next-line R36 -- quoting the seed\n      kk: Жеке');
    assert.deepEqual(findings(two).map(f => f.code), []);
    const one = text.replace('      kk: Жеке', '      # derbes-disable-next-line R36 -- quoting the seed\n      kk: Жеке');
    assert.deepEqual(findings(one).map(f => f.code), ['R36']);
  });
  it('works for the language\'s own diagnostics too', () => {
    const text = policy('data:\n  full-name: { category: full-name, source: registration, required: true }\n  email: { category: email, source: registration, required: true }\n  # derbes-disable-next-line unused-data -- kept for the archive\n  phone: { category: phone }\n');
    assert.deepEqual(findings(text).map(f => f.code), []);
  });
});
