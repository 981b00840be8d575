// derbes.config.yaml: severities for all policies and by glob, found from the document's folder
// upwards, problems reported on the config file, and never a crash.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, policy } from './helpers';
import { globToRegExp, matchesGlob, parseRulesConfig, severityOverride } from '../../server/src/config/rulesConfig';
import { RulesConfigStore } from '../../server/src/config/store';
import '../../server/src/rules/all';
import { diagnosticInfo } from '../../server/src/rules/registry';

const ONE_PROBLEM = policy('acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n'); // R05 (warning)
const codesOf = (config: string) => parseRulesConfig(config).findings.map(f => f.code);

function storeWith(files: Record<string, string>, roots: string[] = ['/ws']) {
  const store = new RulesConfigStore(path => files[path]);
  store.setRoots(roots);
  return store;
}

describe('parsing the configuration', () => {
  it('reads rules and overrides, and notes where libraries is (the clause libraries read it)', () => {
    const text = 'rules:\n  R05: error\n  R36: off\noverrides:\n  - files: "legacy/**"\n    rules: { R05: off }\nlibraries:\n  team: legal/clauses\n';
    const c = parseRulesConfig(text);
    assert.deepEqual(c.findings, []);
    assert.deepEqual([...c.rules], [['R05', 'error'], ['R36', 'off']]);
    assert.deepEqual(c.overrides[0].files, ['legacy/**']);
    assert.equal(text.slice(...c.librariesKey!), 'libraries');
  });
  it('reports bad YAML, unknown rules, bad severities and unknown keys as findings, and keeps the rest', () => {
    const text = 'rules:\n  R99: warning\n  R05: loud\n  R36: off\nrulez: {}\n';
    const c = parseRulesConfig(text);
    assert.deepEqual(c.findings.map(f => [f.code, text.slice(f.start, f.end)]), [['config-unknown-rule', 'R99'], ['config-bad-severity', 'loud'], ['config-invalid', 'rulez']]);
    assert.deepEqual([...c.rules], [['R36', 'off']]);
    assert.match(String(c.findings[0].args?.suggestion), /^R\d9$/);
    assert.equal(c.findings[1].args?.suggestion, '');
    assert.equal(parseRulesConfig('rules: [\n').findings[0].args?.problem, 'yaml');
    assert.deepEqual(codesOf('- just\n- a list\n'), ['config-invalid']);
    assert.deepEqual(codesOf(''), []);
    assert.deepEqual(codesOf('overrides:\n  - rules: { R05: off }\n'), ['config-invalid']);
  });
  it('accepts false as off, and configures core diagnostics too', () => {
    const c = parseRulesConfig('rules:\n  R05: false\n  unused-data: info\n');
    assert.deepEqual([...c.rules], [['R05', 'off'], ['unused-data', 'info']]);
  });
  it('words config problems in the user\'s language', async () => {
    const { toDiagnostics } = await import('../../server/src/service/diagnostics.js');
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const text = 'rules:\n  R5: error\n';
    const d = toDiagnostics(TextDocument.create('file:///ws/derbes.config.yaml', 'yaml', 1, text), parseRulesConfig(text).findings, 'kk');
    assert.match(d[0].message, /«R5» ережесі жоқ: баптау еленбейді\. «R05» деп жазғыңыз келген болар\?/);
  });
});

describe('globs', () => {
  const m = (glob: string, path: string) => matchesGlob(globToRegExp(glob), glob, path);
  it('matches ** across folders, * within a name, {a,b}, and bare names at any depth', () => {
    assert.ok(m('legacy/**', 'legacy/a.policy.yaml'));
    assert.ok(m('legacy/**', 'legacy/old/a.policy.yaml'));
    assert.ok(!m('legacy/**', 'new/a.policy.yaml'));
    assert.ok(m('**/draft-*.policy.yaml', 'a/b/draft-1.policy.yaml'));
    assert.ok(m('**/draft-*.policy.yaml', 'draft-1.policy.yaml'));
    assert.ok(m('*.policy.yaml', 'deep/x.policy.yaml'));
    assert.ok(m('{old,legacy}/*.policy.yaml', 'old/x.policy.yaml'));
    assert.ok(!m('legacy/*.policy.yaml', 'legacy/deep/x.policy.yaml'));
  });
});

