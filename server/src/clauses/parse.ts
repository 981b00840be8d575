// Reads one clause file into a ClauseDefinition, with findings for what is wrong in it.
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Finding } from '../model/finding';
import { DURATION_UNITS, type Text } from '../schema/types';
import { CASES, findPlaceholders, placeholderProblem } from '../schema/placeholders';
import { checkFormat, ID } from '../model/formats';
import { closest } from '../util/suggest';
import { PARAM_TYPES, type ClauseDefinition, type ClauseParam, type ParamType, type ParamValue } from './types';

const KNOWN_KEYS = ['id', 'version', 'title', 'description', 'section', 'params', 'text'];
const PARAM_KEYS = ['type', 'default', 'doc'];
const DURATION = new RegExp(`^(\\d{1,4})\\s+(${DURATION_UNITS.map(u => u.replace(/s$/, '')).join('|')})s?$`);

const range = (n: Node | null | undefined): [number, number] => (n?.range ? [n.range[0], n.range[1]] : [0, 1]);
const keyName = (p: Pair) => (isScalar(p.key) ? String((p.key as { value: unknown }).value) : '');

function textOf(node: Node | null | undefined): Text | undefined {
  if (!isMap(node)) return undefined;
  const out: Text = {};
  for (const p of node.items) {
    const k = keyName(p);
    if ((k === 'kk' || k === 'ru' || k === 'en') && isScalar(p.value) && p.value.value !== null) out[k] = String(p.value.value);
  }
  return out;
}

/** Whether `value` fits a parameter of `type` (values as YAML gives them). */
export function paramValueFits(type: ParamType, value: unknown): boolean {
  switch (type) {
    case 'string': return typeof value === 'string' || typeof value === 'number';
    case 'text': return typeof value === 'string' || (typeof value === 'object' && value !== null && ('kk' in value || 'ru' in value));
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'duration': return typeof value === 'string' && DURATION.test(value.trim());
    case 'date': return typeof value === 'string' && checkFormat('date', value) === undefined;
    case 'email': return typeof value === 'string' && checkFormat('email', value) === undefined;
    case 'url': return typeof value === 'string' && checkFormat('url', value) === undefined;
  }
}

export function parseDuration(value: string): { count: number; unit: typeof DURATION_UNITS[number] } | undefined {
  const m = DURATION.exec(value.trim());
  if (!m) return undefined;
  return { count: Number(m[1]), unit: DURATION_UNITS.find(u => u.replace(/s$/, '') === m[2])! };
}

export interface ParsedClauseFile {
  clause?: ClauseDefinition;
  findings: Finding[];
}

