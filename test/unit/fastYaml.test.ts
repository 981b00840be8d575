// The fast parser (server/src/model/fastYaml.ts) against yaml: wherever it reads a text, its tree —
// values, kinds and all three offsets of every range — must be the one yaml's document gives, and
// yaml must find nothing wrong with the text. Hand-picked cases for each rule of where yaml ends a
// node, a generator of random block YAML that stresses comments, blank lines and indentation, and
// a check that the examples really take the fast path (else opens silently get slow again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFast } from '../../server/src/model/fastYaml';
import { PolicyAnalyzer } from '../../server/src/model/analysis';
import { fastParseDifference, pieceTexts, random } from '../fuzz-harness';

const CASES: Record<string, string> = {
  'plain values and the core schema': 'a: 1\nb: 1.50\nc: 0x1F\nd: 1e3\ne: ~\nf: True\ng: 0o17\nh: .inf\ni: 2026-01-01\nj: -1\nk: +5\nl: 007\nm: .NaN\nn: NULL\no: -.5\np: 1.\nq: x#y\nr: http://x.kz/a?b=c\n',
  'keys that are not strings': '1: a\ntrue: b\n~: c\n2.10: d\n',
  'comments after values': 'a: b  # c\nb: "q"  # c\nc: [x, y]  # c\nd: {k: v} # c\n',
  'quoted scalars': "a: 'it''s'\nb: \"q\"  \nc: ''\nd: \"\"\ne: '#x'\nf: ''''\n",
  'common escapes in double quotes': 'a: "ТОО \\"Пример\\""\nb: "C:\\\\dir\\/x \\n \\t"\nc: [ "x\\"y" , "\\\\" ]\n',
  'an empty value at the end, with and without a comment': 'a:\nb:   \nc:  # c\nd:',
  'block scalars': 'a: |\n  l1\n   l2\n\n  l3\n\n\nb: >-\n  f1\n  f2\n\n\n  f3\n  \nc: |-\n  x\n  # not a comment\nd: >\n  x\n',
  'a block scalar at the end without a line break': 'a: |\n  x',
  'a block scalar ended by a less indented comment': 'a: |\n  x\n# c\nb: 1\n',
  'flow collections': 'a: [x, y ,  z]\nb: {k: v,  k2: "w" }\nc: []\nd: {}\ne: [\'a\', "b"]\n',
  'lists and compact maps': 'a:\n  - x\n  - y: 1\n    z: 2\n  -\n    w: 3\n  -   v: 4\n  - [p]\n  - |\n    t\n',
  'a list item with nothing after the dash': '-\n- b\n',
  'comment lines kept by the collection they are indented into': 'a:\n  x: 1\n  # in\n# out\nb: 2\n',
  'comment lines given back to the parent': 'a:\n  x: 1\n# out\nb: 2\n',
  'comment lines at the end of an indented piece': '  a: b\n  # c\n',
  'comment lines under a list, kept by the innermost map': 'a:\n  - p: 1\n    # c1\n  # c2\nb: 1\n',
  'comment lines under a list, kept by the list': 'a:\n  - p: 1\n  # c2\n',
  'comment line before a less indented key': 'x:\n  a:\n    b: 1\n    # c\n\n  d: 2\n',
  'comments between a key and its collection': 'a:  # c\n  x: 1\nb:\n  # c\n  y: 2\nc:\n\n  z: 3\n',
  'a policy entry': '  ip-address:\n    category: ip-address\n    source: automatic\n  # seed 1.2.2\n',
  'Cyrillic keys and values': 'ключ: мән\nru: Оператор обрабатывает данные\n',
  'CRLF line ends': 'a: b\r\nc: |\r\n  x\r\n\r\n  y\r\nd: >-\r\n  p\r\n  q\r\n  \r\ne: [x, y]  # c\r\nf:  # c\r\ng:\r\n  - h\r\n  # c\r\n',
  // texts the fast parser must leave to yaml: each is an error, or a place where yaml's ranges
  // follow rules the fast parser does not model
  'a nested mapping in a value': 'a: b: c\n',
  'a comment indented past its collection': 'a: b\n   # deep\nc: d\n',
  'an empty value above a comment': 'a:\n# c\nb: 1\n',
  'multi-line plain scalars': 'x:\n  a: b  \n     c d  \n\n\n    e\n  f: 12\n   34\n  g: h\n   i # c\nl:\n  - b\n    c\n  - k: m\n     n\n\n',
  'a multi-line plain scalar ended by a comment line': 'a: b\n  c\n# x\nd: e\n',
  'a line below a plain scalar that starts like an indicator': 'a: b\n  - c\n',
  'a key below a plain scalar': 'a: b\n  c: d\n',
  'a multi-line flow list': 'a: [x,\n  y]\n',
  'a list at the indentation of its key': 'a:\n- x\n',
  'a comment stuck to a quoted scalar': 'a: "x"#c\n',
  'a key with a space before its colon': 'a : b\n',
  'tabs, a lone CR, a BOM': 'a:\tb\r\nc: d\n\ufeff',
  'a lone CR': 'a: b\rc: d\n',
  'anchors, aliases and tags': 'a: &x 1\nb: *x\nc: !!str 1\n',
  'escapes yaml reads': 'a: "\\u0041 \\x41 \\N"\n',
  'block scalar indicators': 'a: |2\n   x\nb: >+\n  y\n\n',
  'a block scalar with more-indented blank lines': 'a: |\n  x\n      \n  y\n',
  'document markers and directives': '%YAML 1.2\n---\na: 1\n...\n',
  'less indented content after an indented start': '  a: 1\nb: 2\n',
  'a misaligned key': 'a:\n  b: 1\n   c: 2\n',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`fast parser = yaml: ${name}`, () => {
    assert.equal(fastParseDifference(text), '');
  });
}

