// Issue 22 item 3: the spec is the one source of every SDK's reference docs, so every schema,
// property, enum (each of its values named), parameter, operation and response carries a description.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Json = any;
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const resolve = (node: Json): Json =>
  node?.$ref ? (node.$ref as string).slice(2).split('/').reduce<Json>((at, part) => at?.[part], spec) : node;

/**
 * What is missing in a schema and everything inline in it. A bare `$ref` is described by what it names
 * (OpenAPI 3.0 ignores a `$ref`'s siblings), which is checked where that schema is declared.
 */
function missingIn(schema: Json, where: string): string[] {
  if (schema.$ref) return [];
  const missing: string[] = [];
  const description: string | undefined = schema.description;
  if (!description?.trim()) missing.push(where);
  for (const value of schema.enum ?? []) if (!description?.includes(`\`${value}\``)) missing.push(`${where}: enum value \`${value}\` not described`);
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) missing.push(...missingIn(property, `${where}.${name}`));
  if (schema.items) missing.push(...missingInNested(schema.items, `${where}[]`));
  if (typeof schema.additionalProperties === 'object') missing.push(...missingInNested(schema.additionalProperties, `${where}{}`));
  for (const [i, member] of (schema.oneOf ?? []).entries()) missing.push(...missingInNested(member, `${where}.oneOf[${i}]`));
  return missing;
}

/** An array's items, a map's values, a union's members: described by their container, unless they are objects or enums. */
const missingInNested = (schema: Json, where: string) =>
  schema.properties || schema.enum ? missingIn(schema, where) : [];

const methods = ['get', 'post', 'put', 'patch', 'delete'];
const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  methods.filter((method) => item[method]).map((method) => [`${method.toUpperCase()} ${path}`, item[method]] as const),
);

describe('every part of the spec is described', () => {
  it.each(Object.entries<Json>(spec.components.schemas))('schema %s, its properties and its enum values', (name, schema) => {
    expect(missingIn(schema, name)).toEqual([]);
  });

  it.each(operations)('%s: the operation, its parameters, its body and its responses', (_name, op) => {
    const missing: string[] = [];
    if (!op.summary?.trim()) missing.push('summary');
    if (!op.description?.trim()) missing.push('description');
    for (const parameter of (op.parameters ?? []).map(resolve)) if (!parameter.description?.trim()) missing.push(`parameter ${parameter.name}`);
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (body) missing.push(...missingIn(body, 'body'));
    for (const [status, response] of Object.entries<Json>(op.responses)) if (!resolve(response).description?.trim()) missing.push(`response ${status}`);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries<Json>({ ...spec.components.headers, ...spec.components.parameters }))('header or parameter %s', (_name, component) => {
    expect(component.description).toEqual(expect.stringMatching(/\S/));
  });

  it('an enum that is inline in a parameter names each value in the parameter\'s description', () => {
    const undescribed = operations.flatMap(([name, op]) =>
      (op.parameters ?? []).map(resolve).filter((parameter: Json) => parameter.schema?.enum)
        .flatMap((parameter: Json) => parameter.schema.enum.filter((value: string) => !`${parameter.description} ${parameter.schema.description ?? ''}`.includes(`\`${value}\``)).map((value: string) => `${name} ${parameter.name}=${value}`)),
    );
    expect(undescribed).toEqual([]);
  });
});
