// Starts the real bundled language server and speaks LSP to it, as an editor would.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type ClientCapabilities, type InitializeResult, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './policy';
import serverProcess from '../../server/src/serverProcess.json';

export const SERVER = join(ROOT, 'dist', 'server.js');

export interface TestClient {
  connection: MessageConnection;
  child: ChildProcess;
  initialize: InitializeResult;
  /** resolves with the next publishDiagnostics for `uri` (optionally of a given version) */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<number | null>;
}

export async function startClient(options: { transport?: 'stdio' | 'ipc'; capabilities?: ClientCapabilities; locale?: string; initializationOptions?: unknown } = {}): Promise<TestClient> {
  // the process as the VS Code client starts it: its node flags and environment
  const { execArgv, env } = serverProcess.editor;
  const child = options.transport === 'ipc'
    ? fork(SERVER, ['--node-ipc'], { execArgv, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
    : spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = options.transport === 'ipc'
    ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, params => {
    const i = waiting.findIndex(w => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(params);
  });
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, locale: options.locale ?? 'en', capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection, child, initialize,
    nextDiagnostics: (uri, version) => new Promise(resolve => waiting.push({ uri, version, resolve })),
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await new Promise<number | null>(resolve => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', c => resolve(c))));
      connection.dispose();
      return code;
    },
  };
}
