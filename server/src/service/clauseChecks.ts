// Checks a policy's library clauses against the library index: `use:` names a known clause, and
// `with:` gives every parameter without a default, no unknown one, each of the right type.
import { isMap, isScalar, type Node } from 'yaml';
import type { PolicyAnalysis } from '../model/analysis';
import type { Finding } from '../model/finding';
import { spanOf } from '../model/locate';
import { paramValueFits } from '../clauses/parse';
import type { ClauseLibraries } from '../clauses/libraries';
import type { ClauseDefinition } from '../clauses/types';
import { closest } from '../util/suggest';

export interface ClauseUse {
  /** index in `clauses:` */
  index: number;
  id?: string;
  use?: string;
  with?: Record<string, unknown>;
  useSpan?: { start: number; end: number };
}

/** The clauses of a policy with their `use:` and `with:` as written, by index. */
export function clauseUses(analysis: PolicyAnalysis): ClauseUse[] {
  const section = analysis.sections.find(s => s.key === 'clauses');
  if (!section) return [];
  const items: unknown[] = section.split
    ? section.pieces.map(p => p.parsed.value)
    : (Array.isArray(analysis.policy.clauses) ? analysis.policy.clauses : []);
  return items.map((value, index) => {
    const v = (value ?? {}) as { id?: string; use?: string; with?: Record<string, unknown> };
    const span = spanOf(analysis, `clauses/${index}/use`);
    return { index, id: v.id, use: v.use, with: v.with, useSpan: span && span.valueStart >= 0 ? { start: span.valueStart, end: span.valueEnd } : undefined };
  });
}

export function checkClauses(analysis: PolicyAnalysis, libraries: ClauseLibraries): Finding[] {
  const findings: Finding[] = [];
  for (const use of clauseUses(analysis)) {
    const at = (path: string) => {
      const s = spanOf(analysis, path);
      return s ? { start: s.keyStart, end: Math.max(s.keyEnd, s.keyStart + 1) } : undefined;
    };
    if (use.use === undefined) {
      if (use.with !== undefined) {
        const r = at(`clauses/${use.index}/with`);
        if (r) findings.push({ code: 'clause-with-without-use', ...r });
      }
      continue;
    }
    const clause = libraries.get(use.use);
    const valueRange = use.useSpan ?? at(`clauses/${use.index}/use`);
    if (!clause) {
      if (valueRange) findings.push({ code: 'unknown-clause', ...valueRange, args: { id: use.use, suggestion: closest(use.use, libraries.all().map(c => c.id)) ?? '' } });
      continue;
    }
    findings.push(...checkParams(analysis, use, clause, valueRange));
  }
  return findings;
}

function checkParams(analysis: PolicyAnalysis, use: ClauseUse, clause: ClauseDefinition, useRange: { start: number; end: number } | undefined): Finding[] {
  const findings: Finding[] = [];
  const given = use.with ?? {};
  const names = clause.params.map(p => p.name);
  for (const [name, value] of Object.entries(given)) {
    const param = clause.params.find(p => p.name === name);
    const span = spanOf(analysis, `clauses/${use.index}/with/${name}`);
    if (!param) {
      if (span) findings.push({ code: 'clause-param-unknown', start: span.keyStart, end: span.keyEnd, args: { id: clause.id, param: name, suggestion: closest(name, names) ?? '' } });
      continue;
    }
    if (!paramValueFits(param.type, value)) {
      const start = span && span.valueStart >= 0 ? span.valueStart : span?.keyStart ?? useRange?.start ?? 0;
      const end = span && span.valueStart >= 0 ? span.valueEnd : span?.keyEnd ?? useRange?.end ?? 1;
      findings.push({ code: 'clause-param-type', start, end, args: { param: name, expected: param.type } });
    }
  }
  for (const param of clause.params) {
    if (param.default !== undefined || Object.prototype.hasOwnProperty.call(given, param.name)) continue;
    const withSpan = spanOf(analysis, `clauses/${use.index}/with`);
    const range = withSpan ? { start: withSpan.keyStart, end: withSpan.keyEnd } : useRange;
    if (range) findings.push({ code: 'clause-param-missing', ...range, args: { id: clause.id, param: param.name } });
  }
  return findings;
}

/** Parameters of a `with:` map node as plain values (used where the typed model is not at hand). */
export function paramsOfNode(node: Node | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value as Node | null;
    if (isScalar(v)) out[key] = v.value;
    else if (isMap(v)) out[key] = v.toJSON();
  }
  return out;
}
