// A minimal LSP client that starts the bundled language server as a child process, so
// `derbes check` sees exactly what the editor sees.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, type Diagnostic, type DocumentDiagnosticReport, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import type { Locale } from '../i18n/locale';
// the node flags and environment of a batch run (none differ from node's defaults yet: a larger young
// generation saved CPU in process but not in a whole check, see BENCHMARKS.md)
import serverProcess from '../serverProcess.json';

export interface ServerProcess {
  connection: MessageConnection;
  child: ChildProcess;
  /** diagnostics the server pushed on files it read itself (derbes.config.yaml, clause files), by URI */
  pushed: Map<string, Diagnostic[]>;
}

/** dist/cli.js and dist/server.js sit side by side */
export const SERVER_MODULE = join(__dirname, 'server.js');

export async function startServerProcess(locale: Locale, rootUri: string | null): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...serverProcess.check.execArgv, SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...serverProcess.check.env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, Diagnostic[]>();
  // by method name: vscode-jsonrpc's and the protocol package's message types are distinct declarations
  connection.onNotification(PublishDiagnosticsNotification.method, ({ uri, diagnostics }: PublishDiagnosticsParams) => { pushed.set(uri, diagnostics); });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    locale,
    initializationOptions: { locale },
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { connection, child, pushed };
}

/** Opens the document, pulls its diagnostics, closes it. */
export async function diagnose(server: ServerProcess, uri: string, text: string): Promise<Diagnostic[]> {
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'derbes', version: 1, text } });
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return report.kind === 'full' ? report.items : [];
}

export async function stopServerProcess(server: ServerProcess): Promise<void> {
  await server.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
  await server.connection.sendNotification(ExitNotification.type).catch(() => undefined);
  server.connection.dispose();
  await new Promise<void>(resolve => {
    if (server.child.exitCode !== null) return resolve();
    const timer = setTimeout(() => { server.child.kill(); resolve(); }, 2000);
    server.child.once('exit', () => { clearTimeout(timer); resolve(); });
  });
}
