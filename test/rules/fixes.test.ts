// Quick fixes of the law and language rules: applying the edit removes the finding.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { lawQuickFixes } from '../../server/src/service/lawFixes';
import { findingsOf, policy } from './helpers';

/** Applies the first fix of the first diagnostic with `code`; returns the new text. */
function fix(text: string, code: string, useData = true): { text: string; title: string } {
  const service = createLanguageService();
  const document = TextDocument.create('file:///ws/a.policy.yaml', 'derbes', 1, text);
  const state = service.analyze(document);
  const diagnostic = service.getDiagnostics(document, 'ru').find(d => d.code === code);
  assert.ok(diagnostic, `no ${code}`);
  if (!useData) delete diagnostic.data;
  const fixes = lawQuickFixes(document, state.analysis, diagnostic, 'ru');
  assert.ok(fixes.length, `no fix for ${code}`);
  return { text: TextDocument.applyEdits(document, fixes[0].edits), title: fixes[0].title };
}

const CASES: [string, string, string][] = [
  ['R03', 'retention: { until: unlimited }\n', 'until: purpose-achieved'],
  ['R13', 'rights: [know, change]\n', 'rights: [know, change, block, destroy, withdraw, public-consent, protection]'],
  ['R14', 'requests:\n  channels: [email]\n  email: a@example.kz\n  destruction: 30 days\n  withdrawal: 15 working-days\n', 'destruction: 1 working-day'],
  ['R16', 'requests:\n  channels: [email]\n  email: a@example.kz\n  withdrawal: 30 days\n', 'withdrawal: 15 working-days'],
  ['R31', 'disputes:\n  pre-trial-claim: true\n  answer: 30 days\n', 'answer: 20 calendar-days'],
  ['R34', 'transfers:\n  - to: bank\n    name: { kk: Банк, ru: Банк }\n    basis: consent\n    consent: separate\n    notice: 1 months\n', 'notice: 10 working-days'],
  ['R35', 'legal-references:\n  - act: pd-law\n    as-written: { kk: «Дербес деректер туралы» Заң, ru: Закон «О персональных данных и их защите» }\n', '«Дербес деректер және оларды қорғау туралы» Заң'],
  ['R36', 'clauses:\n  - text:\n      kk: Жеке ақпаратты қорғау\n      ru: Защита персональных данных\n', 'kk: Дербес деректерді қорғау'],
  ['mixed-script', 'title:\n  kk: Құпиялылық сaясаты\n  ru: Политика конфиденциальности\n', 'kk: Құпиялылық саясаты'],
];

describe('law quick fixes', () => {
  for (const [code, yaml, expected] of CASES) {
    it(`${code}: the fix removes the finding`, () => {
      const before = policy(yaml);
      const { text, title } = fix(before, code);
      assert.ok(text.includes(expected), text);
      assert.equal(findingsOf(text, code).length, 0, text);
      assert.ok(title.length > 3);
    });
  }
  it('works without the diagnostic\'s data by running the rule again', () => {
    const { text } = fix(policy('retention: { until: unlimited }\n'), 'R03', false);
    assert.ok(text.includes('until: purpose-achieved'));
  });
  it('offers nothing for a rule without a mechanical fix', () => {
    const text = policy('acceptance:\n  method: site-use\n  term: { until: purpose-achieved }\n');
    const service = createLanguageService();
    const document = TextDocument.create('file:///ws/a.policy.yaml', 'derbes', 1, text);
    const d = service.getDiagnostics(document, 'en').find(x => x.code === 'R05')!;
    assert.deepEqual(lawQuickFixes(document, service.analyze(document).analysis, d), []);
  });
});
