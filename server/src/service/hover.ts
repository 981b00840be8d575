// Hover: what a key, a taxonomy value, an id or a library clause means, in the user's language with
// the other languages' labels and the law behind it (article, paragraph, confidence); on a
// diagnostic's range, the rule's explanation and a link to its documentation.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../i18n/locale';
import type { PolicyAnalysis } from '../model/analysis';
import { locate, PARAM_VALUE, TEXT_LANGUAGE, type Hit } from '../model/position';
import { findPlaceholders, PLACEHOLDERS } from '../schema/placeholders';
import { diagnosticInfo } from '../rules/registry';
import { citation, entry, formatCitation } from '../taxonomy/taxonomy';
import type { Finding } from '../model/finding';
import { messageOf, ruleDocUrl } from './diagnostics';
import { clauseMarkdown, entryMarkdown, fieldMarkdown, labels, lawLine, md, UI } from './describe';
import type { LanguageService } from './languageService';

export function getHover(service: LanguageService, document: TextDocument, position: Position, locale: Locale): Hover | null {
  const state = service.analyze(document);
  const analysis = state.analysis;
  const offset = document.offsetAt(position);
  const parts: string[] = [];
  let range: [number, number] | undefined;

  const located = locate(analysis, offset);
  const hit = located.hit;
  if (hit) {
    const text = describeHit(hit, analysis, service, offset, locale);
    if (text) {
      parts.push(text.markdown);
      range = text.range ?? [hit.start, hit.end];
    }
  }
  const diagnostics = diagnosticsAt(state.findings, offset, locale);
  if (diagnostics.markdown) {
    parts.unshift(diagnostics.markdown);
    range ??= diagnostics.range;
  }
  if (parts.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: range ? { start: document.positionAt(range[0]), end: document.positionAt(range[1]) } : undefined,
  };
}

function diagnosticsAt(findings: readonly Finding[], offset: number, locale: Locale): { markdown?: string; range?: [number, number] } {
  const seen = new Set<string>();
  const out: string[] = [];
  let range: [number, number] | undefined;
  for (const f of findings) {
    if (f.start > offset) break;
    if (offset > f.end || seen.has(f.code)) continue;
    seen.add(f.code);
    range ??= [f.start, f.end];
    const info = diagnosticInfo(f.code);
    const lines = [`**${UI.rule[locale]}: ${md(info?.name ?? f.code)}** (\`${f.code}\`)`, md(messageOf(info, f, locale))];
    const extras = info as unknown as Record<string, unknown> | undefined;
    const explanation = explanationOf(extras, locale);
    if (explanation) lines.push(md(explanation));
    const trigger = (extras?.trigger as Record<string, string> | undefined)?.[locale];
    if (trigger) lines.push(`_${UI.checks[locale]}: ${md(trigger)}_`);
    const since = extras?.since as { date?: string; note?: Record<string, string> } | undefined;
    if (since?.note?.[locale]) lines.push(`_${md(since.note[locale])}_`);
    for (const id of info?.citations ?? []) {
      const line = lawLine(id, locale);
      if (line) lines.push(line);
    }
    if (info && info.family !== 'core') lines.push(`[${UI.documentation[locale]}](${ruleDocUrl(f.code)})`);
    out.push(lines.join('\n\n'));
  }
  return { markdown: out.length ? out.join('\n\n') : undefined, range };
}

/** A rule's longer explanation, if its family gives one (a string or kk/ru/en). */
function explanationOf(info: Record<string, unknown> | undefined, locale: Locale): string | undefined {
  for (const key of ['explanation', 'description', 'rationale']) {
    const v = info?.[key];
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)[locale] === 'string') return (v as Record<string, string>)[locale];
  }
  return undefined;
}

