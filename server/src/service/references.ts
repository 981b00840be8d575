// Find references: every use of a data item, purpose, processor, clause or term in the policy;
// for a library clause, every `use:` of it in all the workspace's policies and its declaration.
import type { Location, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyAnalysis } from '../model/analysis';
import { clauseUses } from './clauseChecks';
import { clauseLocation, rangeIn, symbolAt } from './definition';
import type { LanguageService } from './languageService';
import { policyIndex } from './workspaceIndex';

/** Offsets of the `use:` values naming a library clause in one policy. */
export function clauseUseRanges(analysis: PolicyAnalysis, id: string): { start: number; end: number }[] {
  return clauseUses(analysis).filter(u => u.use === id && u.useSpan).map(u => u.useSpan!);
}

export async function getReferences(service: LanguageService, document: TextDocument, position: Position, includeDeclaration: boolean): Promise<Location[]> {
  const { analysis } = service.analyze(document);
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return [];
  if (symbol.kind === 'id') {
    const out: Location[] = [];
    if (includeDeclaration) for (const d of analysis.declared) if (d.space === symbol.space && d.id === symbol.id) out.push({ uri: document.uri, range: rangeIn(document, d.start, d.end) });
    for (const r of analysis.refs) if (r.space === symbol.space && r.id === symbol.id) out.push({ uri: document.uri, range: rangeIn(document, r.start, r.end) });
    return out;
  }
  const out: Location[] = [];
  const clause = service.libraries.get(symbol.id);
  if (includeDeclaration && clause) out.push(clauseLocation(clause));
  for (const policy of await policyIndex(service).all()) {
    const ranges = clauseUseRanges(policy.analysis, symbol.id);
    if (!ranges.length) continue;
    const doc = policy.uri === document.uri ? document : TextDocument.create(policy.uri, 'derbes', 0, policy.text);
    for (const r of ranges) out.push({ uri: policy.uri, range: rangeIn(doc, r.start, r.end) });
  }
  return out;
}
