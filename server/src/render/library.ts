// The bridge from the clause libraries (server/src/clauses) to the renderer: a ClauseResolver that
// finds a library clause and fills its parameters, leaving the policy's own placeholders.
import { fillClauseText } from '../clauses/fill';
import type { ClauseDefinition } from '../clauses/types';
import type { ClauseResolver } from './types';

export interface ClauseIndex {
  get(id: string): ClauseDefinition | undefined;
}

export function libraryResolver(index: ClauseIndex): ClauseResolver {
  return (ref, params) => {
    const clause = index.get(ref);
    if (!clause) return undefined;
    return {
      title: clause.title,
      text: { kk: fillClauseText(clause, params, 'kk'), ru: fillClauseText(clause, params, 'ru') },
      section: clause.section,
    };
  };
}
