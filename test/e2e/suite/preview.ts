// The bilingual preview (a webview beside the editor), driven and read through the extension's test hooks:
// `derbes.test.previewState` (what the webview's DOM shows) and `derbes.test.previewAction` (click, scroll, mode, lock).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE } from './activation';
import { api, commandExists, contributesCommand, examplePolicies, group, open, positionOf, replaceAll, skip, test, waitFor, wsUri } from './harness';

interface PreviewState {
  uri: string; locked: boolean; mode: 'both' | 'kk' | 'ru'; panels: number; viewColumn?: number; visible: boolean;
  columns: number; clauseCount: number; blockCount: number; lastRenderVersion: number; documentVersion?: number;
  renderMs: number; texts: { kk?: string[]; ru?: string[] }; diagnostics: Record<string, number>;
  topId?: string; activeId?: string; scrollY?: number; blockIds: string[]; domReady: boolean;
}
const previewState = (uri?: vscode.Uri) => vscode.commands.executeCommand<PreviewState | undefined>('derbes.test.previewState', uri?.toString());
const previewAction = (action: 'click' | 'scroll' | 'mode' | 'lock', arg?: string) => vscode.commands.executeCommand<boolean>('derbes.test.previewAction', action, arg);
const webviewTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview);
const KAZAKH = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;

async function requireHooks(): Promise<void> {
  if (!contributesCommand('derbes.openPreviewToSide')) skip('the preview has not landed yet');
  await api();
  if (!(await commandExists('derbes.test.previewState'))) skip('the preview test hooks (derbes.test.previewState) are not registered');
}
/** Opens the preview of `doc` to the side and waits until the webview shows the document's current version. */
async function openPreview(doc: vscode.TextDocument): Promise<PreviewState> {
  await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  await vscode.commands.executeCommand('derbes.openPreviewToSide', doc.uri);
  return rendered(doc);
}
async function rendered(doc: vscode.TextDocument, extra: (s: PreviewState) => boolean = () => true, timeoutMs = 20000): Promise<PreviewState> {
  return waitFor(`the preview of ${vscode.workspace.asRelativePath(doc.uri)} (v${doc.version})`, async () => {
    const s = await previewState(doc.uri);
    return s && s.domReady && s.blockCount > 0 && s.lastRenderVersion >= doc.version && extra(s) ? s : undefined;
  }, timeoutMs, 200);
}
const all = (s: PreviewState, lang: 'kk' | 'ru') => (s.texts[lang] ?? []).join('\n');
async function closePreviews(): Promise<void> {
  for (const t of webviewTabs()) await vscode.window.tabGroups.close(t);
}

