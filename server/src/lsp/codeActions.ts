// textDocument/codeAction → service/codeActions.ts (quick fixes, fix-all)
import { CodeActionKind } from 'vscode-languageserver/node';
import type { FeatureRegistrar } from './context';
import { getCodeActions } from '../service/codeActions';

export const registerCodeActions: FeatureRegistrar = ctx => {
  ctx.connection.onCodeAction(params => {
    const document = ctx.documents.get(params.textDocument.uri);
    return document ? getCodeActions(ctx.service, document, params.range, params.context, ctx.locale()) : [];
  });
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, `${CodeActionKind.SourceFixAll}.derbes`] } };
};
