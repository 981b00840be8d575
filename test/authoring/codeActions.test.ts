// Quick fixes: each is applied and must remove its diagnostic without touching the rest of the text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/src/service/codeActions';
import { apply, BASE, docOf, service } from './helpers';

const s = service();
function actionsFor(text: string, code: string, index = 0) {
  const document = docOf(text);
  const diagnostics = s.getDiagnostics(document, 'en').filter(d => d.code === code);
  assert.ok(diagnostics.length > index, `no ${code} in ${s.getDiagnostics(document, 'en').map(d => d.code).join(', ')}`);
  const d = diagnostics[index];
  return { document, actions: getCodeActions(s, document, d.range, { diagnostics: [d] }, 'en') };
}
function applyAction(text: string, action: CodeAction) {
  const document = docOf(text);
  return apply(document, action.edit!.changes![document.uri]);
}
const count = (text: string, code: string) => s.getDiagnostics(docOf(text), 'en').filter(d => d.code === code).length;

describe('quick fixes', () => {
  it('unknown key → its nearest match', () => {
    const text = BASE.replace('phone: { category: mobile-phone, source:', 'phone: { category: mobile-phone, sorce:');
    const { actions } = actionsFor(text, 'unknown-key');
    assert.equal(actions[0].title, 'Change to «source»');
    assert.equal(applyAction(text, actions[0]), BASE);
  });

  it('unknown enum value → its nearest match, also by a Cyrillic label', () => {
    for (const [typed, want] of [['mobil-phone', 'mobile-phone'], ['ИИН', 'iin'], ['ЖСН', 'iin']]) {
      const text = BASE.replace('category: mobile-phone', `category: ${typed}`);
      const { actions } = actionsFor(text, 'invalid-enum');
      assert.equal(actions[0].title, `Change to «${want}»`, typed);
      assert.equal(applyAction(text, actions[0]), BASE.replace('category: mobile-phone', `category: ${want}`));
    }
  });

  it('missing translation → the other language\'s text, marked for translation, in the same style', () => {
    const block = BASE.replace('  ru: Соглашение\n', '');
    const fixed = applyAction(block, actionsFor(block, 'missing-translation').actions[0]);
    assert.match(fixed, /title:\n {2}kk: Келісім\n {2}ru: "?\[требуется перевод\] Келісім"?\n/);
    assert.equal(count(fixed, 'missing-translation'), 0);

    const flow = BASE + 'clauses:\n  - id: x\n    text: { ru: Текст пункта }\n';
    const fixedFlow = applyAction(flow, actionsFor(flow, 'missing-translation').actions[0]);
    assert.match(fixedFlow, /text: \{ ru: Текст пункта, kk: "\[аудару керек\] Текст пункта" \}/);

    const literal = BASE + 'clauses:\n  - id: x\n    text:\n      kk: |\n        Бірінші жол.\n        Екінші жол.\n    # after\n';
    const fixedLiteral = applyAction(literal, actionsFor(literal, 'missing-translation').actions[0]);
    assert.match(fixedLiteral, /kk: \|\n {8}Бірінші жол\.\n {8}Екінші жол\.\n {6}ru: \|\n {8}\[требуется перевод\] Бірінші жол\.\n {8}Екінші жол\.\n {4}# after\n/);
    assert.equal(count(fixedLiteral, 'missing-translation'), 0);
  });

  it('missing required key → added inside its object, or as a section where the schema puts it', () => {
    const nested = BASE.replace('resource: { kind: website, url: https://example.kz/ }', 'resource: { kind: website }');
    const fixed = applyAction(nested, actionsFor(nested, 'missing-required').actions[0]);
    assert.match(fixed, /resource: \{ kind: website, url: "" \}/);

    const top = BASE.replace('acceptance: { method: explicit-checkbox }\n', '');
    const { actions } = actionsFor(top, 'missing-required');
    const added = applyAction(top, actions.find(a => a.title === 'Add «acceptance»')!);
    assert.match(added, /resource: .*\nacceptance:\n {2}method: explicit-checkbox\ndata:/);
    assert.equal(count(added, 'missing-required'), 0);
  });

  it('undefined data item → declared under data:, or the nearest declared id', () => {
    const text = BASE.replace('data: [full-name, phone, email]', 'data: [full-name, phone, email, iin]');
    const { actions } = actionsFor(text, 'undefined-reference');
    const declare = actions.find(a => a.title === 'Declare «iin» under data:')!;
    const fixed = applyAction(text, declare);
    assert.match(fixed, /source: registration\n {2}iin: \{ category: iin \}\npurposes:/);
    assert.equal(count(fixed, 'undefined-reference'), 0);

    const typo = BASE.replace('data: [full-name, phone, email]', 'data: [full-name, phone, emial]');
    assert.equal(applyAction(typo, actionsFor(typo, 'undefined-reference').actions[0]), BASE);
  });

  it('unused data item → removed, keeping the comments around it', () => {
    const text = BASE.replace('data: [full-name, phone, email]', 'data: [full-name, email]').replace('  phone: {', '  # the phone\n  phone: {');
    const { actions } = actionsFor(text, 'unused-data');
    const fixed = applyAction(text, actions[0]);
    assert.ok(!/phone: \{/.test(fixed));
    assert.match(fixed, /# the phone\n {2}email:/);
  });

  it('fix-all for a rule in the file, and source.fixAll', () => {
    const text = BASE.replace('category: full-name', 'category: ful-name').replace('category: mobile-phone', 'category: mobil-phone');
    const { actions } = actionsFor(text, 'invalid-enum');
    const all = actions.find(a => a.title.startsWith('Fix all'))!;
    assert.equal(applyAction(text, all), BASE);
    const document = docOf(text);
    const source = getCodeActions(s, document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: [CodeActionKind.SourceFixAll] }, 'en');
    assert.equal(source.length, 1);
    const fixed = apply(document, source[0].edit!.changes![document.uri]);
    assert.match(fixed, /full-name: \{ category: full-name,[^\n]*\n {2}phone: \{ category: mobile-phone,/);
    assert.equal(count(fixed, 'invalid-enum'), 0);
  });

  it('law rules\' mechanical fixes come through the same code actions', () => {
    const text = BASE.replace('  phone: { category: mobile-phone, source: registration }\n', '  phone: { category: mobile-phone, source: registration }\n');
    const document = docOf(text);
    const withFix = s.analyze(document).findings.find(f => f.args?.replacement !== undefined);
    if (!withFix) return; // no law finding with a mechanical fix in this policy
    const d = s.getDiagnostics(document, 'en').find(x => x.code === withFix.code)!;
    const actions = getCodeActions(s, document, d.range, { diagnostics: [d] }, 'en');
    assert.ok(actions.length > 0);
  });

  it('titles in the user language', () => {
    const text = BASE.replace('source: registration }', 'sorce: registration }');
    const document = docOf(text);
    const d = s.getDiagnostics(document, 'kk').find(x => x.code === 'unknown-key')!;
    assert.equal(getCodeActions(s, document, d.range, { diagnostics: [d] }, 'kk')[0].title, '«source» деп өзгерту');
  });
});
