// Completion over LSP from the real bundled server: a client that resolves (VS Code's capabilities)
// gets lean items and the documentation on completionItem/resolve; one that never resolves
// (Neovim's built-in omnifunc declares nothing) gets complete items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompletionRequest, CompletionResolveRequest, DidOpenTextDocumentNotification, type ClientCapabilities, type CompletionItem, type CompletionList, type Range,
} from 'vscode-languageserver-protocol';
import { startClient } from '../helpers/lsp';
import { BASE } from '../authoring/helpers';

/** textDocument.completion as vscode-languageclient 11 declares it (the parts the server reads). */
const VSCODE: ClientCapabilities = {
  textDocument: {
    completion: {
      completionItem: {
        snippetSupport: true, labelDetailsSupport: true, insertReplaceSupport: true, documentationFormat: ['markdown', 'plaintext'],
        resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
      },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
    },
  },
};

const TEXT = BASE.replace('    category: email\n', '    category: \n');
const AT = { line: TEXT.split('\n').indexOf('    category: '), character: '    category: '.length };
const uri = 'file:///ws/proto-completion.policy.yaml';

async function session(capabilities: ClientCapabilities, locale: string) {
  const client = await startClient({ capabilities, locale });
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text: TEXT } });
  const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: AT })) as CompletionList;
  return { client, list };
}

test('completion over LSP: lean items for a client that resolves, the documentation on completionItem/resolve', async () => {
  const { client, list } = await session(VSCODE, 'ru');
  try {
    assert.equal(client.initialize.capabilities.completionProvider?.resolveProvider, true);
    const range: Range = { start: AT, end: AT };
    assert.deepEqual(list.itemDefaults, { editRange: range, data: ['t', 'data-categories'] });
    const iin = list.items.find(i => i.label === 'iin');
    assert.ok(iin, list.items.map(i => i.label).join(', '));
    assert.deepEqual(Object.keys(iin).sort(), ['filterText', 'kind', 'label', 'labelDetails', 'sortText']);
    assert.equal(iin.labelDetails?.description, 'индивидуальный идентификационный номер (ИИН) / жеке сәйкестендіру нөмірі (ЖСН)');
    assert.match(String(iin.filterText), /ИИН.*ЖСН|ЖСН.*ИИН/);

    // what vscode-languageclient sends back: the item with the list's defaults applied
    const sent: CompletionItem = { ...iin, textEdit: { range, newText: 'iin' }, data: list.itemDefaults?.data };
    const resolved = (await client.connection.sendRequest(CompletionResolveRequest.type, sent)) as CompletionItem;
    assert.match(String(resolved.detail), /ЖСН/);
    assert.equal((resolved.documentation as { kind: string }).kind, 'markdown');
    assert.match((resolved.documentation as { value: string }).value, /^\*\*iin\*\* — индивидуальный идентификационный номер/);
    assert.match((resolved.documentation as { value: string }).value, /пп\. 1\) п\. 4 ст\. 8/);
    assert.deepEqual(resolved.textEdit, sent.textEdit);
    assert.equal(resolved.label, 'iin');

    // an item from elsewhere comes back as it was
    const foreign = { label: 'x', data: { other: 1 } };
    assert.deepEqual(await client.connection.sendRequest(CompletionResolveRequest.type, foreign), foreign);
  } finally {
    await client.close();
  }
});

test('completion over LSP: a client that declares nothing gets complete items (documentation, detail, an edit each)', async () => {
  const lean = await session(VSCODE, 'en');
  const full = await session({}, 'en');
  try {
    assert.equal(full.list.itemDefaults, undefined);
    assert.deepEqual(full.list.items.map(i => i.label), lean.list.items.map(i => i.label));
    for (const item of full.list.items) {
      assert.ok(item.documentation && item.detail, `${item.label}: no documentation or detail`);
      assert.ok(item.textEdit && 'range' in item.textEdit && item.textEdit.newText === item.label, `${item.label}: no edit`);
      assert.equal(item.data, undefined);
      assert.equal(item.insertTextFormat ?? 1, 1);
    }
    // an English UI: English first, then Kazakh and Russian
    assert.equal(full.list.items.find(i => i.label === 'iin')?.labelDetails?.description, 'individual identification number (IIN) / жеке сәйкестендіру нөмірі (ЖСН) / индивидуальный идентификационный номер (ИИН)');
    const size = (x: unknown) => Buffer.byteLength(JSON.stringify(x));
    assert.ok(size(lean.list) * 2 < size(full.list), `lean ${size(lean.list)} bytes, complete ${size(full.list)}`);
  } finally {
    await lean.client.close();
    await full.client.close();
  }
});
