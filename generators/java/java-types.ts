// How a spec schema reads and writes in Java: the accessor's type, the decoder that reads it from
// JSON, and the builder's parameter type. Component schemas are classes, except free-form maps.
import type { Json } from '../model/types.ts';

export interface JavaType {
  /** Boxed type, for Optional<...> and lists. */
  boxed: string;
  /** Type of a required accessor and of a builder parameter (a primitive where one exists). */
  plain: string;
  /** Java expression of a Function<JsonNode, boxed>. */
  decode: string;
  /** Set for enum-like types: how to turn a value into its wire string. */
  enumeration?: boolean;
  /** The item type of a list. */
  item?: JavaType;
}

const scalar = (boxed: string, plain: string, decode: string): JavaType => ({ boxed, plain, decode });
const STRING = scalar('String', 'String', 'Json.STRING');
const OBJECT = scalar('Map<String, Object>', 'Map<String, Object>', 'Json.OBJECT');

export type SchemaKind = 'enum' | 'map' | 'union' | 'object';

/** What a component schema becomes: an enum-like class, a plain map, a union class or a model class. */
export function kindOf(schema: Json): SchemaKind {
  if (schema.enum) return 'enum';
  if (schema.oneOf) return 'union';
  if (!schema.properties && schema.additionalProperties) return 'map';
  return 'object';
}

export function javaType(schema: Json, schemas: Record<string, Json>): JavaType {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    const target = schemas[name];
    switch (kindOf(target)) {
      case 'enum':
        return { boxed: name, plain: name, decode: `Json.enumeration(${name}::of)`, enumeration: true };
      case 'map':
        return javaType(target, schemas);
      default:
        return scalar(name, name, `Json.model(${name}::new)`);
    }
  }
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time' ? scalar('OffsetDateTime', 'OffsetDateTime', 'Json.DATE_TIME') : STRING;
    case 'integer':
      return scalar('Long', 'long', 'Json.LONG');
    case 'number':
      return scalar('Double', 'double', 'Json.DOUBLE');
    case 'boolean':
      return scalar('Boolean', 'boolean', 'Json.BOOLEAN');
    case 'array': {
      const item = javaType(schema.items, schemas);
      return { ...scalar(`List<${item.boxed}>`, `List<${item.boxed}>`, `Json.list(${item.decode})`), item };
    }
    default:
      return schema.additionalProperties?.type === 'string' ? scalar('Map<String, String>', 'Map<String, String>', 'Json.STRINGS') : OBJECT;
  }
}
