// Go to definition: from a reference to the id it names (data items, purposes, processors,
// clauses, terms), and from `use:` to the library clause's file.
import type { Location, Position, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyAnalysis } from '../model/analysis';
import { locate } from '../model/position';
import type { IdSpace } from '../schema/types';
import type { ClauseDefinition } from '../clauses/types';
import type { LanguageService } from './languageService';
import { uriOf } from './workspaceIndex';

/** What names something at an offset: a policy id (declared or referenced), or a library clause. */
export type SymbolAt =
  | { kind: 'id'; space: IdSpace; id: string; start: number; end: number; declaration: boolean }
  | { kind: 'clause'; id: string; start: number; end: number };

export function symbolAt(analysis: PolicyAnalysis, offset: number): SymbolAt | undefined {
  const { hit } = locate(analysis, offset);
  if (!hit) return undefined;
  if (hit.kind === 'key') {
    const parent = hit.parent.schema;
    if (parent?.kind === 'map') return { kind: 'id', space: parent.declares, id: hit.name, start: hit.start, end: hit.end, declaration: true };
    return undefined;
  }
  if (hit.kind !== 'value' || hit.node.value === null || hit.node.value === undefined) return undefined;
  const value = String(hit.node.value);
  const [start, end] = [hit.start, hit.end];
  const schema = hit.schema;
  if (schema?.kind === 'ref') return { kind: 'id', space: schema.to, id: value, start, end, declaration: false };
  if (schema?.kind === 'string' && schema.declares) return { kind: 'id', space: schema.declares, id: value, start, end, declaration: true };
  if (schema?.kind === 'string' && schema.format === 'clause-ref') return { kind: 'clause', id: value, start, end };
  return undefined;
}

export function rangeIn(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** Where a library clause is declared: its file and the range of its id. */
export function clauseLocation(clause: ClauseDefinition): Location {
  const file = TextDocument.create(uriOf(clause.path), 'yaml', 0, clause.source);
  return { uri: file.uri, range: rangeIn(file, clause.idRange[0], clause.idRange[1]) };
}

export function getDefinition(service: LanguageService, document: TextDocument, position: Position): Location[] {
  const { analysis } = service.analyze(document);
  const symbol = symbolAt(analysis, document.offsetAt(position));
  if (!symbol) return [];
  if (symbol.kind === 'clause') {
    const clause = service.libraries.get(symbol.id);
    return clause ? [clauseLocation(clause)] : [];
  }
  return analysis.declared
    .filter(d => d.space === symbol.space && d.id === symbol.id)
    .slice(0, 1)
    .map(d => ({ uri: document.uri, range: rangeIn(document, d.start, d.end) }));
}
