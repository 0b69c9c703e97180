// JSON Schema -> the model's types: one small reader per schema kind. A component schema becomes a
// named type under its own name; an inline object, enum or union is named after where it stands
// (`<Owner><Field>`), so every emitter sees only named types and type references. A construct the
// SDKs cannot express is an error here, naming the schema and the construct, not a surprise in an
// emitter.
import { pascalCase, splitWords } from './naming.ts';
import type { EnumType, Field, MapType, NamedType, ObjectType, StringFormat, TypeRef, UnionType, UnionVariant } from './types.ts';

type Json = Record<string, any>;

const STRING_FORMATS: readonly string[] = ['date-time', 'date', 'uuid', 'uri', 'email', 'byte'] satisfies StringFormat[];
const COMPONENT = '#/components/schemas/';
/** Keywords the readers below understand; any other schema keyword that changes a type is refused. */
const UNSUPPORTED = ['not', 'if', 'then', 'else', 'patternProperties', 'prefixItems', 'const', '$defs'];

/** Where a schema stands: the name an inline schema would take, and its JSON pointer in the spec. */
export interface Place {
  name: string;
  origin: string[];
}

export class TypeReader {
  /** Named types in the order they were first read: components first, then inline ones. */
  readonly types = new Map<string, NamedType>();
  private readonly reading = new Set<string>();

  constructor(private readonly spec: Json) {}

  /** Reads every component schema, in spec order. */
  readComponents(): void {
    for (const name of Object.keys(this.components())) this.component(name, { name, origin: ['components', 'schemas', name] });
  }

  /** The type of a schema standing at `place` (a field, a param, a body, an item). */
  typeOf(schema: Json, place: Place): TypeRef {
    refuseUnsupported(schema, place);
    if (schema.$ref) return { kind: 'named', name: this.component(refName(schema.$ref, place), place) };
    if (schema.allOf?.length === 1 && !schema.properties) return this.typeOf(schema.allOf[0], place);
    if (Array.isArray(schema.enum) && schema.enum.length === 1) return { kind: 'literal', value: schema.enum[0] };
    if (Array.isArray(schema.enum) || schema.oneOf || schema.anyOf || schema.allOf || schema.properties) return this.named(this.inline(schema, place));
    if (Array.isArray(schema.type)) throw new Error(`${where(place)}: a type list (${schema.type.join(', ')}) is not supported; use nullable or oneOf`);
    switch (schema.type) {
      case 'string':
        return STRING_FORMATS.includes(schema.format) ? { kind: 'string', format: schema.format } : { kind: 'string' };
      case 'integer':
        return { kind: 'integer', format: schema.format === 'int32' ? 'int32' : 'int64' };
      case 'number':
        return { kind: 'number' };
      case 'boolean':
        return { kind: 'boolean' };
      case 'array':
        if (!schema.items) throw new Error(`${where(place)}: an array without items`);
        if (schema.items.nullable) throw new Error(`${where(place)}: nullable list items are not supported`);
        return { kind: 'list', item: this.typeOf(schema.items, { name: `${place.name}Item`, origin: [...place.origin, 'items'] }) };
      case 'object':
        return { kind: 'map', value: this.valueType(schema, place) };
      case undefined:
        return { kind: 'unknown' };
      default:
        throw new Error(`${where(place)}: unknown type ${JSON.stringify(schema.type)}`);
    }
  }

  /** A component by name, read once; a schema that refers to itself names itself while being read. */
  private component(name: string, place: Place): string {
    if (this.types.has(name) || this.reading.has(name)) return name;
    const schema = this.components()[name];
    if (!schema) throw new Error(`${where(place)}: no component schema ${name}`);
    this.reading.add(name);
    this.types.set(name, this.readNamed(schema, { name, origin: ['components', 'schemas', name] }));
    this.reading.delete(name);
    return name;
  }

