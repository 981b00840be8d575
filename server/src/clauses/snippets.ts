// VS Code snippets for the standard clauses, generated from the std library so the wording exists
// once: each inserts the clause as a free clause (id, section, kk/ru title and text), with its
// parameters as tabstops shared by both languages (e.g. the pre-trial claim's number of days).
import { formatParam } from './fill';
import { parseDuration } from './parse';
import { findPlaceholders } from '../schema/placeholders';
import type { ClauseDefinition } from './types';

export interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

const esc = (s: string) => s.replace(/[\\$}]/g, m => '\\' + m);

/** A clause text with each parameter as a tabstop; a period's count is the tabstop, its unit words stay. */
function textWithStops(clause: ClauseDefinition, lang: 'kk' | 'ru', stops: Map<string, number>): string {
  const source = clause.text[lang] ?? '';
  let out = '';
  let at = 0;
  for (const use of findPlaceholders(source)) {
    const param = clause.params.find(p => p.name === use.name);
    if (!param) continue;
    out += esc(source.slice(at, use.index));
    at = use.index + use.raw.length;
    const n = stops.get(param.name)!;
    const value = param.default;
    if (param.type === 'duration' && typeof value === 'string' && parseDuration(value)) {
      const d = parseDuration(value)!;
      const words = formatParam(param, value, lang, use.kase);
      out += words.startsWith(String(d.count)) ? `\${${n}:${d.count}}${esc(words.slice(String(d.count).length))}` : `\${${n}:${esc(words)}}`;
    } else if (value !== undefined && typeof value !== 'object') {
      out += `\${${n}:${esc(formatParam(param, value, lang, use.kase))}}`;
    } else {
      out += `\${${n}:${param.name}}`;
    }
  }
  return out + esc(source.slice(at));
}

export function clauseSnippet(clause: ClauseDefinition): Snippet {
  const localId = clause.id.slice(clause.library.length + 1);
  const stops = new Map(clause.params.map((p, i) => [p.name, i + 2]));
  const body = [`- id: \${1:${localId}}`];
  if (clause.section) body.push(`  section: ${clause.section}`);
  if (clause.title) body.push('  title:', ...(['kk', 'ru'] as const).filter(l => clause.title?.[l]).map(l => `    ${l}: ${esc(clause.title![l]!)}`));
  body.push('  text:');
  for (const lang of ['kk', 'ru'] as const) {
    if (!clause.text[lang]) continue;
    body.push(`    ${lang}: |-`, ...textWithStops(clause, lang, stops).split('\n').map(line => (line ? `      ${line}` : '')));
  }
  body.push('$0');
  const firstWord = (s: string | undefined) => s?.split(/\s+/)[0]?.toLowerCase();
  const prefix = [`clause-${localId}`, localId, firstWord(clause.title?.kk), firstWord(clause.title?.ru)].filter((x, i, all): x is string => !!x && all.indexOf(x) === i);
  const description = [clause.title?.kk, clause.title?.ru].filter(Boolean).join(' / ') + (clause.description?.en ? ` — ${clause.description.en}` : '');
  return { prefix, description, body };
}

/** Snippet name → snippet, for every std clause. */
export function clauseSnippets(clauses: Iterable<ClauseDefinition>): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const c of [...clauses].sort((a, b) => a.id.localeCompare(b.id))) out[`Clause: ${c.id}`] = clauseSnippet(c);
  return out;
}
