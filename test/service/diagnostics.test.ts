// Each diagnostic family of the language, with its exact range, code and locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreDiagnostics, diagnose, STARTER, starterWith, underlined } from '../helpers/policy';

const codes = (text: string) => coreDiagnostics(text).map(d => d.code);
function only(text: string, code: string) {
  const found = coreDiagnostics(text).filter(d => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(coreDiagnostics(text).map(d => [d.code, d.message]))}`);
  return found[0];
}

/** The one `code` diagnostic of the starter policy with `find` replaced; checks what it underlines and says. */
function onlyAfter(find: string, replace: string, code: string, underline: string, message: RegExp) {
  const text = starterWith(find, replace);
  const d = only(text, code);
  assert.equal(underlined(text, d), underline);
  assert.match(d.message, message);
}

test('the starter policy is clean', () => {
  assert.deepEqual(diagnose(STARTER).map(d => `${d.code}: ${d.message}`), []);
});

test('YAML syntax errors are reported where they are, and the rest is still checked', () => {
  const text = starterWith('kind: privacy-policy', 'kind: [privacy-policy') + 'extra-key: 1\n';
  const all = coreDiagnostics(text);
  const syntax = all.find(d => d.code === 'yaml-syntax');
  assert.ok(syntax, 'syntax error reported');
  // an unclosed bracket is noticed where the list should have ended: on its line or the next
  assert.ok([2, 3].includes(syntax.range.start.line), `line ${syntax.range.start.line}`);
  assert.ok(all.some(d => d.code === 'unknown-key' && underlined(text, d) === 'extra-key'), 'a broken entry does not hide the others');
});

test('unknown keys suggest the nearest known key', () => {
  onlyAfter('retention: { until: purpose-achieved }', 'retension: { until: purpose-achieved }', 'unknown-key', 'retension', /Did you mean «retention»\?/);
});

test('nested unknown keys too', () => {
  onlyAfter('  legal-form: llp', '  legal-from: llp', 'unknown-key', 'legal-from', /«legal-form»/);
});

test('wrong types name what was expected', () => {
  onlyAfter('  before-registration: true', '  before-registration: "yes"', 'invalid-type', '"yes"', /true or false/);
});

test('a plain string where a bilingual text is expected', () => {
  onlyAfter('title:\n  kk: Құпиялылық саясаты\n  ru: Политика конфиденциальности', 'title: Privacy policy', 'invalid-type', 'Privacy policy', /kk: … and ru: …/);
});

test('enum values from the taxonomy, with a suggestion for typos', () => {
  onlyAfter('{ category: email, source', '{ category: emial, source', 'invalid-enum', 'emial', /Did you mean «email»\?/);
});

test('missing required fields, at the object that lacks them', () => {
  onlyAfter('resource:\n  kind: website\n', 'resource:\n', 'missing-required', 'resource', /«kind»/);
  const top = only(STARTER.replace(/^acceptance:[\s\S]*?(?=^data:)/m, ''), 'missing-required');
  assert.match(top.message, /«acceptance»/);
});

test('BIN checksum, e-mail, URL, date and period formats', () => {
  assert.match(only(starterWith('"000740001307"', '"000740001308"'), 'invalid-format').message, /check digit/);
  assert.match(only(starterWith('"000740001307"', '"12345"'), 'invalid-format').message, /12 digits/);
  assert.equal(codes(starterWith('email: privacy@example.kz\n    phone', 'email: privacy@example\n    phone'))[0], 'invalid-format');
  assert.equal(codes(starterWith('url: https://example.kz/', 'url: example kz'))[0], 'invalid-format');
  assert.equal(codes(starterWith('effective: 2026-01-20', 'effective: 2026-02-30'))[0], 'invalid-format');
  const d = only(starterWith('answer: 3 working-days', 'answer: three days'), 'invalid-duration');
  assert.match(d.message, /15 working-days/);
});

test('duplicate ids and keys', () => {
  const dupData = starterWith('  email: { category: email', '  full-name: { category: email');
  const d = coreDiagnostics(dupData).find(x => x.code === 'duplicate-id');
  assert.ok(d);
  assert.equal(d.range.start.line, dupData.split('\n').findIndex(l => l.startsWith('  full-name: { category: email')));
  assert.ok(codes(STARTER + 'kind: processing-policy\n').includes('duplicate-key'));
});

test('undefined references suggest a declared id; unused data is a warning', () => {
  const text = starterWith('data: [full-name, email]', 'data: [full-name, emial]');
  const undef = only(text, 'undefined-reference');
  assert.equal(underlined(text, undef), 'emial');
  assert.match(undef.message, /Did you mean «email»\?/);
  const unused = only(text, 'unused-data');
  assert.equal(underlined(text, unused), 'email');
  assert.equal(unused.severity, 2);
});

test('texts missing their Kazakh or Russian version', () => {
  const text = starterWith('  ru: Политика конфиденциальности\n', '');
  const d = only(text, 'missing-translation');
  assert.match(d.message, /Russian version/);
  assert.equal(underlined(text, d), 'title');
  const kkOnly = text.replace('languages: [kk, ru]', 'languages: [kk]');
  assert.ok(!codes(kkOnly).includes('missing-translation'), 'a Kazakh-only policy does not need Russian texts');
});

test('unknown placeholders are pinpointed inside the text', () => {
  const text = STARTER + 'clauses:\n  - id: duty\n    text:\n      kk: "{{user}} {{opertor}} міндетті."\n      ru: "{{user}} обязан."\n';
  const d = only(text, 'unknown-placeholder');
  assert.equal(underlined(text, d), '{{opertor}}');
});

test('anchors and aliases are refused and never expanded', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`)].join('\n');
  const text = starterWith('purposes:', `footer:\n  kk: &t x\n  ru: *t\npurposes:`) + bomb + '\n';
  const started = Date.now();
  const found = codes(text);
  assert.ok(Date.now() - started < 2000);
  assert.ok(found.includes('yaml-alias'));
});

