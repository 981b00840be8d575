// Small constructors that keep the policy schema readable and its literal types intact for Infer<>.
import type { Localized } from '../i18n/locale';
import type { BooleanNode, DurationNode, EnumNode, Field, IdSpace, IntegerNode, ParamsNode, RefNode, SchemaNode, StringFormat, StringNode, TextNode } from './types';

export const doc = (en: string, kk: string, ru: string): Localized => ({ en, kk, ru });

// Each returns its exact shape (no intersections), so Infer<> stays shallow for the type checker.
export const object = <F extends Record<string, Field>>(fields: F): { kind: 'object'; fields: F } => ({ kind: 'object', fields });
export const map = <V extends SchemaNode>(declares: IdSpace, values: V): { kind: 'map'; declares: IdSpace; values: V } => ({ kind: 'map', declares, values });
export const array = <I extends SchemaNode>(items: I): { kind: 'array'; items: I } => ({ kind: 'array', items });
export const oneOf = (taxonomy: string): EnumNode => ({ kind: 'enum', taxonomy });
export const str = (format?: StringFormat): StringNode => ({ kind: 'string', format });
export const id = (declares: IdSpace): StringNode => ({ kind: 'string', format: 'id', declares });
export const text = (): TextNode => ({ kind: 'text' });
export const bool = (): BooleanNode => ({ kind: 'boolean' });
export const int = (min?: number, max?: number): IntegerNode => ({ kind: 'integer', min, max });
export const duration = (): DurationNode => ({ kind: 'duration' });
export const ref = (to: IdSpace): RefNode => ({ kind: 'ref', to });
export const params = (): ParamsNode => ({ kind: 'params' });

type FieldOptions = Partial<Pick<Field, 'required' | 'law' | 'example'>>;
export const field = <N extends SchemaNode>(node: N, description: Localized, options: FieldOptions = {}): { node: N; doc: Localized } & FieldOptions =>
  ({ node, doc: description, ...options });
