// How a model type reference reads and writes in Java: the accessor's type, the decoder that reads it
// from JSON, and the builder's parameter type. Objects, enums and unions are classes of their own;
// maps and aliases are spelled as what they stand for (Map<String, ...>, List<...>).
import { typeNamed } from '../model/build.ts';
import type { SdkModel, TypeRef } from '../model/types.ts';

export interface JavaType {
  /** Boxed type, for Optional<...>, lists and nullable builder parameters. */
  boxed: string;
  /** Type of a required accessor and of a builder parameter (a primitive where one exists). */
  plain: string;
  /** Java expression of a Function<JsonNode, boxed>. */
  decode: string;
  /** Set for enum-like classes: `.asString()` / `.asLong()` gives the wire value. */
  enumeration?: 'string' | 'integer';
  /** The item type of a list. */
  item?: JavaType;
}

type Types = Pick<SdkModel, 'types'>;

const scalar = (boxed: string, plain: string, decode: string): JavaType => ({ boxed, plain, decode });
const STRING = scalar('String', 'String', 'Json.STRING');
const ANY = scalar('Object', 'Object', 'Json.ANY');

export function javaType(ref: TypeRef, model: Types): JavaType {
  switch (ref.kind) {
    case 'string':
      if (ref.format === 'date-time') return scalar('OffsetDateTime', 'OffsetDateTime', 'Json.DATE_TIME');
      if (ref.format === 'date') return scalar('LocalDate', 'LocalDate', 'Json.DATE');
      return STRING; // uuid, uri, email and byte stay text: what the server sent, unparsed
    case 'integer':
      return ref.format === 'int32' ? scalar('Integer', 'int', 'Json.INT') : scalar('Long', 'long', 'Json.LONG');
    case 'number':
      return scalar('Double', 'double', 'Json.DOUBLE');
    case 'boolean':
      return scalar('Boolean', 'boolean', 'Json.BOOLEAN');
    case 'literal':
      return javaType(literalType(ref.value), model);
    case 'unknown':
      return ANY;
    case 'list': {
      const item = javaType(ref.item, model);
      return { ...scalar(`List<${item.boxed}>`, `List<${item.boxed}>`, `Json.list(${item.decode})`), item };
    }
    case 'map':
      return mapType(javaType(ref.value, model));
    case 'named':
      return namedType(ref.name, model);
  }
}

function namedType(name: string, model: Types): JavaType {
  const type = typeNamed(model, name);
  switch (type.kind) {
    case 'enum':
      return type.base === 'integer'
        ? { boxed: name, plain: name, decode: `Json.integerEnumeration(${name}::of)`, enumeration: 'integer' }
        : { boxed: name, plain: name, decode: `Json.enumeration(${name}::of)`, enumeration: 'string' };
    case 'map':
      return mapType(javaType(type.value, model));
    case 'alias':
      return javaType(type.target, model);
    case 'union':
      // A discriminated union is an object (ApiObject); any other may be any JSON value (ApiUnion).
      return scalar(name, name, type.discriminator ? `Json.model(${name}::new)` : `${name}::new`);
    case 'object':
      return scalar(name, name, `Json.model(${name}::new)`);
  }
}

// Maps of text and of any JSON have decoders of their own (the shapes the CognitionOS spec uses most).
function mapType(value: JavaType): JavaType {
  const boxed = `Map<String, ${value.boxed}>`;
  if (value.decode === 'Json.STRING') return scalar(boxed, boxed, 'Json.STRINGS');
  if (value.decode === 'Json.ANY') return scalar(boxed, boxed, 'Json.OBJECT');
  return scalar(boxed, boxed, `Json.map(${value.decode})`);
}

function literalType(value: string | number | boolean): TypeRef {
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  return Number.isInteger(value) ? { kind: 'integer', format: 'int64' } : { kind: 'number' };
}

/** The Java expression of a constant, as a builder fills it in. */
export function constantValue(value: string | number | boolean): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return Number.isInteger(value) ? `${value}L` : String(value);
}
