// textDocument/selectionRange → service/selectionRanges.ts
import type { FeatureRegistrar } from './context';
import { getSelectionRanges } from '../service/selectionRanges';

export const registerSelectionRanges: FeatureRegistrar = ctx => {
  ctx.connection.onSelectionRanges(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getSelectionRanges(ctx.service, document, params.positions) : [];
  });
  return { selectionRangeProvider: true };
};
