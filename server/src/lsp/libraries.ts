// Clause libraries in the server: indexed when the server starts, re-indexed when a configuration,
// clause or package file changes (workspace/didChangeWatchedFiles), with the problems of clause files
// published on those files (the configuration file's are published with the rule settings' ones).
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILES } from '../clauses/types';
import { toDiagnostics } from '../service/diagnostics';
import { pathOf, policyIndex } from '../service/workspaceIndex';
import type { FeatureRegistrar, ServerContext } from './context';
import { onWatchedFilesChanged } from './watchedFiles';

export const WATCHED = ['**/*.yaml', '**/*.yml', '**/package.json'];

function publishClauseFiles(ctx: ServerContext, published: Set<string>) {
  for (const [path, issues] of ctx.service.libraries.issues()) {
    if (CONFIG_FILES.includes(basename(path))) continue;
    const uri = pathToFileURL(path).href;
    if (issues.findings.length === 0) {
      if (published.delete(uri)) ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      continue;
    }
    published.add(uri);
    const document = TextDocument.create(uri, 'yaml', 0, issues.text);
    ctx.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(document, issues.findings, ctx.locale()) });
  }
}

export const registerLibraries: FeatureRegistrar = ctx => {
  const published = new Set<string>();
  const libraries = ctx.service.libraries;
  // nothing is sent to the client before it is initialised; the first opened document comes after that
  let open = false;
  let pending = false;
  const changed = () => {
    if (!open) { pending = true; return; }
    publishClauseFiles(ctx, published);
    ctx.refreshDiagnostics();
  };
  libraries.onDidChange(changed);
  ctx.documents.onDidOpen(() => {
    if (open) return;
    open = true;
    if (pending) changed();
  });
  void libraries.reload().catch(() => undefined);
  onWatchedFilesChanged(ctx, WATCHED, changes => {
    const paths = changes.map(c => pathOf(c.uri)).filter((p): p is string => p !== undefined);
    policyIndex(ctx.service).invalidate(paths);
    void libraries.filesChanged(paths).catch(() => undefined);
  });
  return {};
};
