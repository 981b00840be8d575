// The policy schema as JSON Schema (draft-07), for yaml-language-server and other tools.
import { policySchema } from './policy';
import { DURATION_UNITS, type Field, type SchemaNode } from './types';
import { taxonomy } from '../taxonomy/taxonomy';

type Json = Record<string, unknown>;

const PATTERNS: Record<string, string> = {
  bin: '^\\d{12}$',
  iin: '^\\d{12}$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  phone: '^\\+?[\\d\\s()-]{7,20}$',
  'clause-ref': '^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+$',
  id: '^[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*$',
};
const FORMATS: Record<string, string> = { email: 'email', url: 'uri', date: 'date' };
const DURATION_PATTERN = `^\\d{1,4}\\s+(${DURATION_UNITS.map(u => u.replace(/s$/, '')).join('|')})s?$`;

function describe(field: Field): Json {
  return { description: `${field.doc.en} — ${field.doc.kk} — ${field.doc.ru}` };
}

function convert(node: SchemaNode): Json {
  switch (node.kind) {
    case 'object': {
      const required = Object.entries(node.fields).filter(([, f]) => f.required).map(([k]) => k);
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.fields).map(([k, f]) => [k, { ...convert(f.node), ...describe(f) }])),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
    case 'map':
      return { type: 'object', propertyNames: { pattern: PATTERNS.id }, additionalProperties: convert(node.values) };
    case 'array':
      return { type: 'array', items: convert(node.items) };
    case 'enum': {
      const t = taxonomy(node.taxonomy);
      return { type: 'string', enum: t.entries.map(e => e.id), enumDescriptions: t.entries.map(e => `${e.en} — ${e.kk} — ${e.ru}`) };
    }
    case 'string':
      return {
        type: node.format === 'version' ? ['string', 'number'] : 'string',
        ...(node.format && PATTERNS[node.format] ? { pattern: PATTERNS[node.format] } : {}),
        ...(node.format && FORMATS[node.format] ? { format: FORMATS[node.format] } : {}),
      };
    case 'text':
      return {
        type: 'object',
        properties: { kk: { type: 'string', minLength: 1 }, ru: { type: 'string', minLength: 1 }, en: { type: 'string' } },
        required: ['kk', 'ru'],
        additionalProperties: false,
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', ...(node.min !== undefined ? { minimum: node.min } : {}), ...(node.max !== undefined ? { maximum: node.max } : {}) };
    case 'duration':
      return { type: 'string', pattern: DURATION_PATTERN };
    case 'ref':
      return { type: 'string', pattern: PATTERNS.id };
    case 'params':
      return { type: 'object', additionalProperties: { anyOf: [{ type: ['string', 'number', 'boolean'] }, convert({ kind: 'text' })] } };
  }
}

export function exportJsonSchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://derbes.kz/schema/policy-v1.json',
    title: 'Derbes policy (version 1)',
    description: 'A privacy policy, personal-data processing policy or consent agreement under Kazakhstan Law No. 94-V',
    ...convert(policySchema),
  };
}