test('nesting deeper than a policy ever does is left to yaml (the fast parser recurses)', () => {
  let text = 'operator:\n';
  for (let i = 1; i <= 5000; i++) text += `${' '.repeat(i)}k${i}:\n`;
  assert.equal(parseFast(text), undefined);
  const codes = new PolicyAnalyzer().analyze(text).findings.map(f => f.code);
  assert.ok(!codes.includes('analysis-failed'), codes.join(', '));
});

test('the fast parser reads what policies are made of, and leaves the rest to yaml', () => {
  const fast = ['plain values and the core schema', 'comments after values', 'block scalars', 'flow collections', 'lists and compact maps', 'comment lines kept by the collection they are indented into', 'a policy entry', 'Cyrillic keys and values', 'CRLF line ends', 'common escapes in double quotes', 'multi-line plain scalars', 'a multi-line plain scalar ended by a comment line'];
  for (const name of fast) assert.notEqual(parseFast(CASES[name]), undefined, name);
  const slow = ['a nested mapping in a value', 'a comment indented past its collection', 'a line below a plain scalar that starts like an indicator', 'a key below a plain scalar', 'tabs, a lone CR, a BOM', 'a lone CR', 'anchors, aliases and tags', 'escapes yaml reads', 'document markers and directives', 'a misaligned key'];
  for (const name of slow) assert.equal(parseFast(CASES[name]), undefined, name);
  assert.equal(parseFast('# only a comment\n\n'), null);
});

const WORDS = ['a', 'kk', 'ru', 'ключ', 'data', 'x-y', '1', 'true', 'null', '~', '0x1F', '1.50', 'мән бар', 'e@x.kz', 'http://x.kz', 'a#b', '-1', '.5'];
const INLINE = ['x', 'мән', 'Оператор өңдейді', '12', 'false', '"q"', "'s''t'", '""', '[a, b]', '[]', '{k: v, l: "w"}', '{}', '"a # b"', 'x:y', '"a \\"b\\" \\\\ c\\n"', '"\\u0041"', '[ "x\\"y" ]'];

