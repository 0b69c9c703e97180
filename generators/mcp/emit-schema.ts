// The JSON Schema of a tool's input, from the model's types: what an MCP client shows an agent and
// validates arguments with. Self-contained (named types are written out where they are used, no
// `$ref`), since many MCP clients do not follow references.
import { typeNamed } from '../model/build.ts';
import type { Field, Method, SdkModel, TypeRef } from '../model/types.ts';

export type JsonSchema = Record<string, unknown>;

/** Path parameters first, then the params fields; `wait` where the method can poll. */
export function inputSchema(method: Method, model: SdkModel): JsonSchema {
  const fields = [...method.pathParams, ...(method.params?.fields ?? []).filter((f) => !f.readOnly && !f.discriminator)];
  const properties: Record<string, JsonSchema> = Object.fromEntries(fields.map((field) => [field.wire, fieldSchema(field, model)]));
  if (method.polling) properties.wait = { type: 'boolean', description: `Wait until ${method.polling.statusField} is ${method.polling.terminal.join(', ')} before answering.` };
  const required = [...method.pathParams.map((p) => p.wire), ...(method.params?.required ? method.params.fields.filter((f) => f.required && f.constant === undefined).map((f) => f.wire) : [])];
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function fieldSchema(field: Field, model: SdkModel, seen: Set<string> = new Set()): JsonSchema {
  const schema = typeSchema(field.type, model, seen);
  const described = field.description ? { ...schema, description: field.description } : schema;
  const withDefault = field.default !== undefined ? { ...described, default: field.default } : described;
  return field.nullable ? { anyOf: [withDefault, { type: 'null' }] } : withDefault;
}

function typeSchema(type: TypeRef, model: SdkModel, seen: Set<string>): JsonSchema {
  switch (type.kind) {
    case 'string':
      return type.format ? { type: 'string', format: type.format } : { type: 'string' };
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'list':
      return { type: 'array', items: typeSchema(type.item, model, seen) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.value, model, seen) };
    case 'literal':
      return { const: type.value };
    case 'unknown':
      return {};
    case 'named':
      return namedSchema(type.name, model, seen);
  }
}

// A type that contains itself is cut at its second appearance: any object there.
function namedSchema(name: string, model: SdkModel, seen: Set<string>): JsonSchema {
  if (seen.has(name)) return { type: 'object' };
  const inner = new Set([...seen, name]);
  const type = typeNamed(model, name);
  const described = (schema: JsonSchema) => (type.description ? { ...schema, description: type.description } : schema);
  switch (type.kind) {
    case 'enum':
      return described({ type: type.base, enum: type.values.map((v) => v.value) });
    case 'map':
      return described({ type: 'object', additionalProperties: typeSchema(type.value, model, inner) });
    case 'alias':
      return described(typeSchema(type.target, model, inner));
    case 'union':
      return described({ anyOf: type.variants.map((v) => typeSchema(v.type, model, inner)) });
    case 'object': {
      const fields = type.fields.filter((f) => !f.readOnly);
      const required = fields.filter((f) => f.required).map((f) => f.wire);
      return described({
        type: 'object',
        properties: Object.fromEntries(fields.map((f) => [f.wire, fieldSchema(f, model, inner)])),
        ...(required.length ? { required } : {}),
        ...(type.additional === false ? { additionalProperties: false } : {}),
      });
    }
  }
}