function describeHit(hit: Hit, analysis: PolicyAnalysis, service: LanguageService, offset: number, locale: Locale): { markdown: string; range?: [number, number] } | undefined {
  const parentSchema = hit.parent.schema;
  if (hit.kind === 'key') {
    if (parentSchema?.kind === 'map') return { markdown: idMarkdown(analysis, parentSchema.declares, hit.name, locale) };
    if (hit.schema === TEXT_LANGUAGE) return { markdown: `**${hit.name}** — ${md(UI.languageText[hit.name][locale])}` };
    if (hit.schema === PARAM_VALUE) {
      const clause = clauseAt(analysis, service, hit.path);
      const param = clause?.params.find(p => p.name === hit.name);
      if (param) return { markdown: `**${md(param.name)}** (${param.type})${param.default !== undefined && typeof param.default !== 'object' ? ` = \`${String(param.default)}\`` : ''}\n\n${param.doc ? labels(param.doc, locale) : ''}` };
      return undefined;
    }
    if (hit.field) return { markdown: fieldMarkdown(hit.name, hit.field, locale) };
    return undefined;
  }
  if (hit.kind !== 'value') return undefined;
  const schema = hit.schema;
  const value = hit.node.value;
  if (value === null || value === undefined) return hit.field && hit.key ? { markdown: fieldMarkdown(hit.key, hit.field, locale) } : undefined;
  const s = String(value);
  if (schema === PARAM_VALUE && hit.key) return describeHit({ ...hit, kind: 'key', name: hit.key, pair: undefined } as Hit, analysis, service, offset, locale);
  if (schema?.kind === 'enum') {
    const e = entry(schema.taxonomy, s);
    if (e) return { markdown: entryMarkdown(schema.taxonomy, e, locale) + (hit.field && hit.key ? `\n\n_${md(hit.key)}: ${md(hit.field.doc[locale])}_` : '') };
    return hit.field && hit.key ? { markdown: fieldMarkdown(hit.key, hit.field, locale) } : undefined;
  }
  if (schema?.kind === 'ref') return { markdown: idMarkdown(analysis, schema.to, s, locale) };
  if (schema?.kind === 'string' && schema.format === 'clause-ref') {
    const clause = service.libraries.get(s);
    if (!clause) return hit.field ? { markdown: fieldMarkdown('use', hit.field, locale) } : undefined;
    return { markdown: clauseMarkdown(clause, givenParams(analysis, hit.path), locale) };
  }
  if (schema?.kind === 'string' && schema.declares) return { markdown: idMarkdown(analysis, schema.declares, s, locale) };
  if (schema === TEXT_LANGUAGE || schema?.kind === 'string') {
    // a {{placeholder}} under the cursor
    const source = analysis.text.slice(hit.start, hit.end);
    for (const use of findPlaceholders(source)) {
      const at = hit.start + use.index;
      if (offset < at || offset > at + use.raw.length) continue;
      const doc = PLACEHOLDERS[use.name];
      if (doc) return { markdown: `**{{${md(use.name)}${use.kase ? ':' + use.kase : ''}}}** — ${UI.placeholder[locale]}\n\n${labels(doc, locale)}`, range: [at, at + use.raw.length] };
    }
    if (schema === TEXT_LANGUAGE) return undefined;
  }
  if (hit.field && hit.key) return { markdown: fieldMarkdown(hit.key, hit.field, locale) };
  return undefined;
}

function clauseAt(analysis: PolicyAnalysis, service: LanguageService, path: readonly string[]) {
  if (path[0] !== 'clauses') return undefined;
  const use = (clauseValue(analysis, Number(path[1])) as { use?: string } | undefined)?.use;
  return use ? service.libraries.get(use) : undefined;
}

function clauseValue(analysis: PolicyAnalysis, index: number): unknown {
  const section = analysis.sections.find(s => s.key === 'clauses');
  return section?.split ? section.pieces[index]?.parsed.value : analysis.policy.clauses?.[index];
}

function givenParams(analysis: PolicyAnalysis, path: readonly string[]): Record<string, unknown> | undefined {
  return (clauseValue(analysis, Number(path[1])) as { with?: Record<string, unknown> } | undefined)?.with;
}

/** An id: what it is, its category, where it is declared and who uses it. */
export function idMarkdown(analysis: PolicyAnalysis, space: string, id: string, locale: Locale): string {
  const kind = UI.idSpace[space]?.[locale] ?? space;
  const lines = [`**${md(id)}** — ${md(kind)}`];
  const policy = analysis.policy as Record<string, unknown>;
  const item = (policy[space] as Record<string, Record<string, unknown>> | undefined)?.[id];
  if (space === 'data' || space === 'purposes') {
    const taxonomyName = space === 'data' ? 'data-categories' : 'purpose-categories';
    const e = entry(taxonomyName, item?.category as string | undefined);
    if (e) {
      lines.push(labels(e, locale));
      const law = e.law ? citation(e.law) : undefined;
      if (law) lines.push(`⚖ ${md(formatCitation(law, locale))}`);
    }
  } else if (space === 'processors' && item) {
    const service = entry('processor-services', item.service as string | undefined);
    lines.push(`${md(String(item.name ?? ''))}${service ? ` — ${md(service[locale])}` : ''}`);
  } else if (space === 'terms' && item) {
    const term = item.term as Record<string, string> | undefined;
    if (term) lines.push(labels(term, locale));
  } else if (space === 'clauses') {
    const clause = (analysis.policy.clauses ?? []).find(c => c.id === id);
    if (clause?.title) lines.push(labels(clause.title, locale));
  }
  const declared = analysis.declared.find(d => d.space === space && d.id === id);
  if (!declared) lines.push(`_${UI.undeclared[locale]}_`);
  if (space === 'data' || space === 'purposes' || space === 'processors') {
    const users = analysis.refs.filter(r => r.space === space && r.id === id).map(r => r.path?.split('/').slice(0, 2).join('/') ?? '');
    const unique = [...new Set(users)];
    if (unique.length) lines.push(`${UI.usedBy[locale]}: ${unique.map(u => `\`${md(u)}\``).join(', ')}`);
    else if (space === 'data' && declared) lines.push(`_${UI.notUsed[locale]}_`);
  }
  return lines.join('\n\n');
}
