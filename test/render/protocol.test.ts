// `derbes/render` on the real bundled server: preview blocks with source ranges and diagnostics,
// the same after an incremental edit, and exports (HTML text, DOCX/PDF as base64).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from '../helpers/lsp';
import { STARTER } from '../helpers/policy';
import type { ExportResult, PreviewResult } from '../../server/src/lsp/render';

const URI = 'file:///workspace/render.policy.yaml';

describe('derbes/render over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'derbes', version: 1, text: STARTER } });
  });
  after(async () => { await client?.close(); });

  it('returns preview blocks in both languages with ranges, and the render time', async () => {
    const r = await client.connection.sendRequest<PreviewResult>('derbes/render', { textDocument: { uri: URI } });
    assert.equal(r.kind, 'preview');
    assert.equal(r.version, 1);
    assert.equal(r.blocks[0].id, 'title');
    assert.ok(r.blocks.length > 30);
    const email = r.blocks.find(b => b.id === 'g.data.list.source-registration')!;
    assert.ok(email.kk.includes('электрондық пошта мекенжайы'));
    assert.ok(email.ru.includes('адрес электронной почты'));
    assert.equal(STARTER.split('\n')[email.ranges[0].startLine].trim().split(':')[0], 'full-name');
    assert.equal(typeof r.renderMs, 'number');
    assert.deepEqual(r.title, { kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности' });
  });

  it('follows edits and attaches the new diagnostic to its clause', async () => {
    const text = `${STARTER}clauses:\n  - id: x\n    section: final\n    text: { kk: "{{nope}} мәтін", ru: "{{nope}} текст" }\n`;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    const r = await client.connection.sendRequest<PreviewResult>('derbes/render', { textDocument: { uri: URI } });
    assert.equal(r.version, 2);
    const x = r.blocks.find(b => b.id === 'c.x')!;
    assert.ok(x.diagnostics.some(d => d.code === 'unknown-placeholder'), JSON.stringify(x.diagnostics));
  });

  it('exports HTML as text and DOCX/PDF as base64', async () => {
    const html = await client.connection.sendRequest<ExportResult>('derbes/render', { textDocument: { uri: URI }, format: 'html', lang: 'kk' });
    assert.equal(html.encoding, 'utf8');
    assert.match(html.data, /^<!DOCTYPE html>/);
    assert.ok(!html.data.includes('lang="ru"'));
    for (const format of ['docx', 'pdf'] as const) {
      const r = await client.connection.sendRequest<ExportResult>('derbes/render', { textDocument: { uri: URI }, format });
      assert.equal(r.encoding, 'base64');
      const bytes = Buffer.from(r.data, 'base64');
      assert.equal(bytes.subarray(0, 2).toString(), format === 'docx' ? 'PK' : '%P');
    }
  });

  it('renders a document it does not have open when given its text, and refuses bad parameters', async () => {
    const r = await client.connection.sendRequest<PreviewResult>('derbes/render', { textDocument: { uri: 'file:///elsewhere.policy.yaml' }, text: STARTER });
    assert.equal(r.kind, 'preview');
    await assert.rejects(client.connection.sendRequest('derbes/render', { textDocument: { uri: 'file:///unknown.policy.yaml' } }), /not open/);
    await assert.rejects(client.connection.sendRequest('derbes/render', { textDocument: { uri: URI }, format: 'rtf' }), /unknown format/);
    await assert.rejects(client.connection.sendRequest('derbes/render', { textDocument: { uri: URI }, lang: 'en' }), /unknown language/);
  });
});
