// The VS Code side: registers the preview and the commands, and starts the Derbes language server over IPC.
//
// Activation is kept cheap (VS Code waits for it: a command or a restored preview that activated us runs
// only after activate() returns). activate() registers the commands and the preview serializer and returns;
// the language client starts right after, in the background: vscode-languageclient is loaded only then
// (`require` below, not a top-level import; scripts/build.mjs bundles it as dist/languageclient.js and
// points this require there, so VS Code compiles only our own code at activation), and nothing waits for
// the server's spawn and initialize round trip. Whatever needs the server (the preview, export) awaits
// `ready`; a failed start is logged to the Derbes output channel and shown to the user, and `ready`
// rejects with it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview';
// how the server process runs in an editor: a small young generation and few malloc arenas keep about
// 30 MiB less with a large policy open (BENCHMARKS.md)
import serverProcess from '../../server/src/serverProcess.json';

let ready: Promise<LanguageClient> | undefined;
let deactivated = false;

export function activate(context: vscode.ExtensionContext): void {
  deactivated = false;
  const output = vscode.window.createOutputChannel('Derbes', { log: true });
  context.subscriptions.push(output);
  ready = new Promise<LanguageClient>((resolve, reject) => {
    // after activate() has returned: VS Code records the activation and goes on
    setImmediate(() => startClient(context, output).then(resolve, reject));
  });
  ready.catch(() => undefined); // reported in startClient; the preview and export see the rejection when they await it
  registerPreview(context, ready);
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LanguageClient> {
  let created: LanguageClient;
  try {
    if (deactivated) throw new Error('the extension was deactivated before the language client started');
    // dist/languageclient.js in the bundle (scripts/build.mjs): compiled here, after the activation
    const lc = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: lc.TransportKind.ipc, options: { ...serverProcess.editor } },
      debug: { module: serverModule, transport: lc.TransportKind.ipc, options: { ...serverProcess.editor, execArgv: [...serverProcess.editor.execArgv, '--nolazy', '--inspect=6019'] } },
    };
    const config = vscode.workspace.getConfiguration('derbes');
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'derbes' }],
      initializationOptions: { locale: config.get<string>('locale', 'auto') },
      synchronize: { configurationSection: 'derbes' },
      outputChannel: output,
    };
    created = new lc.LanguageClient('derbes', 'Derbes', serverOptions, clientOptions);
  } catch (error) {
    reportStartFailure(output, error, true);
    throw error;
  }
  try {
    await created.start();
  } catch (error) {
    // vscode-languageclient has already written the details to the output channel and shown
    // "Derbes client: couldn't create connection to server"; say what it means here, without a second toast
    reportStartFailure(output, error, false);
    throw error;
  }
  return created;
}

function reportStartFailure(output: vscode.LogOutputChannel, error: unknown, notify: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  output.error(`The Derbes language server did not start: ${message}. Diagnostics, completion, the preview and export need it; reload the window to try again.`);
  if (error instanceof Error && error.stack) output.error(error.stack);
  if (!notify || deactivated) return;
  const show = vscode.l10n.t('Show Output');
  void vscode.window.showErrorMessage(vscode.l10n.t('The Derbes language server did not start: {0}', message), show).then(choice => {
    if (choice === show) output.show();
  });
}

export async function deactivate(): Promise<void> {
  deactivated = true;
  // a start still under way is given a moment to finish, so that the server is shut down, not orphaned
  const started = await Promise.race([ready?.catch(() => undefined), new Promise<undefined>(r => setTimeout(r, 2000))]);
  if (started?.isRunning()) await started.stop();
}