describe('severities', () => {
  it('a rule set for all policies, overridden by glob (later overrides win)', () => {
    const c = parseRulesConfig('rules:\n  R05: error\noverrides:\n  - files: [legacy/**]\n    rules: { R05: off, R13: error }\n  - files: legacy/keep/**\n    rules: { R05: info }\n');
    assert.equal(severityOverride(c, 'a.policy.yaml')?.('R05'), 'error');
    assert.equal(severityOverride(c, 'legacy/a.policy.yaml')?.('R05'), 'off');
    assert.equal(severityOverride(c, 'legacy/a.policy.yaml')?.('R13'), 'error');
    assert.equal(severityOverride(c, 'legacy/keep/a.policy.yaml')?.('R05'), 'info');
    assert.equal(severityOverride(c, 'a.policy.yaml')?.('R13'), undefined);
  });
  it('plugs into the language service: error, off, and the rule\'s own severity elsewhere', () => {
    const store = storeWith({ '/ws/derbes.config.yaml': 'rules:\n  R05: error\noverrides:\n  - files: "legacy/**"\n    rules: { R05: off }\n' });
    const options = { severityFor: (uri: string) => store.severityFor(uri) };
    assert.equal(diagnostics(ONE_PROBLEM, 'en', options, 'file:///ws/a.policy.yaml').find(d => d.code === 'R05')?.severity, 1);
    assert.equal(diagnostics(ONE_PROBLEM, 'en', options, 'file:///ws/legacy/b.policy.yaml').find(d => d.code === 'R05'), undefined);
    assert.equal(diagnostics(ONE_PROBLEM, 'en', options, 'file:///elsewhere/c.policy.yaml').find(d => d.code === 'R05')?.severity, 2);
  });
  it('the configuration wins over a rule\'s own escalation, but an unverified rule is never an error', () => {
    const store = storeWith({ '/ws/derbes.config.yaml': 'rules:\n  R37: hint\n' });
    const consent = policy('kind: consent-agreement\nacceptance:\n  method: explicit-checkbox\n  before-registration: true\n');
    assert.equal(diagnostics(consent, 'en', { severityFor: u => store.severityFor(u) }, 'file:///ws/a.policy.yaml').find(d => d.code === 'R37')?.severity, 4);
  });
});

describe('finding the configuration', () => {
  it('takes the nearest config in the document\'s folder or above, not past the workspace root', () => {
    const store = storeWith({ '/ws/derbes.config.yaml': 'rules: { R05: error }\n', '/ws/team/derbes.config.yml': 'rules: { R05: info }\n', '/derbes.config.yaml': 'rules: { R05: off }\n' });
    assert.equal(store.configPathFor('/ws/a/b/c.policy.yaml'), '/ws/derbes.config.yaml');
    assert.equal(store.configPathFor('/ws/team/x/c.policy.yaml'), '/ws/team/derbes.config.yml');
    assert.equal(store.severityFor('file:///ws/team/c.policy.yaml')?.('R05'), 'info');
    // outside every workspace folder the search goes up to the file-system root
    assert.equal(store.configPathFor('/other/c.policy.yaml'), '/derbes.config.yaml');
  });
  it('does not look above the workspace root', () => {
    const store = storeWith({ '/derbes.config.yaml': 'rules: { R05: off }\n' }, ['/ws']);
    assert.equal(store.configPathFor('/ws/a.policy.yaml'), undefined);
  });
  it('re-reads after invalidate (a watched config changed)', () => {
    const files: Record<string, string> = { '/ws/derbes.config.yaml': 'rules: { R05: error }\n' };
    const store = new RulesConfigStore(p => files[p]);
    store.setRoots(['/ws']);
    assert.equal(store.severityFor('file:///ws/a.policy.yaml')?.('R05'), 'error');
    files['/ws/derbes.config.yaml'] = 'rules: { R05: off }\n';
    assert.equal(store.severityFor('file:///ws/a.policy.yaml')?.('R05'), 'error');
    store.invalidate();
    assert.equal(store.severityFor('file:///ws/a.policy.yaml')?.('R05'), 'off');
    delete files['/ws/derbes.config.yaml'];
    store.invalidate();
    assert.equal(store.severityFor('file:///ws/a.policy.yaml'), undefined);
  });
  it('libraries: in a configuration below the workspace root is a finding on it (only the root one is read)', () => {
    const nested = 'rules: { R05: off }\nlibraries:\n  team: clauses\n';
    const store = storeWith({ '/ws/derbes.config.yaml': 'libraries:\n  std2: x\n', '/ws/legal/derbes.config.yaml': nested });
    assert.equal(store.configPathFor('/ws/legal/a.policy.yaml'), '/ws/legal/derbes.config.yaml');
    const [finding] = store.findings('/ws/legal/derbes.config.yaml');
    assert.equal(finding.code, 'config-invalid');
    assert.equal(nested.slice(finding.start, finding.end), 'libraries');
    assert.match(diagnosticInfo('config-invalid')!.messages.ru(finding.args ?? {}), /только из derbes\.config\.yaml в корне рабочей области/);
    assert.deepEqual(store.findings('/ws/derbes.config.yaml'), []);
    assert.equal(store.severityFor('file:///ws/legal/a.policy.yaml')?.('R05'), 'off', 'the rest of the nested configuration still applies');
  });
  it('lists loaded configs with their problems', () => {
    const safe = new RulesConfigStore(p => (p === '/ws/derbes.config.yaml' ? 'rules:\n  R5: on\n' : undefined));
    safe.setRoots(['/ws']);
    assert.deepEqual(safe.loadRoots().map(c => c.config.findings.map(f => f.code)), [['config-unknown-rule']]);
  });
});