/** Random block YAML: maps and lists nested at random steps, with comments and blank lines anywhere. */
function generate(r: ReturnType<typeof random>): string {
  const lines: string[] = [];
  const trivia = (indent: number) => {
    while (r.next() < 0.25) lines.push(r.next() < 0.5 ? ' '.repeat(r.int(indent + 4)) : `${' '.repeat(r.int(indent + 5))}# c`);
  };
  const scalarBlock = (indent: number): string[] => {
    const content = indent + 1 + r.int(3);
    const out: string[] = [];
    for (let n = 1 + r.int(4); n > 0; n--) {
      if (r.next() < 0.2) out.push(' '.repeat(r.int(content + 2)));
      else out.push(' '.repeat(content + (r.next() < 0.2 ? r.int(3) : 0)) + r.pick(['text', '# t', 'мәтін бар', 'x: y', 'trailing  ']));
    }
    return out;
  };
  const value = (indent: number, depth: number, head: string) => {
    const k = r.next();
    if (k < 0.35 || depth > 3) {
      lines.push(`${head}${r.pick([' ', ' ', '   '])}${r.pick(INLINE)}${r.pick(['', '', '', ' ', '  # c', ' #c'])}`);
      // a plain value continued on lines below, with blank lines between, at random indentation
      if (r.next() < 0.15) for (let n = 1 + r.int(3); n > 0; n--) lines.push(r.next() < 0.25 ? '' : `${' '.repeat(indent + r.int(4))}${r.pick(['далее', 'more text', '12', 'x # c', 'a: b', '- y', '#z'])}${r.pick(['', ' '])}`);
    } else if (k < 0.45) {
      lines.push(`${head}${r.next() < 0.5 ? '' : ' '}${r.next() < 0.2 ? ' # c' : ''}`);
    } else if (k < 0.6) {
      lines.push(`${head} ${r.pick(['|', '|-', '>', '>-'])}`);
      lines.push(...scalarBlock(indent));
    } else {
      lines[lines.length] = `${head}${r.next() < 0.15 ? '  # c' : ''}`;
      trivia(indent);
      collection(indent + 1 + r.int(3), depth + 1);
    }
  };
  const collection = (indent: number, depth: number) => {
    const pad = ' '.repeat(indent);
    const list = r.next() < 0.35;
    for (let n = 1 + r.int(3); n > 0; n--) {
      trivia(indent);
      if (!list) value(indent, depth, `${pad}${r.pick(WORDS)}:`);
      else if (r.next() < 0.4) {
        // a compact map: "- key: value" and keys below at the column of the first
        const gap = 1 + r.int(2);
        value(indent + 1 + gap, depth + 1, `${pad}-${' '.repeat(gap)}${r.pick(WORDS)}:`);
        if (r.next() < 0.5) value(indent + 1 + gap, depth + 1, `${' '.repeat(indent + 1 + gap)}${r.pick(WORDS)}:`);
      } else value(indent, depth, `${pad}-`);
    }
    trivia(indent);
  };
  collection(r.pick([0, 0, 2, 4]), 0);
  const eol = r.next() < 0.25 ? '\r\n' : '\n';
  return lines.join(eol) + (r.next() < 0.9 ? eol : '');
}

// longer runs: DERBES_FAST_YAML_TEXTS=1000000 DERBES_FAST_YAML_SEED=7 node scripts/test.mjs fastYaml
const TEXTS = Number(process.env.DERBES_FAST_YAML_TEXTS ?? 20000);
const SEED = Number(process.env.DERBES_FAST_YAML_SEED ?? 20261121);

test(`fast parser = yaml on ${TEXTS} random block YAML texts (comments, blank lines, indentation)`, () => {
  const r = random(SEED);
  let read = 0;
  const failures: string[] = [];
  for (let i = 0; i < TEXTS && failures.length < 5; i++) {
    const text = generate(r);
    const d = fastParseDifference(text);
    if (d) failures.push(d);
    if (parseFast(text) !== undefined) read++;
  }
  assert.deepEqual(failures, []);
  // most generated texts are in the subset: the comparison is not vacuous
  assert.ok(read > TEXTS * 0.3, `the fast parser read only ${read} of ${TEXTS}`);
});

test('every piece of every example policy, with LF or CRLF line ends, takes the fast path and agrees with yaml', () => {
  const dir = join(__dirname, '..', '..', 'examples');
  let pieces = 0;
  const slow: string[] = [];
  for (const file of readdirSync(dir).filter(f => f.endsWith('.policy.yaml'))) for (const eol of ['\n', '\r\n']) {
    const analysis = new PolicyAnalyzer().analyze(readFileSync(join(dir, file), 'utf8').replace(/\r?\n/g, eol));
    for (const piece of pieceTexts(analysis).slice(1)) {
      pieces++;
      assert.equal(fastParseDifference(piece), '');
      if (parseFast(piece) === undefined) slow.push(`${file}: ${JSON.stringify(piece.slice(0, 80))}`);
    }
  }
  assert.ok(pieces > 600, `${pieces} pieces`);
  assert.deepEqual(slow, []);
});