  /** An inline schema that gets a name: the reader for its kind, registered under `place.name`. */
  private inline(schema: Json, place: Place): NamedType {
    if (this.types.has(place.name) || place.name in this.components()) throw new Error(`${where(place)}: the name ${place.name} for this inline schema is taken; make it a component`);
    const type = this.readNamed(schema, place);
    this.types.set(place.name, type);
    return type;
  }

  private readNamed(schema: Json, place: Place): NamedType {
    const base = baseOf(schema, place);
    if (schema.$ref) return { ...base, kind: 'alias', target: this.typeOf(schema, { ...place, name: `${place.name}Target` }) };
    if (Array.isArray(schema.enum)) return this.enumeration(schema, place, base);
    if (schema.oneOf || schema.anyOf) return this.union(schema, place, base);
    if (schema.allOf) return this.allOf(schema, place, base);
    if (schema.properties || (schema.type === 'object' && schema.additionalProperties === false)) return this.object(schema, place, base);
    if (schema.type === 'object' || (schema.type === undefined && schema.additionalProperties)) return this.map(schema, place, base);
    return { ...base, kind: 'alias', target: this.typeOf(schema, place) };
  }

  private enumeration(schema: Json, place: Place, base: Base): EnumType {
    const values: unknown[] = schema.enum;
    const kind = values.every((v) => typeof v === 'string') ? 'string' : values.every((v) => Number.isInteger(v)) ? 'integer' : undefined;
    if (!kind) throw new Error(`${where(place)}: enum values must all be strings or all integers`);
    return { ...base, kind: 'enum', base: kind, values: (values as (string | number)[]).map((value) => ({ value, words: splitWords(String(value)) })) };
  }

  private union(schema: Json, place: Place, base: Base): UnionType {
    const members: Json[] = schema.oneOf ?? schema.anyOf;
    const property: string | undefined = schema.discriminator?.propertyName;
    const variants = members.map((member, i): UnionVariant => {
      const type = this.typeOf(member, { name: `${place.name}Variant${i + 1}`, origin: [...place.origin, schema.oneOf ? 'oneOf' : 'anyOf', String(i)] });
      if (!property) return { words: type.kind === 'named' ? splitWords(type.name) : [type.kind], type };
      const value = this.discriminatorValue(schema, member, property, place);
      this.markVariant(type, place.name, property, value);
      return { value, words: splitWords(value), type };
    });
    return { ...base, kind: 'union', ...(property ? { discriminator: { wire: property, words: splitWords(property) } } : {}), variants };
  }

  // The value that selects a variant: its mapping entry, else the variant's one-value enum.
  private discriminatorValue(union: Json, member: Json, property: string, place: Place): string {
    const mapped = Object.entries<string>(union.discriminator.mapping ?? {}).find(([, ref]) => ref === member.$ref)?.[0];
    if (mapped) return mapped;
    const target = member.$ref ? this.components()[refName(member.$ref, place)] : member;
    const values = target?.properties?.[property]?.enum;
    if (Array.isArray(values) && values.length === 1) return String(values[0]);
    if (member.$ref) return refName(member.$ref, place);
    throw new Error(`${where(place)}: a variant of the union has no value for discriminator ${property}`);
  }

  private markVariant(type: TypeRef, union: string, property: string, value: string): void {
    const variant = type.kind === 'named' ? this.types.get(type.name) : undefined;
    if (variant?.kind !== 'object') throw new Error(`${union}: variant ${value} of a discriminated union must be an object`);
    variant.variantOf = { union, field: property, value };
    for (const field of variant.fields) if (field.wire === property) field.discriminator = true;
  }

