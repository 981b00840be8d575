// textDocument/completion and completionItem/resolve → service/completion.ts
import type { FeatureRegistrar } from './context';
import { getCompletions, resolveCompletion, type CompletionOptions } from '../service/completion';

export const registerCompletion: FeatureRegistrar = ctx => {
  // what the client can do decides the shape of the list, once per session
  const completion = ctx.client.textDocument?.completion;
  const lazy = new Set(completion?.completionItem?.resolveSupport?.properties ?? []);
  const options: Omit<CompletionOptions, 'locale'> = {
    snippets: completion?.completionItem?.snippetSupport ?? false,
    // documentation and detail only for a client that says it fetches them (VS Code, nvim-cmp);
    // one that never resolves (Neovim's omnifunc) gets them in the list
    resolve: { documentation: lazy.has('documentation'), detail: lazy.has('detail') },
    itemDefaults: completion?.completionList?.itemDefaults ?? [],
  };
  ctx.connection.onCompletion(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    return getCompletions(ctx.service, document, params.position, { ...options, locale: ctx.locale() });
  });
  ctx.connection.onCompletionResolve(item => resolveCompletion(ctx.service, item, ctx.locale()));
  return { completionProvider: { triggerCharacters: [':', ' ', '-', '[', ',', '{', '/'], resolveProvider: true } };
};
