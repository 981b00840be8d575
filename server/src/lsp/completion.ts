// textDocument/completion → service/completion.ts
import type { FeatureRegistrar } from './context';
import { getCompletions } from '../service/completion';

export const registerCompletion: FeatureRegistrar = ctx => {
  ctx.connection.onCompletion(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const snippets = ctx.client.textDocument?.completion?.completionItem?.snippetSupport ?? false;
    return getCompletions(ctx.service, document, params.position, { locale: ctx.locale(), snippets });
  });
  return { completionProvider: { triggerCharacters: [':', ' ', '-', '[', ',', '{', '/'], resolveProvider: false } };
};
