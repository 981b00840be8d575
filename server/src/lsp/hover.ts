// textDocument/hover → service/hover.ts
import type { FeatureRegistrar } from './context';
import { getHover } from '../service/hover';

export const registerHover: FeatureRegistrar = ctx => {
  ctx.connection.onHover(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getHover(ctx.service, document, params.position, ctx.locale()) : null;
  });
  return { hoverProvider: true };
};
