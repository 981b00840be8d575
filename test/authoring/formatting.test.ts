// Formatting normalises layout and quoting, optionally orders sections, is idempotent, and never
// loses a comment or changes a value: every example round-trips to the same typed model.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { comments, formatPolicy, getFormattingEdits } from '../../server/src/service/formatting';
import { ROOT } from '../helpers/policy';
import { apply, BASE, canonical, docOf, service } from './helpers';

const EXAMPLES = join(ROOT, 'examples');
const format = (text: string, orderSections = false) => formatPolicy(new PolicyAnalyzer().analyze(text), { orderSections });

describe('formatting', () => {
  it('normalises indentation, spacing and quoting', () => {
    const messy = BASE
      .replace('derbes: 1', 'derbes:    1')
      .replace('  full-name: { category: full-name, source: registration }', "  full-name:   {category: full-name,   source: 'registration'}")
      .replace('changes: { notice: email }', 'changes:\n      notice: email   # how\n')
      .replace('rights: [know, access-free, change, destroy, withdraw]', 'rights: [ know,access-free, change,destroy, withdraw ]');
    const once = format(messy);
    assert.match(once, /^derbes: 1$/m);
    assert.match(once, /^ {2}full-name: \{ category: full-name, source: registration \}$/m);
    assert.match(once, /^changes:\n {2}notice: email # how$/m);
    assert.match(once, /^rights: \[know, access-free, change, destroy, withdraw\]$/m);
    assert.equal(format(once), once, 'idempotent');
  });

  it('keeps quotes a value needs', () => {
    const text = 'derbes: 1\nversion: "1.0"\noperator:\n  bin: "000740001307"\n  contacts: { phone: "+7 727 000 00 00" }\ncross-border: { occurs: "no" }\n';
    assert.equal(format(text), text);
  });

  it('block texts keep their lines, moved with their key', () => {
    const text = 'derbes: 1\nclauses:\n  - id: a\n    text:\n        kk: >-\n          Бірінші жол\n          екінші жол\n\n          жаңа абзац\n        ru: |\n          Строка\n            с отступом\n';
    const out = format(text);
    assert.match(out, /text:\n {6}kk: >-\n {8}Бірінші жол\n {8}екінші жол\n\n {8}жаңа абзац\n {6}ru: \|\n {8}Строка\n {10}с отступом\n/);
    assert.equal(canonical(new PolicyAnalyzer().analyze(out).policy), canonical(new PolicyAnalyzer().analyze(text).policy));
  });

  it('orders the top-level sections canonically when asked, comments travelling with them', () => {
    const text = 'derbes: 1\n# the data\ndata:\n  a: { category: email }\nkind: privacy-policy\n';
    assert.equal(format(text, true), 'derbes: 1\nkind: privacy-policy\n# the data\ndata:\n  a: { category: email }\n');
    assert.equal(format(text, false), text);
  });

  it('a piece it cannot reprint safely is left as written', () => {
    const text = 'derbes: 1\ndata:\n  a: { category: email, source: [unclosed }\n';
    assert.equal(format(text), text);
  });

  it('returns edits that turn the document into the formatted text', () => {
    const document = docOf(BASE.replace('derbes: 1', 'derbes:   1'));
    const edits = getFormattingEdits(service(), document);
    assert.equal(edits.length, 1);
    assert.equal(apply(document, edits), BASE);
    assert.deepEqual(getFormattingEdits(service(), docOf(BASE)), []);
  });

  const examples = readdirSync(EXAMPLES).filter(f => /\.policy\.ya?ml$/.test(f));
  for (const name of examples) {
    it(`round-trips examples/${name}: same typed model, every comment kept`, () => {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      const before = new PolicyAnalyzer().analyze(text);
      for (const orderSections of [false, true]) {
        const out = formatPolicy(before, { orderSections });
        const after = new PolicyAnalyzer().analyze(out);
        assert.equal(canonical(after.policy), canonical(before.policy), `typed model (orderSections: ${orderSections})`);
        assert.deepEqual(comments(out).sort(), comments(text).sort(), `comments (orderSections: ${orderSections})`);
        assert.equal(formatPolicy(after, { orderSections }), out, 'idempotent');
        const codes = (a: typeof before) => a.findings.map(f => f.code).sort();
        assert.deepEqual(codes(after), codes(before), 'the same findings');
      }
    });
  }
});

describe('formatting hostile input', () => {
  it('anchors and aliases: the piece is left as written, never a crash', () => {
    const text = 'derbes: 1\ndata:\n  a: &x { category: email }\n  b:   *x\nkind:    privacy-policy\n';
    const out = format(text);
    assert.match(out, /a: &x \{ category: email \}\n {2}b: {3}\*x\n/);
    assert.match(out, /^kind: privacy-policy$/m);
  });
});
