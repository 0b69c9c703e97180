// The language-neutral sample of one operation: which call, with which path ids and which params
// values, what it answers and which error is worth catching. Every language file (typescript.ts,
// python.ts, ...) only spells this out. Values come from the spec's own examples (the params
// object's `example`, each path parameter's `example`), so the samples show what the API documents;
// a required field the example lacks gets a plausible value from its default, enum or format.
import { allResources, typeNamed } from '../model/build.ts';
import type { EnumType, EnumValue, Field, Method, ObjectType, Resource, SdkModel, TypeRef, UnionType, UnionVariant } from '../model/types.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

/** A value in a sample, typed by the model, with the JSON it stands for (curl and the CLI send that). */
export type Value =
  | { kind: 'scalar'; type: TypeRef; json: string | number | boolean }
  | { kind: 'enum'; type: EnumType; value: EnumValue; json: string | number }
  | { kind: 'list'; type: TypeRef; item: TypeRef; items: Value[]; json: Json[] }
  | { kind: 'map'; type: TypeRef; value: TypeRef; entries: [string, Value][]; json: JsonObject }
  | { kind: 'object'; type: ObjectType; fields: FieldValue[]; json: JsonObject }
  | { kind: 'variant'; union: UnionType; variant: UnionVariant; object: Extract<Value, { kind: 'object' }>; json: JsonObject }
  /** Any JSON (a field typed `unknown`, a map of anything). */
  | { kind: 'any'; json: Json };

export interface FieldValue {
  field: Field;
  value: Value;
}

export interface Sample {
  method: Method;
  resource: Resource;
  /** Path parameters in path order, each with its example id. */
  ids: { field: Field; value: string }[];
  /** The params given (empty when the call sends none). */
  params: FieldValue[];
  /** The error class (policy name: NotFound, Conflict) the sample catches, if any. */
  catches?: string;
  /** The answer's object type (the item type of a page), when it has a body. */
  answer?: ObjectType;
}

const ISO_TIME = '2026-01-01T00:00:00Z';

export function buildSample(model: SdkModel, spec: JsonObject, method: Method): Sample {
  const resource = allResources(model.resources).find((r) => r.id === method.resource);
  if (!resource) throw new Error(`${method.operationId}: resource ${method.resource} is not in the model`);
  const operation = operationOf(spec, method);
  const ids = method.pathParams.map((field) => ({ field, value: pathExample(operation, field) }));
  const params = method.params ? paramsValues(model, spec, method) : [];
  const answerName = method.response.kind === 'page' ? method.response.item : method.response.kind === 'model' ? method.response.type : undefined;
  const answerType = answerName ? typeNamed(model, answerName) : undefined;
  return { method, resource, ids, params, catches: catchesOf(method), ...(answerType?.kind === 'object' ? { answer: answerType } : {}) };
}

/** NotFound where an id can miss; Conflict where a create can clash (a slug, a name); else none. */
function catchesOf(method: Method): string | undefined {
  const declares = (status: number) => method.errors.some((e) => e.status === status);
  if (method.pathParams.length && declares(404)) return 'NotFound';
  if (method.response.kind === 'model' && method.response.status === 201 && declares(409)) return 'Conflict';
  return undefined;
}

function operationOf(spec: JsonObject, method: Method): JsonObject {
  const paths = spec.paths as Record<string, Record<string, JsonObject>>;
  const operation = paths[method.path]?.[method.httpMethod];
  if (!operation) throw new Error(`${method.operationId}: ${method.httpMethod} ${method.path} is not in the spec`);
  return operation;
}

function pathExample(operation: JsonObject, field: Field): string {
  const parameter = ((operation.parameters ?? []) as JsonObject[]).find((p) => p.in === 'path' && p.name === field.wire);
  const example = (parameter?.schema as JsonObject | undefined)?.example ?? parameter?.example;
  return typeof example === 'string' ? example : `${field.wire}_example`;
}

// The body's example, or nothing for query params (a list walks every page without them); then
// every required field the example lacks, from its default, enum or format.
function paramsValues(model: SdkModel, spec: JsonObject, method: Method): FieldValue[] {
  const params = method.params!;
  const bodySchema = params.bodyType ? schemaOf(spec, typeNamed(model, params.bodyType).origin) : undefined;
  const example = (bodySchema?.example ?? {}) as JsonObject;
  const settable = params.fields.filter((f) => !f.readOnly && !f.discriminator && f.constant === undefined);
  const given = settable.filter((f) => f.wire in example || f.required);
  return given.map((field) => ({ field, value: valueOf(model, field.type, field.wire in example ? example[field.wire] : plausible(model, field)) }));
}

