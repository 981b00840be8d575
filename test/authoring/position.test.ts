// The position resolver: what completion and hover see at a cursor, found by binary search over the
// pieces and a walk of one piece's YAML tree.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { completionSite, locate, pieceAt } from '../../server/src/model/position';
import { CURSOR } from './helpers';

function site(marked: string) {
  const offset = marked.indexOf(CURSOR);
  const analysis = new PolicyAnalyzer().analyze(marked.replace(CURSOR, ''));
  const s = completionSite(analysis, offset);
  return { ...s, schema: 'schema' in s && s.schema ? s.schema.kind + (s.schema.kind === 'enum' ? ':' + s.schema.taxonomy : s.schema.kind === 'ref' ? ':' + s.schema.to : '') : undefined };
}

describe('completion site', () => {
  const cases: [string, string, Partial<Record<'kind' | 'schema' | 'path' | 'item', unknown>>][] = [
    ['enum value after "key: "', 'derbes: 1\ndata:\n  email:\n    category: ‸\n    source: registration\n', { kind: 'value', schema: 'enum:data-categories', path: ['data', 'email', 'category'] }],
    ['partial enum value', 'derbes: 1\ndata:\n  email:\n    category: em‸\n', { kind: 'value', schema: 'enum:data-categories' }],
    ['new key in a block data item', 'derbes: 1\ndata:\n  email:\n    category: email\n    ‸\n', { kind: 'key', schema: 'object', path: ['data', 'email'] }],
    ['partial key in a block data item', 'derbes: 1\ndata:\n  email:\n    category: email\n    sou‸\n', { kind: 'key', schema: 'object' }],
    ['partial key in a flow data item', 'derbes: 1\ndata:\n  email: { category: email, sou‸ }\n', { kind: 'key', schema: 'object', path: ['data', 'email'] }],
    ['empty value in a flow map', 'derbes: 1\ndata:\n  email: { category: ‸ }\n', { kind: 'value', schema: 'enum:data-categories' }],
    ['new item in a flow list of refs', 'derbes: 1\npurposes:\n  p:\n    data: [full-name, ‸]\n', { kind: 'value', schema: 'ref:data' }],
    ['top level after the last section', 'derbes: 1\n‸', { kind: 'key', schema: 'object', path: [] }],
    ['top level between sections', 'derbes: 1\n\n‸\nkind: x\n', { kind: 'key', path: [] }],
    ['first key of an empty object', 'derbes: 1\nretention:\n  ‸\n', { kind: 'key', path: ['retention'] }],
    ['first key typed under an empty object', 'derbes: 1\nretention:\n  unt‸\n', { kind: 'key', path: ['retention'] }],
    ['enum list item after "- "', 'derbes: 1\nrights:\n  - ‸\n', { kind: 'value', schema: 'enum:rights' }],
    ['object list item after "- "', 'derbes: 1\ntransfers:\n  - ‸\n', { kind: 'key', path: ['transfers', '0'] }],
    ['next key of a list item', 'derbes: 1\ntransfers:\n  - to: x\n    ‸\n', { kind: 'key', path: ['transfers', '0'] }],
    ['new list item without a dash', 'derbes: 1\ntransfers:\n  - to: x\n  ‸\n', { kind: 'key', item: 'needs-dash', path: ['transfers', '1'] }],
    ['new id in data:', 'derbes: 1\ndata:\n  ‸\n', { kind: 'key', schema: 'map', path: ['data'] }],
    ['library clause after use:', 'derbes: 1\nclauses:\n  - use: ‸\n', { kind: 'value', schema: 'string', path: ['clauses', '0', 'use'] }],
    ['placeholder in a block text', 'derbes: 1\nclauses:\n  - id: x\n    text:\n      kk: |\n        Мәтін {{op‸\n', { kind: 'placeholder' }],
    ['language key of a text', 'derbes: 1\noperator:\n  name:\n    kk: x\n    ‸\n', { kind: 'key', schema: 'text' }],
    ['back to the outer object', 'derbes: 1\noperator:\n  contacts:\n    email: x\n  ‸\n', { kind: 'key', path: ['operator'] }],
    ['value after extra spaces', 'derbes: 1\nrequests:\n  answer:   ‸\n', { kind: 'value', schema: 'duration' }],
    ['inside plain text: nothing', 'derbes: 1\ntitle:\n  kk: Құпия‸лылық\n', { kind: 'none' }],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const got = site(text) as Record<string, unknown>;
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k], v, `${k} of ${JSON.stringify(text)}`);
    });
  }
});

describe('locate', () => {
  it('finds the piece by binary search and the key under the cursor', () => {
    const lines = ['derbes: 1', 'data:'];
    for (let i = 0; i < 500; i++) lines.push(`  item-${i}: { category: email }`);
    lines.push('purposes:', '  p:', '    category: service', `    data: [item-0, item-499]`);
    const text = lines.join('\n') + '\n';
    const analysis = new PolicyAnalyzer().analyze(text);
    const at = text.indexOf('item-250:') + 3;
    assert.equal(pieceAt(analysis, at).piece?.parsed.id, 'item-250');
    const hit = locate(analysis, at).hit;
    assert.equal(hit?.kind, 'key');
    assert.deepEqual(hit?.path, ['data', 'item-250']);
    const ref = locate(analysis, text.indexOf('item-499]') + 2).hit;
    assert.equal(ref?.kind, 'value');
    assert.equal(ref?.schema?.kind, 'ref');
  });

  it('a section header of a cut section is a key of the policy', () => {
    const text = 'derbes: 1\ndata:\n  a: { category: email }\n';
    const hit = locate(new PolicyAnalyzer().analyze(text), text.indexOf('data') + 1).hit;
    assert.equal(hit?.kind, 'key');
    assert.deepEqual(hit?.path, ['data']);
    assert.equal(hit?.field?.required, true);
  });

  it('list items of a cut list keep their index', () => {
    const text = 'derbes: 1\ntransfers:\n  - to: state-bodies\n  - to: partners\n';
    const hit = locate(new PolicyAnalyzer().analyze(text), text.indexOf('partners') + 1).hit;
    assert.deepEqual(hit?.path, ['transfers', '1', 'to']);
    assert.equal(hit?.schema?.kind, 'enum');
  });
});
