// The model's type references spelled in Go. Optional and nullable values are pointers, so an unset
// field is told apart from its zero value; slices, maps, `any` and string enums (whose zero value ""
// is never one of their values) already have a zero value that means unset.
import { typeNamed } from '../model/build.ts';
import type { Field, NamedType, SdkModel, TypeRef } from '../model/types.ts';
import { exported } from './naming.ts';

type Types = Pick<SdkModel, 'types'>;

/** A named type's Go name: `ApiKeyWithSecret` -> `APIKeyWithSecret`. */
export function typeName(type: Pick<NamedType, 'words'>): string {
  return exported(type.words);
}

/** The Go name of the model type called `name`. */
export function goTypeNamed(model: Types, name: string): string {
  return typeName(typeNamed(model, name));
}

/** The Go type of a value: formats Go has no standard type for (date, uuid, uri, email, byte) stay
 * strings; a literal is its value's type. */
export function goType(model: Types, ref: TypeRef): string {
  switch (ref.kind) {
    case 'string':
      return ref.format === 'date-time' ? 'time.Time' : 'string';
    case 'integer':
      return ref.format;
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'list':
      return `[]${goType(model, ref.item)}`;
    case 'map':
      return `map[string]${goType(model, ref.value)}`;
    case 'named':
      return goTypeNamed(model, ref.name);
    case 'literal':
      return literalType(ref.value);
    case 'unknown':
      return 'any';
  }
}

function literalType(value: string | number | boolean): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'int64' : 'float64';
}

/** Whether the Go type's zero value already means "not set" (nil, or an enum's ""). */
export function zeroMeansUnset(model: Types, ref: TypeRef): boolean {
  if (ref.kind === 'list' || ref.kind === 'map' || ref.kind === 'unknown') return true;
  if (ref.kind !== 'named') return false;
  const type = typeNamed(model, ref.name);
  if (type.kind === 'map') return true;
  if (type.kind === 'enum') return type.base === 'string';
  if (type.kind === 'alias') return zeroMeansUnset(model, type.target);
  return false;
}

/** The field's Go type: a pointer when it may be absent or null and its zero value means something. */
export function fieldType(model: Types, field: Pick<Field, 'type' | 'required' | 'nullable'>): string {
  const type = goType(model, field.type);
  return (!field.required || field.nullable) && !zeroMeansUnset(model, field.type) ? `*${type}` : type;
}

/** Every named type a reference reaches directly (a list's items, a map's values). */
export function namedIn(ref: TypeRef): string[] {
  if (ref.kind === 'named') return [ref.name];
  if (ref.kind === 'list') return namedIn(ref.item);
  if (ref.kind === 'map') return namedIn(ref.value);
  return [];
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

/** A type's doc sentence, starting with its name as Go doc does: `Tenant is a customer ...` when the
 * spec's description starts with an article, else `Tenant: <description>`. */
export function namedDescription(name: string, description: string): string {
  return /^(A|An|Another|The|One) /.test(description) ? `${name} is ${description[0]!.toLowerCase()}${description.slice(1)}` : `${name}: ${description}`;
}

/** Go's deprecation paragraph after a doc text, when the spec deprecates the thing. */
export function withDeprecation(text: string | undefined, deprecated: boolean): string | undefined {
  if (!deprecated) return text;
  return `${text ? `${text}\n\n` : ''}Deprecated: the API marks this as deprecated.`;
}
