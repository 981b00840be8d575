// Fills a library clause's {{parameters}} in one language; the policy's own placeholders
// ({{operator}}, {{user:dat}} …) are left for the renderer.
import { formatDateKk, formatDateRu, formatDurationKk, formatDurationRu } from '../lang/dates';
import type { KkCase } from '../lang/kazakh';
import { findPlaceholders } from '../schema/placeholders';
import type { Text } from '../schema/types';
import { parseDuration } from './parse';
import type { ClauseDefinition, ClauseParam, ParamValue } from './types';

export type Lang = 'kk' | 'ru' | 'en';
const KK_CASES = new Set(['nom', 'gen', 'dat', 'acc', 'loc', 'abl', 'ins']);

/** The value of each parameter: given under `with:`, else its default. */
export function resolveParams(clause: ClauseDefinition, given?: Record<string, unknown>): Map<string, ParamValue | undefined> {
  const out = new Map<string, ParamValue | undefined>();
  for (const p of clause.params) {
    const v = given && Object.prototype.hasOwnProperty.call(given, p.name) ? given[p.name] : p.default;
    out.set(p.name, v as ParamValue | undefined);
  }
  return out;
}

/** One parameter value as it reads in the text of `lang`. */
export function formatParam(param: ClauseParam, value: ParamValue, lang: Lang, kase?: string): string {
  if (typeof value === 'object') return (value as Text)[lang] ?? (value as Text).ru ?? (value as Text).kk ?? '';
  try {
    switch (param.type) {
      case 'duration': {
        const d = typeof value === 'string' ? parseDuration(value) : undefined;
        if (!d) return String(value);
        if (lang === 'kk') return formatDurationKk(d, { case: kase && KK_CASES.has(kase) ? (kase as KkCase) : 'nom' });
        if (lang === 'ru') return formatDurationRu(d, { case: kase === 'gen' ? 'gen' : 'nom' });
        return `${d.count} ${d.unit.replace('-', ' ')}`;
      }
      case 'date':
        return lang === 'kk' ? formatDateKk(String(value)) : lang === 'ru' ? formatDateRu(String(value)) : String(value);
      case 'boolean':
        return lang === 'kk' ? (value ? 'иә' : 'жоқ') : lang === 'ru' ? (value ? 'да' : 'нет') : String(value);
      default:
        return String(value);
    }
  } catch {
    return String(value);
  }
}

/** The clause text in `lang` with its parameters filled (a missing parameter stays as {{name}}). */
export function fillClauseText(clause: ClauseDefinition, given: Record<string, unknown> | undefined, lang: Lang): string | undefined {
  const source = clause.text[lang];
  if (source === undefined) return undefined;
  const values = resolveParams(clause, given);
  const byName = new Map(clause.params.map(p => [p.name, p]));
  let out = '';
  let at = 0;
  for (const use of findPlaceholders(source)) {
    const param = byName.get(use.name);
    const value = values.get(use.name);
    if (!param || value === undefined) continue;
    out += source.slice(at, use.index) + formatParam(param, value, lang, use.kase);
    at = use.index + use.raw.length;
  }
  return out + source.slice(at);
}
