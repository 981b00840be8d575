// The syntax tree the validator reads: maps, lists and scalars with their ranges, nothing else.
// Two parsers build it: model/fastYaml.ts for the plain block YAML policies are written in, and
// the yaml library (through `fromYaml`) for everything else. Both must give the same tree for any
// text the fast parser accepts; test/unit/fastYaml.test.ts and the fuzzer compare them.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** [start, end of the value, end of the node including a trailing comment], as yaml's `range` */
export type Range = [number, number, number];

export interface TreeScalar {
  kind: 'scalar';
  /** as YAML's core schema reads it: string, number, boolean or null (a tag can make it another object) */
  value: unknown;
  /** the text of the value as written: plain scalars keep their source, so "000123" stays as written */
  text: string | undefined;
  range: Range;
  /** has an anchor (`&a`): the validator refuses anchors and aliases */
  anchored?: true;
}

export interface TreeMap {
  kind: 'map';
  items: TreePair[];
  range: Range;
  anchored?: true;
}

export interface TreeSeq {
  kind: 'seq';
  items: (TreeNode | null)[];
  range: Range;
  anchored?: true;
}

/** An alias (`*a`); never followed, so alias bombs cost nothing. */
export interface TreeAlias {
  kind: 'alias';
  range: Range;
  anchored: true;
}

/** Anything else yaml can compose (a key-value pair as a list item of `!!omap`): never the right type. */
export interface TreeOther {
  kind: 'other';
  range?: undefined;
  anchored?: undefined;
}

export type TreeNode = TreeScalar | TreeMap | TreeSeq | TreeAlias | TreeOther;

export interface TreePair {
  key: TreeNode | null;
  value: TreeNode | null;
}

/** `text` of a scalar: what the validator reads as the scalar's string (undefined for null). */
function scalarText(value: unknown, plain: boolean, source: unknown): string | undefined {
  if (value === null) return undefined;
  return plain && typeof source === 'string' ? source : String(value);
}

function range(node: Node): Range {
  const r = node.range;
  return r ? [r[0], r[1], r[2]] : [0, 0, 0];
}

/** The tree of a yaml node. */
export function fromYaml(node: Node | null | undefined): TreeNode | null {
  if (node === null || node === undefined) return null;
  const anchored = node.anchor ? { anchored: true as const } : {};
  if (isScalar(node)) return { kind: 'scalar', value: node.value, text: scalarText(node.value, node.type === 'PLAIN', node.source), range: range(node), ...anchored };
  if (isMap(node)) return { kind: 'map', items: node.items.map(p => ({ key: fromYaml(p.key as Node | null), value: fromYaml(p.value as Node | null) })), range: range(node), ...anchored };
  if (isSeq(node)) return { kind: 'seq', items: node.items.map(item => fromYaml(item as Node | null)), range: range(node), ...anchored };
  if (isAlias(node)) return { kind: 'alias', range: range(node), anchored: true };
  return { kind: 'other' };
}

/**
 * The tree of a document's contents. An empty document ("---" and comments) has an empty null
 * scalar as its contents in yaml; here it has none.
 */
export function documentTree(doc: Document): TreeNode | null {
  const contents = doc.contents as Node | null;
  if (isScalar(contents) && contents.value === null && contents.range && contents.range[0] === contents.range[1] && !contents.tag && !contents.anchor) return null;
  return fromYaml(contents);
}
