// textDocument/documentSymbol → service/symbols.ts (outline, breadcrumbs)
import type { FeatureRegistrar } from './context';
import { getDocumentSymbols } from '../service/symbols';

export const registerSymbols: FeatureRegistrar = ctx => {
  ctx.connection.onDocumentSymbol(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getDocumentSymbols(ctx.service, document, ctx.locale()) : [];
  });
  return { documentSymbolProvider: { label: 'Derbes' } };
};
