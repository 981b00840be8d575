// The one schema is consistent with the taxonomy data it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policySchema } from '../../server/src/schema/policy';
import type { SchemaNode } from '../../server/src/schema/types';
import { CITATIONS, TAXONOMIES } from '../../server/src/taxonomy/taxonomy';

function* walk(node: SchemaNode, path: string): Generator<[string, SchemaNode, { doc?: Record<string, string>; law?: string }?]> {
  yield [path, node];
  if (node.kind === 'object') for (const [k, f] of Object.entries(node.fields)) {
    yield [`${path}/${k}`, f.node, f];
    yield* walk(f.node, `${path}/${k}`);
  }
  if (node.kind === 'map') yield* walk(node.values, `${path}/*`);
  if (node.kind === 'array') yield* walk(node.items, `${path}/#`);
}

test('every enum names a taxonomy that exists', () => {
  for (const [path, node] of walk(policySchema, '')) {
    if (node.kind === 'enum') assert.ok(TAXONOMIES.has(node.taxonomy), `${path}: no taxonomy ${node.taxonomy}`);
  }
});

test('every field is documented in English, Kazakh and Russian, and its law citation exists', () => {
  for (const [path, , field] of walk(policySchema, '')) {
    if (!field) continue;
    for (const l of ['en', 'kk', 'ru']) assert.ok(field.doc?.[l]?.trim(), `${path}: no ${l} doc`);
    if (field.law) assert.ok(CITATIONS[field.law], `${path}: unknown citation ${field.law}`);
  }
});

test('every taxonomy entry has an id and kk/ru/en labels; ids are unique; law ids exist', () => {
  for (const [name, t] of TAXONOMIES) {
    assert.equal(t.byId.size, t.entries.length, `${name}: duplicate ids`);
    for (const e of t.entries) {
      for (const l of ['en', 'kk', 'ru'] as const) assert.ok(typeof e[l] === 'string' && e[l].trim(), `${name}/${e.id}: no ${l} label`);
      if (e.law) assert.ok(CITATIONS[e.law], `${name}/${e.id}: unknown citation ${e.law}`);
    }
  }
});

test('Russian labels carry no Kazakh-only letters, Kazakh labels no Latin look-alikes inside Cyrillic words', () => {
  for (const [name, t] of TAXONOMIES) for (const e of t.entries) {
    assert.doesNotMatch(e.ru, /[әғқңөұүһі]/i, `${name}/${e.id}: ru label has Kazakh letters`);
    assert.doesNotMatch(e.kk, /[а-яәғқңөұүһі][aeopcxy]|[aeopcxy][а-яәғқңөұүһі]/i, `${name}/${e.id}: kk label mixes scripts`);
  }
});