group('preview', () => {
  for (const [command, beside] of [['derbes.openPreviewToSide', true], ['derbes.openPreview', false]] as const) {
    test(`${command} opens the preview webview${beside ? ' in a second column' : ''}`, async () => {
      if (!contributesCommand(command)) skip(`${command} is not contributed yet`);
      const doc = await open(FIXTURE);
      await api(); // activation registers the commands
      assert.ok(await commandExists(command), `${command} is contributed but not registered`);
      await vscode.commands.executeCommand(command, doc.uri);
      const tab = await waitFor('a webview tab', () => webviewTabs()[0], 20000);
      assert.match((tab.input as vscode.TabInputWebview).viewType, /derbes/i);
      if (beside) assert.ok(vscode.window.tabGroups.all.length >= 2, 'the preview did not open to the side');
      await closePreviews();
    });
  }

  test('shows the fixture in Kazakh and Russian side by side', async () => {
    await requireHooks();
    const doc = await open(FIXTURE);
    const s = await openPreview(doc);
    assert.equal(s.uri, doc.uri.toString());
    assert.equal(s.columns, 2, 'two language columns');
    assert.equal(s.viewColumn, vscode.ViewColumn.Two, 'the preview is beside the editor');
    assert.match(all(s, 'kk'), /Дербес деректерді пайдалану туралы келісім/);
    assert.match(all(s, 'ru'), /Соглашение об использовании персональных данных/);
    assert.match(all(s, 'kk'), KAZAKH);
    assert.ok(s.clauseCount > 0, 'no clause rows');
    await closePreviews();
  });

  test('every example renders in both languages', async () => {
    await requireHooks();
    for (const uri of await examplePolicies()) {
      const doc = await open(uri);
      const s = await openPreview(doc);
      const name = vscode.workspace.asRelativePath(uri);
      assert.ok(all(s, 'kk').length > 200 && all(s, 'ru').length > 200, `${name}: too little text (kk ${all(s, 'kk').length}, ru ${all(s, 'ru').length})`);
      assert.match(all(s, 'kk'), KAZAKH, `${name}: no Kazakh letters in the kk column`);
      console.log(`    ${name}: ${s.blockCount} blocks, ${s.clauseCount} clauses, render ${s.renderMs} ms`);
    }
    await closePreviews();
  });

  test('typing updates the preview live, block by block', async () => {
    await requireHooks();
    const doc = await open(FIXTURE);
    const before = await openPreview(doc);
    await replaceAll(doc, doc.getText().replace('kk: Дербес деректерді пайдалану туралы келісім', 'kk: Жаңа тақырып сынағы'));
    const after = await rendered(doc, s => all(s, 'kk').includes('Жаңа тақырып сынағы'), 10000);
    assert.ok(!all(after, 'kk').includes('Дербес деректерді пайдалану туралы келісім'), 'the old title is still shown');
    assert.equal(after.blockCount, before.blockCount, 'a title edit changed the number of blocks');
    await closePreviews();
  });

  test('language modes: kk only, ru only, both', async () => {
    await requireHooks();
    const doc = await open(FIXTURE);
    await openPreview(doc);
    try {
      assert.ok(await previewAction('mode', 'kk'));
      let s = await rendered(doc, x => x.mode === 'kk' && x.columns === 1);
      assert.ok(all(s, 'kk').length > 0 && s.texts.ru === undefined, 'kk mode still shows Russian');
      assert.ok(await previewAction('mode', 'ru'));
      s = await rendered(doc, x => x.mode === 'ru' && x.columns === 1);
      assert.ok(all(s, 'ru').length > 0 && s.texts.kk === undefined, 'ru mode still shows Kazakh');
    } finally {
      await previewAction('mode', 'both');
    }
    await rendered(doc, x => x.mode === 'both' && x.columns === 2);
    await closePreviews();
  });

  test('diagnostics are shown at the clauses they concern', async () => {
    await requireHooks();
    const examples = await examplePolicies();
    const busiest = examples.find(u => /\/toowto\.policy\.yaml$/.test(u.path)) ?? examples[0];
    const doc = await open(busiest);
    await openPreview(doc);
    const s = await rendered(doc, x => Object.keys(x.diagnostics).length > 0);
    const total = Object.values(s.diagnostics).reduce((a, b) => a + b, 0);
    assert.ok(total > 0, 'no diagnostics in the preview');
    for (const id of Object.keys(s.diagnostics)) assert.ok(s.blockIds.includes(id), `diagnostics on unknown block ${id}`);
    await closePreviews();
  });

  test('clicking a block reveals its source in the editor', async () => {
    await requireHooks();
    const doc = await open(FIXTURE);
    const s = await openPreview(doc);
    const editor = vscode.window.visibleTextEditors.find(e => e.document === doc)!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    let moved: vscode.Position | undefined;
    for (const id of [...s.blockIds].reverse().slice(0, 6)) { // late blocks come from facts far below line 1
      assert.ok(await previewAction('click', id));
      moved = await waitFor('the editor cursor to move', () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.toString() === doc.uri.toString() && e.selection.active.line > 0 ? e.selection.active : undefined;
      }, 3000).catch(() => undefined);
      if (moved) break;
    }
    assert.ok(moved, 'no click on the last blocks moved the cursor');
    assert.ok(moved.line < doc.lineCount);
    await closePreviews();
  });

  test('scrolling the editor scrolls the preview', async () => {
    await requireHooks();
    const examples = await examplePolicies();
    const long = examples.find(u => /\/5qbe\.policy\.yaml$/.test(u.path)) ?? examples[0];
    const doc = await open(long);
    const s0 = await openPreview(doc);
    const editor = vscode.window.visibleTextEditors.find(e => e.document === doc)!;
    const line = Math.floor(doc.lineCount * 0.8);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    const s1 = await waitFor('the preview to scroll', async () => {
      const s = await previewState(doc.uri);
      return s && (s.scrollY ?? 0) > (s0.scrollY ?? 0) + 50 ? s : undefined;
    }, 10000, 200);
    assert.notEqual(s1.topId, s0.topId, 'the top block did not change');
    await closePreviews();
  });

  test('a locked preview stays on its file; unlocked it follows the active editor', async () => {
    await requireHooks();
    const doc = await open(FIXTURE);
    await openPreview(doc);
    const other = await vscode.workspace.openTextDocument((await examplePolicies()).find(u => /\/starter\.policy\.yaml$/.test(u.path)) ?? wsUri(FIXTURE));
    try {
      assert.ok(await previewAction('lock'));
      await waitFor('lock', async () => (await previewState())?.locked);
      await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
      await new Promise(r => setTimeout(r, 800));
      assert.equal((await previewState())?.uri, doc.uri.toString(), 'the locked preview followed the editor');
      assert.ok(await previewAction('lock'));
      await waitFor('the unlocked preview to follow the active editor', async () => (await previewState())?.uri === other.uri.toString(), 10000);
    } finally {
      const s = await previewState();
      if (s?.locked) await previewAction('lock');
    }
    await closePreviews();
  });

  test('Export writes HTML, DOCX and PDF beside the policy', async () => {
    if (!contributesCommand('derbes.export')) skip('derbes.export is not contributed yet');
    const doc = await open(FIXTURE);
    await api();
    const magic: Record<string, (b: Uint8Array) => boolean> = {
      html: b => /<html[\s>]/i.test(new TextDecoder().decode(b)) && new TextDecoder().decode(b).includes('Соглашение об использовании персональных данных'),
      docx: b => b[0] === 0x50 && b[1] === 0x4b, // PK zip
      pdf: b => new TextDecoder().decode(b.slice(0, 5)) === '%PDF-',
    };
    for (const format of Object.keys(magic)) {
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('derbes.export', doc.uri, { format, lang: 'both', quiet: true });
      assert.ok(target, `export ${format} returned nothing (see the error notification)`);
      assert.match(target.path, new RegExp(`\\.${format}$`));
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.ok(bytes.length > 500, `${format}: only ${bytes.length} bytes`);
      assert.ok(magic[format](bytes), `${format}: unexpected content`);
    }
    assert.ok(positionOf(doc, 'derbes: 1')); // the policy itself is untouched
    assert.equal(doc.isDirty, false);
  });
});
