// textDocument/references → service/references.ts
import type { FeatureRegistrar } from './context';
import { getReferences } from '../service/references';

export const registerReferences: FeatureRegistrar = ctx => {
  ctx.connection.onReferences(async params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getReferences(ctx.service, document, params.position, params.context.includeDeclaration) : [];
  });
  return { referencesProvider: true };
};