function schemaOf(spec: JsonObject, origin: string[]): JsonObject | undefined {
  let node: Json = spec;
  for (const token of origin) node = (node as JsonObject | undefined)?.[token];
  return node as JsonObject | undefined;
}

function plausible(model: SdkModel, field: Field): Json {
  if (field.default !== undefined) return field.default;
  return plausibleOf(model, field.type, field.wire);
}

function plausibleOf(model: SdkModel, type: TypeRef, wire: string): Json {
  switch (type.kind) {
    case 'string':
      return type.format === 'date-time' ? ISO_TIME : type.format === 'date' ? ISO_TIME.slice(0, 10) : `example-${wire.replace(/_/g, '-')}`;
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'literal':
      return type.value;
    case 'list':
      return [plausibleOf(model, type.item, wire)];
    case 'map':
    case 'unknown':
      return {};
    case 'named': {
      const named = typeNamed(model, type.name);
      if (named.kind === 'enum') return named.values[0]!.value;
      if (named.kind === 'alias') return plausibleOf(model, named.target, wire);
      if (named.kind === 'object') return Object.fromEntries(named.fields.filter((f) => f.required).map((f) => [f.wire, f.constant ?? plausible(model, f)]));
      if (named.kind === 'map') return {};
      // A union: its first variant, with the discriminator's value when it has one.
      const [first] = named.variants;
      if (!first) throw new Error(`${named.name}: a union without variants`);
      const value = plausibleOf(model, first.type, wire);
      return named.discriminator && first.value !== undefined ? { ...(value as JsonObject), [named.discriminator.wire]: first.value } : value;
    }
  }
}

/** The typed value of `json` at `type`. */
export function valueOf(model: SdkModel, type: TypeRef, json: Json): Value {
  switch (type.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'literal':
      return { kind: 'scalar', type, json: json as string | number | boolean };
    case 'list':
      return { kind: 'list', type, item: type.item, items: (json as Json[]).map((item) => valueOf(model, type.item, item)), json: json as Json[] };
    case 'map':
      return mapValue(model, type, type.value, json as JsonObject);
    case 'unknown':
      return { kind: 'any', json };
    case 'named':
      return namedValue(model, type, json);
  }
}

function mapValue(model: SdkModel, type: TypeRef, value: TypeRef, json: JsonObject): Value {
  return { kind: 'map', type, value, entries: Object.entries(json).map(([key, item]) => [key, valueOf(model, value, item)]), json };
}

function namedValue(model: SdkModel, ref: Extract<TypeRef, { kind: 'named' }>, json: Json): Value {
  const named = typeNamed(model, ref.name);
  switch (named.kind) {
    case 'enum': {
      const value = named.values.find((v) => v.value === json);
      if (!value) throw new Error(`${named.name}: the example value ${JSON.stringify(json)} is not one of its values`);
      return { kind: 'enum', type: named, value, json: value.value };
    }
    case 'alias':
      return valueOf(model, named.target, json);
    case 'map':
      return mapValue(model, ref, named.value, json as JsonObject);
    case 'object':
      return objectValue(model, named, json as JsonObject);
    case 'union': {
      const wire = named.discriminator?.wire;
      const variant = wire ? named.variants.find((v) => v.value === (json as JsonObject)[wire]) : undefined;
      if (!variant || variant.type.kind !== 'named') throw new Error(`${named.name}: samples show discriminated unions of objects only (example ${JSON.stringify(json)})`);
      const object = objectValue(model, typeNamed(model, variant.type.name) as ObjectType, json as JsonObject);
      return { kind: 'variant', union: named, variant, object, json: json as JsonObject };
    }
  }
}

function objectValue(model: SdkModel, type: ObjectType, json: JsonObject): Extract<Value, { kind: 'object' }> {
  const fields = type.fields.filter((f) => f.wire in json && !f.discriminator && !f.readOnly && f.constant === undefined);
  return { kind: 'object', type, fields: fields.map((field) => ({ field, value: valueOf(model, field.type, json[field.wire]) })), json };
}

/** The JSON body the params send (their wire names), or undefined when they are query params or none. */
export function bodyJson(sample: Sample): JsonObject | undefined {
  if (sample.method.params?.in !== 'body') return undefined;
  const query = new Set(sample.method.params.query.map((f) => f.wire));
  const constants = sample.method.params.fields.filter((f) => f.constant !== undefined && !query.has(f.wire)).map((f) => [f.wire, f.constant]);
  return Object.fromEntries([...sample.params.filter((p) => !query.has(p.field.wire)).map((p) => [p.field.wire, p.value.json]), ...constants]);
}

/** The field the sample prints from an answer: its `id` when it has one. */
export function idField(type: ObjectType | undefined): Field | undefined {
  return type?.fields.find((f) => f.wire === 'id');
}
