// Workspace symbols: the ids every policy in the workspace declares (data items, purposes,
// processors, clauses, terms) and the team's library clauses, matched by id or by label.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import { entry } from '../taxonomy/taxonomy';
import { clauseLocation } from './definition';
import type { LanguageService } from './languageService';
import { policyIndex } from './workspaceIndex';

const KIND: Record<string, SymbolKind> = { data: SymbolKind.Field, purposes: SymbolKind.Event, processors: SymbolKind.Class, clauses: SymbolKind.Module, terms: SymbolKind.Constant };

/** Case-insensitive subsequence match, as editors filter symbols. */
export function matches(query: string, ...candidates: (string | undefined)[]): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  return candidates.some(c => {
    if (!c) return false;
    const s = c.toLowerCase();
    let i = 0;
    for (const ch of s) if (ch === q[i] && ++i === q.length) return true;
    return false;
  });
}

export async function getWorkspaceSymbols(service: LanguageService, query: string, locale: Locale): Promise<SymbolInformation[]> {
  const out: SymbolInformation[] = [];
  for (const policy of await policyIndex(service).all()) {
    const doc = TextDocument.create(policy.uri, 'derbes', 0, policy.text);
    const p = policy.analysis.policy as Record<string, unknown>;
    for (const d of policy.analysis.declared) {
      const item = (p[d.space] as Record<string, Record<string, unknown>> | undefined)?.[d.id];
      const tax = d.space === 'data' ? 'data-categories' : d.space === 'purposes' ? 'purpose-categories' : undefined;
      const e = tax ? entry(tax, item?.category as string | undefined) : undefined;
      if (!matches(query, d.id, e?.kk, e?.ru, e?.en)) continue;
      out.push({
        name: d.id, kind: KIND[d.space] ?? SymbolKind.Key, containerName: `${d.space}${e ? ` — ${e[locale]}` : ''}`,
        location: { uri: policy.uri, range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) } },
      });
    }
  }
  for (const clause of service.libraries.all()) {
    if (clause.builtIn || !matches(query, clause.id, clause.title?.kk, clause.title?.ru)) continue;
    out.push({ name: clause.id, kind: SymbolKind.Module, containerName: clause.title?.[locale === 'en' ? 'ru' : locale] ?? clause.library, location: clauseLocation(clause) });
  }
  return out;
}
