// Hover: keys, taxonomy values, ids and library clauses explained in the user's language with the
// other labels and the law; diagnostics with their rule and documentation link.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getHover } from '../../server/src/service/hover';
import { BASE, docOf, positionOf, service } from './helpers';

function hover(text: string, needle: string, delta: number, locale: 'kk' | 'ru' | 'en' = 'ru', s = service()) {
  const document = docOf(text);
  const h = getHover(s, document, positionOf(document, needle, delta), locale);
  return h ? { text: (h.contents as { value: string }).value, range: h.range } : undefined;
}

describe('hover', () => {
  it('a key: its meaning in three languages and the law with its confidence', () => {
    const h = hover(BASE, 'retention:', 2)!;
    assert.match(h.text, /\*\*retention\*\* — Сколько хранятся данные/);
    assert.match(h.text, /kk: Деректер қанша уақыт сақталады/);
    assert.match(h.text, /en: How long data is kept/);
    assert.match(h.text, /п\. 2 ст\. 12 Закона — достоверность: высокая/);
  });

  it('a taxonomy value: its labels and the key it fills', () => {
    const h = hover(BASE.replace('category: email\n', 'category: iin\n'), 'category: iin', 'category: ii'.length, 'kk')!;
    assert.match(h.text, /\*\*iin\*\* — жеке сәйкестендіру нөмірі \(ЖСН\)/);
    assert.match(h.text, /ru: индивидуальный идентификационный номер \(ИИН\)/);
    assert.match(h.text, /Заңның 8-бабы 4-тармағының 1\) тармақшасы/);
    assert.ok(h.range);
  });

  it('an id: what it is, its category and who uses it', () => {
    const h = hover(BASE, 'data: [full-name, phone', 'data: [full-name, ph'.length, 'en')!;
    assert.match(h.text, /\*\*phone\*\* — data item/);
    assert.match(h.text, /mobile phone number/);
    assert.match(h.text, /Used by: `purposes\/provide-service`/);
    const decl = hover(BASE, '  phone: {', 3, 'en')!;
    assert.match(decl.text, /\*\*phone\*\* — data item/);
  });

  it('use: both texts with the parameters filled', () => {
    const text = BASE + 'clauses:\n  - use: std/pre-trial-claim\n    with: { answer: 15 working-days }\n';
    const h = hover(text, 'std/pre-trial-claim', 5)!;
    assert.match(h.text, /15 жұмыс күні ішінде/);
    assert.match(h.text, /в течение 15 рабочих дней/);
    assert.match(h.text, /`answer` \(duration\) = `15 working-days`/);
  });

  it('a diagnostic: the rule, its message and a link to its documentation', () => {
    const text = BASE.replace('acceptance: { method: explicit-checkbox }', 'acceptance: { method: site-use }');
    const s = service();
    const document = docOf(text);
    const finding = s.analyze(document).findings.find(f => /^R\d+$/.test(f.code))!;
    const h = getHover(s, document, document.positionAt(finding.start + 1), 'en')!;
    const value = (h.contents as { value: string }).value;
    assert.match(value, new RegExp(`\\*\\*Rule: .+\\*\\* \\(\`${finding.code}\`\\)`));
    assert.match(value, new RegExp(`\\[Documentation\\]\\(file://.*docs/rules/${finding.code}\\.md\\)`));
    const core = hover(BASE.replace('source: registration }', 'sorce: registration }'), 'sorce', 2, 'en')!;
    assert.match(core.text, /Unknown key «sorce»\. Did you mean «source»\?/);
  });

  it('a placeholder inside a text', () => {
    const text = BASE + 'clauses:\n  - id: x\n    text:\n      kk: "{{operator:gen}} міндеттері"\n      ru: "Обязанности {{operator:gen}}"\n';
    const h = hover(text, '{{operator:gen}} мін', 4, 'en')!;
    assert.match(h.text, /\{\{operator:gen\}\}/);
    assert.match(h.text, /Defined term for the operator/);
  });

  it('nothing on plain text', () => {
    assert.equal(hover(BASE, 'Соглашение', 3), undefined);
  });
});
