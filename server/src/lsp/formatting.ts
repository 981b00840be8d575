// textDocument/formatting → service/formatting.ts. `derbes.format.orderSections` (a setting) puts the
// top-level sections in the canonical order.
import type { FeatureRegistrar } from './context';
import { getFormattingEdits } from '../service/formatting';

export const registerFormatting: FeatureRegistrar = ctx => {
  ctx.connection.onDocumentFormatting(async params => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return [];
    let orderSections = false;
    if (ctx.client.workspace?.configuration) {
      const setting = await ctx.connection.workspace.getConfiguration({ scopeUri: document.uri, section: 'derbes.format' }).catch(() => undefined) as { orderSections?: boolean } | undefined;
      orderSections = setting?.orderSections === true;
    }
    return getFormattingEdits(ctx.service, document, { tabSize: params.options.insertSpaces ? params.options.tabSize : 2, orderSections });
  });
  return { documentFormattingProvider: true };
};
