// Diagnostics: pulled (textDocument/diagnostic) when the client supports it, pushed otherwise.
// Either way they are computed as soon as a change arrives: no debounce.
import { DiagnosticRefreshRequest, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureRegistrar, ServerContext } from './context';

export function publishDiagnostics(ctx: ServerContext, document: TextDocument): void {
  ctx.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: ctx.service.getDiagnostics(document, ctx.locale()) });
}

export const usesPullDiagnostics = (ctx: Pick<ServerContext, 'client'>) => !!ctx.client.textDocument?.diagnostic;

export function refreshAllDiagnostics(ctx: ServerContext): void {
  if (usesPullDiagnostics(ctx)) void ctx.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  else ctx.documents.all().forEach(d => publishDiagnostics(ctx, d));
}

export const registerDiagnostics: FeatureRegistrar = ctx => {
  const pull = usesPullDiagnostics(ctx);
  ctx.connection.languages.diagnostics.on(async (params, token) => {
    // the clause libraries are read when the server starts: the first pulls wait for them
    await ctx.service.libraries.whenLoaded();
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: ctx.service.getDiagnostics(document, ctx.locale()) };
  });
  if (!pull) ctx.documents.onDidChangeContent(({ document }) => publishDiagnostics(ctx, document));
  ctx.documents.onDidClose(({ document }) => {
    ctx.service.close(document.uri);
    if (!pull) ctx.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  return pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {};
};
