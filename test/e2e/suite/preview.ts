// The bilingual preview (webview beside the editor).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE } from './activation';
import { commandExists, contributesCommand, group, open, skip, test, waitFor } from './harness';

const webviewTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview);

group('preview', () => {
  for (const [command, beside] of [['derbes.openPreviewToSide', true], ['derbes.openPreview', false]] as const) {
    test(`${command} opens the preview webview${beside ? ' in a second column' : ''}`, async () => {
      if (!contributesCommand(command)) skip(`${command} is not contributed yet`);
      const doc = await open(FIXTURE);
      assert.ok(await commandExists(command), `${command} is contributed but not registered`);
      await vscode.commands.executeCommand(command, doc.uri);
      const tab = await waitFor('a webview tab', () => webviewTabs()[0], 20000);
      assert.match((tab.input as vscode.TabInputWebview).viewType, /derbes/i);
      if (beside) assert.ok(vscode.window.tabGroups.all.length >= 2, 'the preview did not open to the side');
    });
  }
});