  // allOf: an object whose fields are its parts' fields, in order; required if any part requires them.
  // An inline part is read in place (its fields are the whole type's), never as a type of its own.
  private allOf(schema: Json, place: Place, base: Base): ObjectType {
    const parts: Json[] = [...schema.allOf, ...(schema.properties ? [{ type: 'object', properties: schema.properties, required: schema.required ?? [] }] : [])];
    const fields: Field[] = [];
    let additional: TypeRef | false = { kind: 'unknown' };
    parts.forEach((part, i) => {
      const object = part.$ref ? this.types.get(this.component(refName(part.$ref, place), place)) : part.properties ? this.object(part, { ...place, origin: [...place.origin, 'allOf', String(i)] }, base) : undefined;
      if (object?.kind !== 'object') throw new Error(`${where(place)}: allOf part ${i + 1} is not an object`);
      for (const field of object.fields) {
        const same = fields.findIndex((f) => f.wire === field.wire);
        if (same >= 0) fields[same] = { ...field, required: field.required || fields[same]!.required };
        else fields.push({ ...field });
      }
      if (object.additional === false) additional = false;
    });
    return { ...base, kind: 'object', fields, additional, role: 'model' };
  }

  private object(schema: Json, place: Place, base: Base): ObjectType {
    const required = new Set<string>(schema.required ?? []);
    const fields = Object.entries<Json>(schema.properties ?? {}).map(([wire, property]) =>
      this.field(wire, property, required.has(wire), { name: `${place.name}${pascalCase(splitWords(wire))}`, origin: [...place.origin, 'properties', wire] }),
    );
    return { ...base, kind: 'object', fields, additional: schema.additionalProperties === false ? false : this.valueType(schema, place), role: 'model' };
  }

  private map(schema: Json, place: Place, base: Base): MapType {
    return { ...base, kind: 'map', value: this.valueType(schema, place) };
  }

  /** What an object's undeclared keys hold: additionalProperties' type, or any JSON. */
  private valueType(schema: Json, place: Place): TypeRef {
    const values = schema.additionalProperties;
    if (values && typeof values === 'object' && Object.keys(values).length > 0) return this.typeOf(values, { name: `${place.name}Value`, origin: [...place.origin, 'additionalProperties'] });
    return { kind: 'unknown' };
  }

  /** A field of an object, a parameter or a params object. */
  field(wire: string, schema: Json, required: boolean, place: Place, description?: string): Field {
    const type = this.typeOf(schema, place);
    const text = description ?? schema.description ?? (schema.$ref ? this.components()[refName(schema.$ref, place)]?.description : undefined);
    return {
      wire,
      words: splitWords(wire),
      type,
      required,
      nullable: schema.nullable === true,
      readOnly: schema.readOnly === true,
      writeOnly: schema.writeOnly === true,
      ...(schema.default !== undefined ? { default: schema.default } : {}),
      ...(type.kind === 'literal' ? { constant: type.value } : {}),
      discriminator: false,
      secret: schema['x-cognitionos-secret'] === true,
      ...(text ? { description: text } : {}),
      deprecated: schema.deprecated === true,
    };
  }

  private named(type: NamedType): TypeRef {
    return { kind: 'named', name: type.name };
  }

  private components(): Record<string, Json> {
    return this.spec.components?.schemas ?? {};
  }
}

type Base = Omit<ObjectType, 'kind' | 'fields' | 'additional' | 'role' | 'variantOf'>;

function baseOf(schema: Json, place: Place): Base {
  return {
    name: place.name,
    words: splitWords(place.name),
    ...(schema.description ? { description: schema.description } : {}),
    deprecated: schema.deprecated === true,
    usage: { request: false, response: false },
    origin: place.origin,
  };
}

/** `#/components/schemas/Tenant` -> `Tenant`; the one place a `$ref` is taken apart. */
export function refName(ref: string, place: Place): string {
  if (!ref.startsWith(COMPONENT)) throw new Error(`${where(place)}: $ref ${ref} does not name a component schema`);
  return ref.slice(COMPONENT.length).replace(/~1/g, '/').replace(/~0/g, '~');
}

function refuseUnsupported(schema: Json, place: Place): void {
  if (!schema || typeof schema !== 'object') throw new Error(`${where(place)}: a schema must be an object`);
  const keyword = UNSUPPORTED.find((k) => k in schema);
  if (keyword) throw new Error(`${where(place)}: the schema keyword ${keyword} is not supported`);
}

function where(place: Place): string {
  return `#/${place.origin.join('/')} (${place.name})`;
}
