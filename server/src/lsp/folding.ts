// textDocument/foldingRange → service/folding.ts
import type { FeatureRegistrar } from './context';
import { getFoldingRanges } from '../service/folding';

export const registerFolding: FeatureRegistrar = ctx => {
  ctx.connection.onFoldingRanges(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getFoldingRanges(ctx.service, document) : [];
  });
  return { foldingRangeProvider: true };
};
