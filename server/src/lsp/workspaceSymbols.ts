// workspace/symbol → service/workspaceSymbols.ts
import type { FeatureRegistrar } from './context';
import { getWorkspaceSymbols } from '../service/workspaceSymbols';

export const registerWorkspaceSymbols: FeatureRegistrar = ctx => {
  ctx.connection.onWorkspaceSymbol(params => getWorkspaceSymbols(ctx.service, params.query, ctx.locale()));
  return { workspaceSymbolProvider: true };
};
