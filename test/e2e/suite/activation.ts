// The extension is loaded, claims *.policy.yaml for the `derbes` language and activates on it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, extension, group, open, test, waitFor } from './harness';

export const FIXTURE = 'known-error.policy.yaml';

group('activation', () => {
  test(`${EXTENSION_ID} is installed as a development extension`, () => {
    const ext = extension();
    assert.equal(ext.packageJSON.name, 'derbes');
    assert.equal(ext.packageJSON.main, './dist/client.js');
  });

  test('a *.policy.yaml file opens in the derbes language', async () => {
    const doc = await open(FIXTURE);
    assert.equal(doc.languageId, LANGUAGE_ID);
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
  });

  test('opening a policy activates the extension', async () => {
    await open(FIXTURE);
    await waitFor('extension activation', () => extension().isActive, 30000);
  });
});
