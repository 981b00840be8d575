// What every LSP feature registrar gets: the connection, the open documents, the language
// service, and the user's locale. Each feature lives in its own file in lsp/ and is listed in features.ts.
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import type { LanguageService } from '../service/languageService';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  locale(): Locale;
  client: ClientCapabilities;
  /** re-publish or ask the client to re-pull diagnostics (after settings, config or library changes) */
  refreshDiagnostics(): void;
}

/** Registers handlers and returns the capabilities the feature adds to the initialize result. */
export type FeatureRegistrar = (ctx: ServerContext) => ServerCapabilities;