test('a second YAML document is refused', () => {
  assert.ok(codes(STARTER + '---\nderbes: 1\n').includes('multiple-documents'));
});

test('messages follow the locale: Kazakh, Russian, English', () => {
  const text = starterWith('retention: { until: purpose-achieved }', 'retension: { until: purpose-achieved }');
  const [en] = coreDiagnostics(text, 'en');
  const [kk] = coreDiagnostics(text, 'kk');
  const [ru] = coreDiagnostics(text, 'ru');
  assert.equal(en.message, 'Unknown key «retension». Did you mean «retention»?');
  assert.equal(kk.message, 'Белгісіз кілт: «retension». «retention» деп жазғыңыз келген болар?');
  assert.equal(ru.message, 'Неизвестный ключ «retension». Возможно, имелось в виду «retention»?');
  assert.deepEqual([en.code, en.range], [kk.code, kk.range]);
});

test('every diagnostic carries source "derbes" and a stable code', () => {
  const text = starterWith('kind: privacy-policy', 'kind: policy') + 'x: 1\n';
  for (const d of diagnose(text)) {
    assert.equal(d.source, 'derbes');
    assert.match(String(d.code), /^[a-zA-Z0-9-]+$/);
  }
});

test('placeholder cases must exist in the language of the text', () => {
  const text = STARTER + 'clauses:\n  - id: duty\n    text:\n      kk: "{{operator:dat}} {{user:prep}} хабарлайды."\n      ru: "{{operator:loc}} сообщает {{user:dat}}."\n';
  const found = coreDiagnostics(text).filter(d => d.code === 'invalid-placeholder-case').map(d => underlined(text, d));
  assert.deepEqual(found, ['{{user:prep}}', '{{operator:loc}}']);
});