export function parseClauseFile(source: string, library: string, path: string, builtIn = false): ParsedClauseFile {
  const findings: Finding[] = [];
  const report = (r: [number, number], args: Finding['args']) => findings.push({ code: 'clause-file-invalid', start: r[0], end: Math.max(r[1], r[0] + 1), args });
  const doc = parseDocument(source, { uniqueKeys: false, strict: true, prettyErrors: false });
  for (const e of doc.errors) report([e.pos[0], e.pos[1]], { problem: 'yaml', detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') });
  const root = doc.contents as Node | null;
  const firstLine: [number, number] = [0, Math.max(1, source.indexOf('\n') < 0 ? source.length : source.indexOf('\n'))];
  if (!isMap(root)) {
    report(firstLine, { problem: 'not-a-clause' });
    return { findings };
  }
  const pairs = new Map<string, Pair>();
  for (const p of (root as YAMLMap).items) {
    const k = keyName(p);
    if (!KNOWN_KEYS.includes(k)) report(range(p.key as Node), { problem: 'unknown-key', key: k, suggestion: closest(k, KNOWN_KEYS) ?? '' });
    else pairs.set(k, p);
  }
  const idPair = pairs.get('id');
  const idNode = idPair?.value as Node | null | undefined;
  const localId = isScalar(idNode) && idNode.value !== null ? String(idNode.value) : undefined;
  if (!localId) report(idPair ? range(idPair.key as Node) : firstLine, { problem: 'no-id' });
  else if (!localId.split('/').every(s => /^[a-z0-9][a-z0-9-]*$/.test(s))) report(range(idNode), { problem: 'bad-id', id: localId });

  const params: ClauseParam[] = [];
  const paramsNode = pairs.get('params')?.value as Node | null | undefined;
  if (paramsNode && !isMap(paramsNode)) report(range(paramsNode), { problem: 'bad-params' });
  if (isMap(paramsNode)) {
    for (const p of paramsNode.items) {
      const name = keyName(p);
      const keyRange = range(p.key as Node);
      if (!ID.test(name)) report(keyRange, { problem: 'bad-param-name', param: name });
      const def = p.value as Node | null;
      let type: ParamType = 'string';
      let value: ParamValue | undefined;
      let doc: ClauseParam['doc'];
      if (isScalar(def) && typeof def.value === 'string' && (PARAM_TYPES as readonly string[]).includes(def.value)) {
        type = def.value as ParamType; // short form: `days: integer`
      } else if (isMap(def)) {
        for (const q of def.items) {
          const k = keyName(q);
          if (!PARAM_KEYS.includes(k)) report(range(q.key as Node), { problem: 'unknown-key', key: k, suggestion: closest(k, PARAM_KEYS) ?? '' });
        }
        const typeNode = def.get('type', true) as Node | undefined;
        if (typeNode !== undefined) {
          const t = isScalar(typeNode) ? String(typeNode.value) : '';
          if ((PARAM_TYPES as readonly string[]).includes(t)) type = t as ParamType;
          else report(range(typeNode), { problem: 'bad-param-type', param: name, type: t });
        }
        const defaultNode = def.get('default', true) as Node | undefined;
        if (defaultNode !== undefined) {
          const v = isMap(defaultNode) ? textOf(defaultNode) : isScalar(defaultNode) ? defaultNode.value : undefined;
          if (v === undefined || v === null || !paramValueFits(type, v)) report(range(defaultNode), { problem: 'bad-default', param: name, type });
          else value = v as ParamValue;
        }
        const docNode = def.get('doc', true) as Node | undefined;
        if (isMap(docNode)) doc = textOf(docNode) as ClauseParam['doc'];
        else if (isScalar(docNode) && docNode.value !== null) doc = { en: String(docNode.value) };
      } else {
        report(range(def ?? (p.key as Node)), { problem: 'bad-param', param: name });
      }
      params.push({ name, type, default: value, doc, range: keyRange });
    }
  }

  const textPair = pairs.get('text');
  const text = textOf(textPair?.value as Node | null | undefined);
  if (!textPair || !text) report(textPair ? range(textPair.key as Node) : firstLine, { problem: 'no-text' });
  else {
    for (const lang of ['kk', 'ru'] as const) if (!text[lang]?.trim()) report(range(textPair.key as Node), { problem: 'missing-language', lang });
    const names = new Set(params.map(p => p.name));
    const textNode = textPair.value as YAMLMap;
    for (const p of textNode.items) {
      const value = p.value as Node | null;
      if (!isScalar(value) || typeof value.value !== 'string') continue;
      const src = source.slice(value.range?.[0] ?? 0, value.range?.[1] ?? 0);
      const lang = keyName(p);
      for (const use of findPlaceholders(value.value)) {
        const problem = names.has(use.name)
          ? (use.kase === undefined || (CASES[lang as keyof typeof CASES] ?? []).includes(use.kase) ? undefined : 'invalid-placeholder-case')
          : placeholderProblem(use, lang);
        if (!problem) continue;
        const at = (value.range?.[0] ?? 0) + Math.max(0, src.indexOf(use.raw));
        report([at, at + use.raw.length], { problem, name: use.name, kase: use.kase ?? '', lang });
      }
    }
  }
  if (!localId || !text) return { findings };
  const title = textOf(pairs.get('title')?.value as Node | null | undefined);
  const description = textOf(pairs.get('description')?.value as Node | null | undefined) as ClauseDefinition['description'];
  const versionNode = pairs.get('version')?.value as Node | null | undefined;
  const sectionNode = pairs.get('section')?.value as Node | null | undefined;
  const id = localId.startsWith(`${library}/`) ? localId : `${library}/${localId}`;
  return {
    findings,
    clause: {
      id, library, title, description, params, text, path, source, builtIn,
      version: isScalar(versionNode) && versionNode.value !== null ? String(versionNode.value) : undefined,
      section: isScalar(sectionNode) && sectionNode.value !== null ? String(sectionNode.value) : undefined,
      idRange: range(idNode),
    },
  };
}
