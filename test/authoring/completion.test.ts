// Completion from the schema: keys (required first) with skeleton snippets, taxonomy values with
// kk/ru/en labels found by their Cyrillic labels, ids, library clauses, placeholders, the starter.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { getCompletions, plainOf } from '../../server/src/service/completion';
import { starterSnippet } from '../../server/src/service/starter';
import { taxonomy } from '../../server/src/taxonomy/taxonomy';
import { BASE, docOf, service, withCursor } from './helpers';

function complete(marked: string, locale: 'kk' | 'ru' | 'en' = 'ru', s = service(), snippets = true) {
  const { document, position } = withCursor(marked);
  return getCompletions(s, document, position, { locale, snippets }).items;
}
const labels = (items: CompletionItem[]) => items.map(i => i.label);
const textOf = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '');

/** VS Code's rule, roughly: the typed word must match at the start of a word of filterText. */
function vscodeFinds(item: CompletionItem, typed: string): boolean {
  const words = (item.filterText ?? String(item.label)).toLowerCase().split(/[\s(),«»/]+/);
  return words.some(w => w.startsWith(typed.toLowerCase()));
}

describe('completion', () => {
  it('values of a data category: every taxonomy entry, labels in the user language', () => {
    const items = complete(BASE.replace('    category: email\n', '    category: ‸\n'));
    assert.deepEqual(labels(items), taxonomy('data-categories').entries.map(e => e.id));
    const iin = items.find(i => i.label === 'iin')!;
    assert.equal(iin.labelDetails?.description, 'индивидуальный идентификационный номер (ИИН) / жеке сәйкестендіру нөмірі (ЖСН)');
    assert.match(String(iin.detail), /ЖСН/);
    assert.match(String((iin.documentation as { value: string }).value), /пп\. 1\) п\. 4 ст\. 8/);
    assert.ok(!labels(items).includes('service'), 'no purpose categories among data categories');
  });

  it('typing «ЖСН» or «ИИН» finds iin', () => {
    for (const typed of ['ЖСН', 'ИИН', 'жеке', 'индивид']) {
      const items = complete(BASE.replace('    category: email\n', `    category: ${typed}‸\n`), 'kk');
      const found = items.filter(i => vscodeFinds(i, typed)).map(i => i.label);
      assert.ok(found.includes('iin'), `${typed}: ${found.join(', ')}`);
      const edit = items.find(i => i.label === 'iin')!.textEdit as { range: { start: { character: number }; end: { character: number } } };
      assert.equal(edit.range.end.character - edit.range.start.character, typed.length, 'the typed word is replaced');
    }
  });

  it('keys of a data item: missing ones only, required first, with value snippets', () => {
    const items = complete(BASE.replace('    category: email\n    source: registration\n', '    category: email\n    ‸\n'));
    const names = labels(items);
    assert.ok(!names.includes('category'));
    assert.ok(names.includes('source') && names.includes('retention') && names.includes('subjects'));
    assert.match(textOf(items.find(i => i.label === 'source')), /^source: \$\{1\|user,registration,/);
    assert.equal(textOf(items.find(i => i.label === 'label')), 'label:\n      kk: $1\n      ru: $2');
    assert.equal(textOf(items.find(i => i.label === 'retention')), 'retention:\n      until: ${1|purpose-achieved,account-deleted,contract-end,consent-withdrawn,period,unlimited|}');
  });

  it('top-level keys: those not present, required ones first', () => {
    const items = complete('derbes: 1\n‸');
    const names = labels(items);
    assert.ok(!names.includes('derbes'));
    const sorted = [...items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText))).map(i => i.label);
    assert.deepEqual(sorted.slice(0, 4), ['kind', 'title', 'operator', 'resource']);
    assert.ok(names.includes('cookies') && names.includes('transfers'));
    assert.match(textOf(items.find(i => i.label === 'operator')), /^operator:\n  name:\n    kk: \$1\n    ru: \$2$/);
  });

  it('a new transfer gets its whole skeleton, with the dash when it is missing', () => {
    const items = complete(BASE + 'transfers:\n  - to: state-bodies\n  ‸\n');
    const to = items.find(i => i.label === 'to');
    assert.match(textOf(to), /^- to: \$1$/);
    const skeleton = items.find(i => i.label === '(новая передача)');
    assert.equal(textOf(skeleton), '- to: $1\n    data: [${2|full-name,phone,email|}]\n    purposes: [${3|provide-service|}]\n    basis: ${4|consent,law,contract,without-consent|}');
    const top = complete(BASE + '‸');
    assert.match(textOf(top.find(i => i.label === 'transfers')), /^transfers:\n {2}- to: \$1\n {4}data: \[/);
    const inItem = complete(BASE + 'transfers:\n  - ‸\n');
    assert.match(textOf(inItem.find(i => i.label === 'data')), /^data: \[\$\{1\|full-name,phone,email\|\}\]$/);
  });

  it('a bilingual text gets kk: and ru:', () => {
    const items = complete(BASE.replace('title:\n  kk: Келісім\n  ru: Соглашение\n', 'title:\n  kk: Келісім\n  ‸\n'));
    assert.deepEqual(labels(items), ['ru', 'en']);
  });

  it('ids where a reference goes, without those already listed', () => {
    const items = complete(BASE.replace('data: [full-name, phone, email]', 'data: [full-name, ‸]'));
    assert.deepEqual(labels(items).sort(), ['email', 'phone']);
    assert.match(String(items.find(i => i.label === 'phone')!.labelDetails?.description), /мобильного/);
  });

  it('new data items by category, in flow style', () => {
    const items = complete(BASE.replace('  phone: { category: mobile-phone, source: registration }\n', '  ‸\n'));
    const iin = items.find(i => i.label === 'iin')!;
    assert.match(textOf(iin), /^\$\{1:iin\}: \{ category: iin, source: \$\{2\|/);
    const email = items.find(i => i.label === 'email')!;
    assert.match(textOf(email), /^\$\{1:email-2\}:/, 'an id that exists gets a fresh one');
    assert.ok(items.some(i => String(i.label).includes('новый элемент данных')));
  });

  it('library clauses after use:, with parameters and a preview of both texts', () => {
    const items = complete(BASE + 'clauses:\n  - use: ‸\n');
    const claim = items.find(i => i.label === 'std/pre-trial-claim')!;
    assert.equal(textOf(claim), 'std/pre-trial-claim\n    with:\n      answer: ${1:30 calendar-days}');
    const doc = (claim.documentation as { value: string }).value;
    assert.match(doc, /30 күнтізбелік күн ішінде/);
    assert.match(doc, /в течение 30 календарных дней/);
  });

  it('a new clause: use a library clause or insert its full text', () => {
    const items = complete(BASE + 'clauses:\n  - ‸\n');
    const use = items.find(i => i.label === 'std/severability')!;
    assert.equal(textOf(use), 'use: std/severability');
    const full = items.find(i => i.label === 'std/pre-trial-claim (полный текст)')!;
    assert.match(textOf(full), /^id: \$\{1:pre-trial-claim\}\n {4}section: disputes\n {4}title:\n/);
    assert.match(textOf(full), /\n {6}ru: \|-\n {8}До обращения в суд/);
  });

  it('with: after use: brings the clause\'s parameters', () => {
    const items = complete(BASE + 'clauses:\n  - use: std/pre-trial-claim\n    ‸\n');
    assert.equal(textOf(items.find(i => i.label === 'with')), 'with:\n      answer: ${1:30 calendar-days}');
  });

  it('parameters under with:', () => {
    const items = complete(BASE + 'clauses:\n  - use: std/policy-changes\n    with:\n      ‸\n');
    assert.deepEqual(labels(items), ['period']);
    assert.equal(textOf(items[0]), 'period: ${1:10 calendar-days}');
  });

  it('{{placeholders}} inside a text, cases for the text language', () => {
    const kk = complete(BASE + 'clauses:\n  - id: x\n    text:\n      kk: "{{op‸"\n      ru: "x"\n');
    assert.ok(labels(kk).includes('operator') && labels(kk).includes('operator:loc') && !labels(kk).includes('operator:prep'));
    assert.equal(textOf(kk.find(i => i.label === 'operator')), 'operator}}');
    const ru = complete(BASE + 'clauses:\n  - id: x\n    text:\n      kk: "x"\n      ru: "{{user:‸}}"\n');
    assert.ok(labels(ru).includes('user:prep') && !labels(ru).includes('user:loc'));
  });

  it('an empty file offers a complete starter policy that is clean once filled with its defaults', () => {
    const items = complete('‸');
    const starter = items.find(i => i.label === 'Стартовая политика');
    assert.ok(starter);
    const text = plainOf(starterSnippet());
    const diagnostics = service().getDiagnostics(docOf(text), 'en').filter(d => d.severity === 1);
    assert.deepEqual(diagnostics.map(d => `${d.code}: ${d.message}`), []);
  });

  it('plain text for clients without snippets', () => {
    const items = complete(BASE.replace('    category: email\n    source: registration\n', '    category: email\n    ‸\n'), 'en', service(), false);
    assert.equal(textOf(items.find(i => i.label === 'label')), 'label:\n      kk: \n      ru: ');
    assert.ok(items.every(i => (i.insertTextFormat ?? 1) === 1), 'plain text (the default format) everywhere');
  });

  it('booleans, durations and small integers', () => {
    assert.deepEqual(labels(complete('derbes: 1\ncookies:\n  used: ‸\n')), ['true', 'false']);
    assert.ok(labels(complete('derbes: 1\nrequests:\n  answer: ‸\n')).includes('15 working-days'));
    assert.deepEqual(labels(complete('derbes: ‸\n')), ['1']);
  });
});
