// The rule configuration in the server: derbes.config.yaml is found for each policy (its folder and up),
// its problems are published as diagnostics on the config file, and when it changes (watched through
// workspace/didChangeWatchedFiles) the caches are dropped and every policy's diagnostics refreshed.
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../service/diagnostics';
import { CONFIG_NAMES, uriToPath, type RulesConfigStore } from '../config/store';
import type { FeatureRegistrar, ServerContext } from './context';
import { onWatchedFilesChanged } from './watchedFiles';

/** Publishes the problems of every config file read so far; clears those that went away or got clean. */
function publishConfigDiagnostics(ctx: ServerContext, store: RulesConfigStore, published: Map<string, string>) {
  const seen = new Set<string>();
  for (const loaded of store.loaded()) {
    const uri = pathToFileURL(loaded.path).href;
    seen.add(uri);
    const document = TextDocument.create(uri, 'yaml', 0, loaded.text);
    // the clause libraries report on the same file: publish both sets together
    const library = ctx.service.libraries?.issues().get(loaded.path);
    const findings = [...loaded.config.findings, ...(library && library.text === loaded.text ? library.findings : [])];
    const diagnostics = toDiagnostics(document, findings, ctx.locale());
    const key = JSON.stringify(diagnostics);
    if (published.get(uri) === key) continue;
    published.set(uri, key);
    ctx.connection.sendDiagnostics({ uri, diagnostics });
  }
  for (const uri of [...published.keys()]) {
    if (seen.has(uri)) continue;
    published.delete(uri);
    ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

export function registerRulesConfig(store: RulesConfigStore): FeatureRegistrar {
  return ctx => {
    const published = new Map<string, string>();
    const publish = () => publishConfigDiagnostics(ctx, store, published);
    ctx.documents.onDidOpen(({ document }) => {
      store.loadRoots();
      store.severityFor(document.uri);
      publish();
    });
    onWatchedFilesChanged(ctx, CONFIG_NAMES.map(n => `**/${n}`), changes => {
      const relevant = changes.some(c => CONFIG_NAMES.includes(basename(uriToPath(c.uri) ?? c.uri)));
      if (!relevant) return;
      store.invalidate();
      store.loadRoots();
      for (const d of ctx.documents.all()) store.severityFor(d.uri);
      publish();
      ctx.refreshDiagnostics();
    });
    ctx.service.libraries?.onDidChange(publish);
    return {};
  };
}
