// LSP wiring only: the language service does the work, feature files in lsp/ connect it.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocale, type Locale } from './i18n/locale';
import { createLanguageService } from './service/languageService';
import type { ServerContext } from './lsp/context';
import { refreshAllDiagnostics } from './lsp/diagnostics';
import { FEATURES } from './lsp/features';
import { RulesConfigStore, uriToPath } from './config/store';
import { registerRulesConfig } from './lsp/rulesConfig';
import { FsWorkspace } from './lsp/fsWorkspace';

export interface ServerSettings {
  locale?: 'auto' | Locale;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // rule severities from derbes.config.yaml: the same store serves the editor and `derbes check`
  const rulesConfig = new RulesConfigStore();
  const service = createLanguageService({ severityFor: uri => rulesConfig.severityFor(uri) });
  let clientLocale: Locale = 'en';
  let settings: ServerSettings = {};

  const ctx: ServerContext = {
    connection, documents, service, client: {},
    locale: () => (settings.locale && settings.locale !== 'auto' ? settings.locale : clientLocale),
    refreshDiagnostics: () => refreshAllDiagnostics(ctx),
  };

  connection.onInitialize(params => {
    clientLocale = toLocale(params.locale);
    settings = { ...(params.initializationOptions as ServerSettings | undefined) };
    ctx.client = params.capabilities;
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    rulesConfig.setRoots(folders.map(uriToPath).filter((p): p is string => p !== undefined));
    // clause libraries and workspace-wide features read files through this, inside the folders only
    service.workspace = new FsWorkspace(folders.map(uriToPath).filter((p): p is string => p !== undefined));
    const capabilities = Object.assign({}, ...[...FEATURES, registerRulesConfig(rulesConfig)].map(register => register(ctx)));
    return {
      capabilities: { ...capabilities, textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      serverInfo: { name: 'derbes-language-server', version: '0.1.0' },
    };
  });

  async function pullSettings() {
    if (!ctx.client.workspace?.configuration) return;
    const config = (await connection.workspace.getConfiguration('derbes').catch(() => null)) as ServerSettings | null;
    if (config) settings = { ...settings, locale: config.locale };
  }

  connection.onInitialized(() => void pullSettings());
  connection.onDidChangeConfiguration(async change => {
    const pushed = (change.settings as { derbes?: ServerSettings } | null)?.derbes;
    if (pushed) settings = { ...settings, ...pushed };
    else await pullSettings();
    ctx.refreshDiagnostics();
  });

  documents.listen(connection);
  connection.listen();
}

// the transport (--stdio, --node-ipc, --socket=N) comes from the command line
startServer(createConnection(ProposedFeatures.all));
