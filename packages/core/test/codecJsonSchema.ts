import type * as t from 'io-ts';

// Test-only: the JSON Schema of an io-ts codec, as the golden snapshots of the event codecs keep
// it. It describes what a codec accepts, field by field; refinements and codecs of our own that io-ts
// cannot describe are named (`x-codec`), so that a change to them shows by name.

type JsonSchema = { readonly [key: string]: unknown };

interface Described {
  readonly _tag?: string;
  readonly name: string;
  readonly value?: unknown;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly type?: t.Mixed;
  readonly types?: ReadonlyArray<t.Mixed>;
  readonly props?: t.Props;
  readonly codomain?: t.Mixed;
  readonly required?: t.Props;
  readonly optional?: t.Props;
}

const propertiesOf = (props: t.Props): JsonSchema => Object.fromEntries(Object.entries(props).map(([name, codec]) => [name, codecJsonSchema(codec)]));

/** The JSON Schema of a codec: what it accepts, with the names of the codecs it is made of. */
export const codecJsonSchema = (codec: t.Mixed): JsonSchema => {
  const c = codec as unknown as Described;
  // A record made by `fields`: its required and optional fields, and nothing else.
  if (c.required !== undefined && c.optional !== undefined) {
    return {
      type: 'object',
      properties: { ...propertiesOf(c.required), ...propertiesOf(c.optional) },
      required: Object.keys(c.required),
      additionalProperties: false,
    };
  }
  switch (c._tag) {
    case 'StringType':
      return { type: 'string' };
    case 'NumberType':
      return { type: 'number' };
    case 'BooleanType':
      return { type: 'boolean' };
    case 'NullType':
      return { type: 'null' };
    case 'UnknownType':
      return {};
    case 'UnknownRecordType':
      return { type: 'object' };
    case 'LiteralType':
      return { const: c.value };
    case 'KeyofType':
      return { enum: Object.keys(c.keys ?? {}) };
    case 'UnionType':
      return { anyOf: (c.types ?? []).map(codecJsonSchema) };
    case 'IntersectionType':
      return { allOf: (c.types ?? []).map(codecJsonSchema) };
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return { type: 'array', items: c.type === undefined ? {} : codecJsonSchema(c.type) };
    case 'InterfaceType':
      return { type: 'object', properties: propertiesOf(c.props ?? {}), required: Object.keys(c.props ?? {}) };
    case 'PartialType':
      return { type: 'object', properties: propertiesOf(c.props ?? {}) };
    case 'DictionaryType':
      return { type: 'object', additionalProperties: c.codomain === undefined ? {} : codecJsonSchema(c.codomain) };
    case 'ExactType':
    case 'ReadonlyType':
      return c.type === undefined ? {} : codecJsonSchema(c.type);
    case 'RefinementType':
      return { ...(c.type === undefined ? {} : codecJsonSchema(c.type)), 'x-codec': c.name };
    default:
      return { 'x-codec': c.name };
  }
};
