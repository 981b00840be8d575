// The extension is loaded, claims *.policy.yaml for the `derbes` language and activates on it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import serverProcess from '../../../server/src/serverProcess.json';
import { EXTENSION_ID, LANGUAGE_ID, derbesDiagnostics, extension, group, open, skip, test, waitFor } from './harness';

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

  test('the language server runs with the editor\'s node flags and environment (server/src/serverProcess.json)', async () => {
    if (process.platform !== 'linux') skip('reads /proc');
    const doc = await open(FIXTURE);
    await waitFor('diagnostics from the server', () => derbesDiagnostics(doc.uri).length > 0, 60000);
    // the server is a child of this extension host
    const read = (pid: string, file: string) => { try { return readFileSync(`/proc/${pid}/${file}`, 'utf8'); } catch { return ''; } };
    const server = readdirSync('/proc').filter(pid => /^\d+$/.test(pid)).find(pid =>
      read(pid, 'stat').split(') ')[1]?.split(' ')[1] === String(process.pid) && read(pid, 'cmdline').split('\0').some(a => a.endsWith('server.js')));
    assert.ok(server, 'no server.js child process of the extension host');
    const args = read(server, 'cmdline').split('\0');
    for (const flag of serverProcess.editor.execArgv) assert.ok(args.includes(flag), `${flag} missing from ${args.join(' ')}`);
    const env = read(server, 'environ').split('\0');
    for (const [name, value] of Object.entries(serverProcess.editor.env)) assert.ok(env.includes(`${name}=${value}`), `${name}=${value} missing from the server's environment`);
  });
});
