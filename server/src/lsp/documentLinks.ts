// textDocument/documentLink → service/documentLinks.ts
import type { FeatureRegistrar } from './context';
import { getDocumentLinks } from '../service/documentLinks';

export const registerDocumentLinks: FeatureRegistrar = ctx => {
  ctx.connection.onDocumentLinks(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getDocumentLinks(document) : [];
  });
  return { documentLinkProvider: { resolveProvider: false } };
};
