// JSON Schema -> Go types. Optional and nullable values are pointers, so an unset field is told
// apart from its zero value; slices, maps and `any` already have nil for that.
import type { Json } from '../model/types.ts';
import { typeName } from './naming.ts';

export function refName(schema: Json): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}

export function baseType(schema: Json): string {
  const ref = refName(schema);
  if (ref) return typeName(ref);
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time' ? 'time.Time' : 'string';
    case 'integer':
      return 'int64';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'array':
      return `[]${baseType(schema.items ?? {})}`;
    case 'object':
      return mapType(schema);
    default:
      return 'any';
  }
}

/** `map[string]string` for string pairs, `map[string]any` for free-form objects. */
export function mapType(schema: Json): string {
  const values = schema.additionalProperties;
  return `map[string]${values && typeof values === 'object' && values.type ? baseType(values) : 'any'}`;
}

/** The field's Go type: a pointer when it may be absent or null and its type has no nil (or
 * never-valid zero value) of its own. */
export function fieldType(schema: Json, required: boolean, schemas: Record<string, Json>): string {
  const type = baseType(schema);
  const ref = refName(schema);
  // An enum's zero value "" is never one of its values, so it already means unset.
  const nilable = /^(\[\]|map\[|any$)/.test(type) || (ref !== undefined && (isMapAlias(schemas[ref]) || isEnum(schemas[ref])));
  return (!required || schema.nullable) && !nilable ? `*${type}` : type;
}

function isEnum(schema: Json | undefined): boolean {
  return schema?.type === 'string' && Array.isArray(schema.enum);
}

/** An object schema with only additionalProperties: a map alias, not a struct. */
export function isMapAlias(schema: Json | undefined): boolean {
  return schema?.type === 'object' && !schema.properties;
}

export function usesTime(types: string[]): boolean {
  return types.some((type) => type.includes('time.Time'));
}

/** A Go doc comment (each line prefixed), or nothing. */
export function docComment(text: string | undefined, indent = ''): string {
  if (!text) return '';
  return `${text
    .trim()
    .split('\n')
    .map((line) => `${indent}// ${line}`.trimEnd())
    .join('\n')}\n`;
}
