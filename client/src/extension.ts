// The VS Code side: starts the Derbes language server over IPC and hands it policy documents.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const config = vscode.workspace.getConfiguration('derbes');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'derbes' }],
    initializationOptions: { locale: config.get<string>('locale', 'auto') },
    synchronize: { configurationSection: 'derbes' },
  };
  client = new LanguageClient('derbes', 'Derbes', serverOptions, clientOptions);
  registerPreview(context, client);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
