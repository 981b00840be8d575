// textDocument/prepareRename and textDocument/rename → service/rename.ts
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { FeatureRegistrar } from './context';
import { getRename, prepareRename } from '../service/rename';

export const registerRename: FeatureRegistrar = ctx => {
  ctx.connection.onPrepareRename(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = prepareRename(ctx.service, document, params.position, ctx.locale());
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return result;
  });
  ctx.connection.onRenameRequest(async params => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = await getRename(ctx.service, document, params.position, params.newName, ctx.locale());
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, String(result.error));
    return result;
  });
  return { renameProvider: ctx.client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true };
};
