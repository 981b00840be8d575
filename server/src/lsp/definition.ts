// textDocument/definition → service/definition.ts
import type { FeatureRegistrar } from './context';
import { getDefinition } from '../service/definition';

export const registerDefinition: FeatureRegistrar = ctx => {
  ctx.connection.onDefinition(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getDefinition(ctx.service, document, params.position) : [];
  });
  return { definitionProvider: true };
};
