// Lean completion lists (documentation and detail on completionItem/resolve, shared fields in
// itemDefaults) must give a client exactly what the complete list gives, once an item is resolved.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';
import { getCompletions, resolveCompletion, type CompletionOptions } from '../../server/src/service/completion';
import { taxonomy } from '../../server/src/taxonomy/taxonomy';
import { BASE, service, withCursor } from './helpers';

/** What VS Code (vscode-languageclient 11) says it can do. */
const VSCODE: Omit<CompletionOptions, 'locale'> = {
  snippets: true,
  resolve: { documentation: true, detail: true },
  itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
};

const SITES: Record<string, string> = {
  'a data category value': BASE.replace('    category: email\n', '    category: ‸\n'),
  'a typed value («ИИН»)': BASE.replace('    category: email\n', '    category: ИИН‸\n'),
  'keys of a data item': BASE.replace('    category: email\n    source: registration\n', '    category: email\n    ‸\n'),
  'top-level keys': 'derbes: 1\n‸',
  'keys after the whole policy': BASE + '‸',
  'a new transfer': BASE + 'transfers:\n  - to: state-bodies\n  ‸\n',
  'text languages': BASE.replace('title:\n  kk: Келісім\n  ru: Соглашение\n', 'title:\n  kk: Келісім\n  ‸\n'),
  'ids in a reference list': BASE.replace('data: [full-name, phone, email]', 'data: [full-name, ‸]'),
  'new data items by category': BASE.replace('  phone: { category: mobile-phone, source: registration }\n', '  ‸\n'),
  'a new clause': BASE + 'clauses:\n  - ‸\n',
  'use: of a clause': BASE + 'clauses:\n  - use: ‸\n',
  'with: after use:': BASE + 'clauses:\n  - use: std/pre-trial-claim\n    ‸\n',
  'parameters under with:': BASE + 'clauses:\n  - use: std/policy-changes\n    with:\n      ‸\n',
  'placeholders (kk)': BASE + 'clauses:\n  - id: x\n    text:\n      kk: "{{op‸"\n      ru: "x"\n',
  'placeholders (ru)': BASE + 'clauses:\n  - id: x\n    text:\n      kk: "x"\n      ru: "{{user:‸}}"\n',
  'an empty file': '‸',
  'booleans': 'derbes: 1\ncookies:\n  used: ‸\n',
  'durations': 'derbes: 1\nrequests:\n  answer: ‸\n',
};

function complete(marked: string, options: CompletionOptions): CompletionList {
  const { document, position } = withCursor(marked);
  return getCompletions(service(), document, position, options);
}

/** The item as a client that applies itemDefaults holds it (LSP 3.17 CompletionList.itemDefaults). */
function withDefaults(list: CompletionList): CompletionItem[] {
  const d = list.itemDefaults ?? {};
  return list.items.map(item => {
    const { textEditText, ...rest } = item;
    const out: CompletionItem = { ...rest, textEdit: item.textEdit ?? { range: d.editRange as Range, newText: textEditText ?? item.label } };
    const format = item.insertTextFormat ?? d.insertTextFormat;
    if (format !== undefined) out.insertTextFormat = format;
    const mode = item.insertTextMode ?? d.insertTextMode;
    if (mode !== undefined) out.insertTextMode = mode;
    const data = item.data ?? d.data;
    if (data !== undefined) out.data = data;
    return out;
  });
}

/** What a user sees and gets of an item: everything but `data`, defaults spelled out. */
function visible(item: CompletionItem) {
  const text = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined;
  return {
    label: item.label, kind: item.kind, labelDetails: item.labelDetails, detail: item.detail, documentation: item.documentation,
    filterText: item.filterText, sortText: item.sortText, textEdit: item.textEdit,
    insertTextFormat: item.insertTextFormat ?? 1,
    // the mode matters to text over several lines only
    insertTextMode: text?.includes('\n') ? item.insertTextMode : undefined,
  };
}

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

