import type { Localized } from '../i18n/locale';

/** Scalar formats checked beyond their YAML type. */
export type StringFormat = 'bin' | 'iin' | 'email' | 'url' | 'date' | 'phone' | 'version' | 'clause-ref' | 'id';

/** What a collection of ids declares, so references can name them. */
export type IdSpace = 'data' | 'purposes' | 'processors' | 'clauses' | 'terms';

interface NodeBase { doc?: Localized }
export interface ObjectNode extends NodeBase { kind: 'object'; fields: Record<string, Field> }
/** A map from ids the policy declares to values of one schema (e.g. `data:`). */
export interface MapNode extends NodeBase { kind: 'map'; declares: IdSpace; values: SchemaNode }
export interface ArrayNode extends NodeBase { kind: 'array'; items: SchemaNode }
/** A value from a taxonomy (data/taxonomy/*.json). */
export interface EnumNode extends NodeBase { kind: 'enum'; taxonomy: string }
/** `declares` makes the string an id of that space (e.g. a clause's `id:`). */
export interface StringNode extends NodeBase { kind: 'string'; format?: StringFormat; declares?: IdSpace }
/** A bilingual text: `{kk, ru}` with optional `en`. */
export interface TextNode extends NodeBase { kind: 'text' }
export interface BooleanNode extends NodeBase { kind: 'boolean' }
export interface IntegerNode extends NodeBase { kind: 'integer'; min?: number; max?: number }
/** A period such as "15 working-days" or "3 years". */
export interface DurationNode extends NodeBase { kind: 'duration' }
/** An id declared elsewhere in the policy. */
export interface RefNode extends NodeBase { kind: 'ref'; to: IdSpace }
/** Free parameters of a library clause: any scalar or bilingual text per key. */
export interface ParamsNode extends NodeBase { kind: 'params' }

export type SchemaNode = ObjectNode | MapNode | ArrayNode | EnumNode | StringNode | TextNode | BooleanNode | IntegerNode | DurationNode | RefNode | ParamsNode;

export interface Field {
  node: SchemaNode;
  required?: boolean;
  /** What the key means, shown in hover and completion. */
  doc: Localized;
  /** Citation id (taxonomy/data/citations.json) of the law behind the key. */
  law?: string;
  /** A value completion inserts as an example. */
  example?: string;
}

/** A bilingual text value as it sits in the typed model. */
export interface Text { kk?: string; ru?: string; en?: string }

export interface Duration { count: number; unit: DurationUnit }
export const DURATION_UNITS = ['working-days', 'calendar-days', 'days', 'hours', 'months', 'years'] as const;
export type DurationUnit = typeof DURATION_UNITS[number];

/** The TypeScript type of a value the schema accepts, so the model and the rules are typed from the one definition. */
export type Infer<S> =
  S extends { kind: 'object'; fields: infer F } ? { [K in keyof F]?: F[K] extends { node: infer N } ? Infer<N> : never } :
  S extends { kind: 'map'; values: infer V } ? Record<string, Infer<V>> :
  S extends { kind: 'array'; items: infer I } ? Infer<I>[] :
  S extends { kind: 'text' } ? Text :
  S extends { kind: 'boolean' } ? boolean :
  S extends { kind: 'integer' } ? number :
  S extends { kind: 'duration' } ? Duration :
  S extends { kind: 'params' } ? Record<string, string | number | boolean | Text> :
  S extends { kind: 'enum' | 'string' | 'ref' } ? string :
  never;
