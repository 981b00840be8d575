// Document symbols (the outline and breadcrumbs): the top-level sections with their meaning in the
// user's language, the ids of data items, purposes, processors and terms with their categories,
// transfers and clauses with their kk/ru titles, and the keys of object sections. Built from the
// spans the analysis keeps per piece, so no YAML is parsed again.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import type { PlacedPiece, PlacedSection, PolicyAnalysis } from '../model/analysis';
import { policySchema } from '../schema/policy';
import type { SchemaNode, Text } from '../schema/types';
import { entry } from '../taxonomy/taxonomy';
import type { LanguageService } from './languageService';

const KIND: Record<string, SymbolKind> = {
  object: SymbolKind.Module, map: SymbolKind.Namespace, array: SymbolKind.Array, text: SymbolKind.String,
  enum: SymbolKind.EnumMember, boolean: SymbolKind.Boolean, integer: SymbolKind.Number, duration: SymbolKind.Number,
  string: SymbolKind.String, ref: SymbolKind.Key, params: SymbolKind.Object,
};

/** End of the last line with content before `end` (skips trailing blank and comment lines). */
export function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(text[e - 1])) e--;
    const lineStart = text.lastIndexOf('\n', e - 1) + 1;
    if (e > start && lineStart > start && /^\s*#/.test(text.slice(lineStart, e))) { e = lineStart; continue; }
    return Math.max(e, start);
  }
}

const textTitle = (t: Text | undefined, locale: Locale) => (t ? [t.kk, t.ru].filter(Boolean).join(' · ') || t[locale] || '' : '');

function entryDetail(space: string, value: Record<string, unknown> | undefined, locale: Locale): string {
  if (!value) return '';
  if (space === 'data') return entry('data-categories', value.category as string)?.[locale] ?? '';
  if (space === 'purposes') return entry('purpose-categories', value.category as string)?.[locale] ?? '';
  if (space === 'processors') return [value.name, entry('processor-services', value.service as string)?.[locale]].filter(Boolean).join(' — ');
  if (space === 'terms') return textTitle(value.term as Text, locale);
  return '';
}

function itemName(key: string, value: Record<string, unknown> | undefined, index: number, locale: Locale): { name: string; detail: string } {
  if (key === 'clauses') {
    const name = (value?.id as string) ?? (value?.use as string) ?? `#${index + 1}`;
    return { name, detail: textTitle(value?.title as Text, locale) || (value?.use && value?.id ? String(value.use) : '') };
  }
  if (key === 'transfers') {
    const to = value?.to as string | undefined;
    return { name: `#${index + 1} ${to ?? ''}`.trim(), detail: entry('recipient-kinds', to)?.[locale] ?? '' };
  }
  if (key === 'legal-references') {
    const act = value?.act as string | undefined;
    return { name: `#${index + 1} ${act ?? ''}`.trim(), detail: (entry('acts', act)?.[locale] as string) ?? '' };
  }
  return { name: `#${index + 1}`, detail: '' };
}

export function getDocumentSymbols(service: LanguageService, document: TextDocument, locale: Locale): DocumentSymbol[] {
  const { analysis } = service.analyze(document);
  const text = analysis.text;
  const range = (s: number, e: number) => ({ start: document.positionAt(s), end: document.positionAt(Math.max(s, e)) });
  const out: DocumentSymbol[] = [];
  for (const section of analysis.sections) {
    if (section.key === undefined || section.documentMarker) continue;
    const field = policySchema.fields[section.key as keyof typeof policySchema.fields];
    const schema = field?.node as SchemaNode | undefined;
    const end = contentEnd(text, section.start, section.end);
    const symbol: DocumentSymbol = {
      name: section.key, detail: field?.doc[locale] ?? '', kind: KIND[schema?.kind ?? ''] ?? SymbolKind.Property,
      range: range(section.start, end), selectionRange: range(section.keyStart, section.keyEnd), children: [],
    };
    symbol.children = section.split ? splitChildren(section, analysis, locale, range) : wholeChildren(section, schema, analysis, locale, range);
    out.push(symbol);
  }
  return out;
}

type RangeOf = (s: number, e: number) => DocumentSymbol['range'];

function splitChildren(section: PlacedSection, analysis: PolicyAnalysis, locale: Locale, range: RangeOf): DocumentSymbol[] {
  const key = section.key!;
  const schema = section.field;
  return section.pieces.map((piece, index) => {
    const spanKey = schema?.kind === 'map' ? piece.parsed.id ?? '' : '';
    const s = piece.parsed.facts.spans.get(spanKey);
    const start = piece.start + (s ? s[0] : 0);
    const end = contentEnd(analysis.text, start, piece.end);
    const value = piece.parsed.value as Record<string, unknown> | undefined;
    const { name, detail } = schema?.kind === 'map'
      ? { name: piece.parsed.id ?? '?', detail: entryDetail(schema.declares, value, locale) }
      : itemName(key, value, index, locale);
    const selection = s ? range(piece.start + s[0], piece.start + (schema?.kind === 'map' ? s[1] : Math.min(s[3], s[0] + name.length))) : range(start, start);
    return { name, detail, kind: schema?.kind === 'map' ? SymbolKind.Key : SymbolKind.Struct, range: range(start, end), selectionRange: selection, children: [] };
  }).filter(x => x.name !== '');
}

function wholeChildren(section: PlacedSection, schema: SchemaNode | undefined, analysis: PolicyAnalysis, locale: Locale, range: RangeOf): DocumentSymbol[] {
  const piece: PlacedPiece | undefined = section.pieces[0];
  if (!piece || !schema) return [];
  const key = section.key!;
  const out: DocumentSymbol[] = [];
  const value = piece.parsed.value as Record<string, unknown> | unknown[] | undefined;
  for (const [path, s] of piece.parsed.facts.spans) {
    const rest = path.slice(key.length + 1);
    if (!path.startsWith(key + '/') || rest === '' || rest.includes('/')) continue;
    const start = piece.start + s[0];
    const end = piece.start + Math.max(s[1], s[3]);
    if (schema.kind === 'object') {
      const f = schema.fields[rest];
      if (!f) continue;
      out.push({ name: rest, detail: f.doc[locale], kind: KIND[f.node.kind] ?? SymbolKind.Property, range: range(start, end), selectionRange: range(start, piece.start + s[1]), children: [] });
    } else if (schema.kind === 'map') {
      out.push({ name: rest, detail: entryDetail(schema.declares, (value as Record<string, Record<string, unknown>> | undefined)?.[rest], locale), kind: SymbolKind.Key, range: range(start, end), selectionRange: range(start, piece.start + s[1]), children: [] });
    } else if (schema.kind === 'array' && schema.items.kind === 'object') {
      const i = Number(rest);
      const { name, detail } = itemName(key, (value as Record<string, unknown>[] | undefined)?.[i], i, locale);
      out.push({ name, detail, kind: SymbolKind.Struct, range: range(start, end), selectionRange: range(start, start), children: [] });
    }
  }
  return out;
}