describe('completion: lean lists and completionItem/resolve', () => {
  for (const [name, marked] of Object.entries(SITES)) {
    it(`${name}: a lean list, once resolved, is the complete list`, () => {
      for (const locale of ['kk', 'ru', 'en'] as const) {
        const full = complete(marked, { locale, snippets: true });
        const lean = complete(marked, { ...VSCODE, locale });
        assert.ok(full.items.length > 0, `${name}: no items`);
        assert.equal(lean.items.length, full.items.length);
        for (const item of lean.items) assert.equal(item.documentation, undefined, `${name}: ${item.label} carries its documentation`);
        const s = service();
        const resolved = withDefaults(lean).map(item => resolveCompletion(s, item, locale));
        assert.deepEqual(resolved.map(visible), full.items.map(visible), `${name} (${locale})`);
        assert.ok(bytes(lean) <= bytes(full), `${name}: the lean list is larger`);
      }
    });
  }

  it('a taxonomy value list: label, kind, kk/ru labels, filter and sort text only; the range and data once', () => {
    const marked = SITES['a data category value'];
    const lean = complete(marked, { ...VSCODE, locale: 'ru' });
    const { document, offset } = withCursor(marked);
    assert.deepEqual(lean.itemDefaults, { editRange: { start: document.positionAt(offset), end: document.positionAt(offset) }, data: ['t', 'data-categories'] });
    const iin = lean.items.find(i => i.label === 'iin')!;
    assert.deepEqual(Object.keys(iin).sort(), ['filterText', 'kind', 'label', 'labelDetails', 'sortText']);
    assert.equal(iin.labelDetails?.description, 'индивидуальный идентификационный номер (ИИН) / жеке сәйкестендіру нөмірі (ЖСН)');
    assert.match(String(iin.filterText), /ЖСН/);
    assert.deepEqual(lean.items.map(i => i.label), taxonomy('data-categories').entries.map(e => e.id));
    // a third of the complete list (documentation and the three-language detail stay behind)
    const full = complete(marked, { locale: 'ru', snippets: true });
    assert.ok(bytes(lean) * 2 < bytes(full), `${bytes(lean)} bytes lean, ${bytes(full)} complete`);
  });

  it('resolve brings the documentation in the locale asked, with the law', () => {
    const lean = complete(SITES['a data category value'], { ...VSCODE, locale: 'kk' });
    const iin = withDefaults(lean).find(i => i.label === 'iin')!;
    const ru = resolveCompletion(service(), iin, 'ru');
    assert.match(String(ru.detail), /ЖСН/);
    assert.match((ru.documentation as { value: string }).value, /пп\. 1\) п\. 4 ст\. 8/);
    assert.deepEqual(ru.textEdit, iin.textEdit, 'the rest of the item comes back as it was');
    const kk = resolveCompletion(service(), iin, 'kk');
    assert.match((kk.documentation as { value: string }).value, /^\*\*iin\*\* — жеке сәйкестендіру нөмірі/);
  });

  it('a client without itemDefaults gets a range per item and data per item', () => {
    const lean = complete(SITES['a data category value'], { locale: 'en', snippets: false, resolve: { documentation: true, detail: true } });
    assert.equal(lean.itemDefaults, undefined);
    for (const item of lean.items) {
      assert.ok(item.textEdit, `${item.label}: no textEdit`);
      assert.deepEqual(item.data, ['t', 'data-categories']);
      assert.equal(item.documentation, undefined);
      assert.equal(item.detail, undefined);
    }
    const email = resolveCompletion(service(), lean.items.find(i => i.label === 'email')!, 'en');
    assert.match((email.documentation as { value: string }).value, /^\*\*email\*\*/);
  });

  it('a client that resolves only the documentation keeps the detail in the list', () => {
    const lean = complete(SITES['keys of a data item'], { ...VSCODE, resolve: { documentation: true }, locale: 'ru' });
    const source = lean.items.find(i => i.label === 'source')!;
    assert.ok(source.detail && !source.documentation);
  });

  it('a client that never resolves (Neovim\'s omnifunc) gets the documentation in the list', () => {
    const list = complete(SITES['a data category value'], { locale: 'ru', snippets: false });
    for (const item of list.items) {
      assert.ok(item.documentation && item.detail && item.textEdit, `${item.label} is not complete`);
      assert.equal(item.data, undefined);
    }
  });

  it('resolve leaves alone what it does not know', () => {
    const s = service();
    const base: CompletionItem = { label: 'iin' };
    for (const data of [undefined, null, 42, 'x', {}, [], ['zz'], ['t'], ['t', 'no-such-taxonomy'], ['t', 'data-categories', 'no-such-id'], ['f', 'no/such'], ['f', '', 'no-such-key'], ['f', '', 'toString'], ['c', 'std/no-such'], ['q', 'std/policy-changes', 'nope'], ['p', 'constructor'], ['l', '__proto__'], ['t', 'data-categories', 1]]) {
      const item = { ...base, data };
      assert.equal(resolveCompletion(s, item, 'ru'), item, JSON.stringify(data));
    }
    const done: CompletionItem = { label: 'iin', detail: 'x', documentation: 'y', data: ['t', 'data-categories'] };
    assert.equal(resolveCompletion(s, done, 'ru'), done);
  });

  it('resolve reads a library clause as it is now, and leaves an item whose clause is gone as it was', async () => {
    const files = { '/ws/derbes.config.yaml': 'libraries:\n  team: clauses\n', '/ws/clauses/cap.yaml': 'id: cap\nversion: 1.0.0\ntext:\n  kk: "Шек."\n  ru: "Предел."\n' };
    const s = service(files);
    await s.libraries.reload();
    const { document, position } = withCursor(BASE + 'clauses:\n  - use: ‸\n', 'file:///ws/p.policy.yaml');
    const lean = getCompletions(s, document, position, { ...VSCODE, locale: 'ru' });
    const cap = withDefaults(lean).find(i => i.label === 'team/cap');
    assert.ok(cap, lean.items.map(i => i.label).join(', '));
    assert.match((resolveCompletion(s, cap, 'ru').documentation as { value: string }).value, /Предел\./);
    const other = service();
    assert.equal(resolveCompletion(other, cap, 'ru'), cap);
  });
});
