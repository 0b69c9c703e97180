// The contract itself: the committed openapi.json is exactly what the zod sources build, and every
// operation carries what the generators, the server and stateful testing rely on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { document, operations } from '../src/index.ts';

const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
const spec = JSON.parse(committed);

type Json = any;
/** Follows a local `$ref` (`#/components/...`) to what it names; undefined when it names nothing. */
const resolve = (node: Json): Json =>
  node?.$ref ? (node.$ref as string).slice(2).split('/').reduce<Json>((at, part) => at?.[part], spec) : node;

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
const specOperations = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
  methods.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] as Json })),
);
const byId = (rows: typeof specOperations) => rows.map(({ op, method, path }) => [op.operationId as string, method, path, op] as const);

describe('spec/openapi.json', () => {
  it('is byte for byte what the zod sources build (as `npm run spec` writes it)', () => {
    expect(`${JSON.stringify(document, null, 2)}\n`).toBe(committed);
  });

  it('is OpenAPI 3.0.3 with a version', () => {
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has every $ref pointing at something that exists', () => {
    const refs = new Set<string>();
    JSON.stringify(spec, (key, value) => (key === '$ref' && refs.add(value), value));
    const dangling = [...refs].filter((ref) => resolve({ $ref: ref }) === undefined);
    expect(dangling).toEqual([]);
  });

  it('declares the same operations as the operation table the server mounts', () => {
    const declared = specOperations.map(({ op, method, path }) => `${op.operationId} ${method} ${path}`).sort();
    const mounted = operations.map((op) => `${op.operationId} ${op.http} ${op.path}`).sort();
    expect(declared).toEqual(mounted);
  });

  it('has unique operationIds named <resource><Method> after x-cognitionos-sdk', () => {
    const ids = specOperations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of specOperations) {
      const { resource, method } = op['x-cognitionos-sdk'];
      const words = [...resource.split('.'), method];
      expect(op.operationId).toBe(words.map((word: string, i: number) => (i ? word[0].toUpperCase() + word.slice(1) : word)).join(''));
    }
  });
});

describe.each(byId(specOperations))('%s (%s %s)', (_id, method, _path, op) => {
  const access = operations.find((candidate) => candidate.operationId === op.operationId)?.access;

  it('has an operationId, exactly one declared tag, a summary and x-cognitionos-sdk', () => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.tags).toHaveLength(1);
    expect(spec.tags.map((tag: { name: string }) => tag.name)).toContain(op.tags[0]);
    expect(op.summary).toEqual(expect.stringMatching(/\S/));
    expect(op['x-cognitionos-sdk']).toEqual({ resource: expect.stringMatching(/^[a-z][A-Za-z.]*$/), method: expect.stringMatching(/^[a-z]+$/) });
  });

  it('declares its security: none for public operations, the bearer key otherwise', () => {
    expect(op.security).toEqual(access === 'public' ? [] : [{ bearerAuth: [] }]);
  });

  it('answers every 4xx as application/problem+json with ProblemDetails', () => {
    const errors = Object.entries(op.responses as Record<string, Json>).filter(([status]) => status.startsWith('4'));
    if (access !== 'public') expect(errors.length).toBeGreaterThan(0);
    for (const [status, response] of errors) {
      const content = resolve(response)?.content;
      expect(Object.keys(content ?? {}), status).toEqual(['application/problem+json']);
      expect(content['application/problem+json'].schema, status).toEqual({ $ref: '#/components/schemas/ProblemDetails' });
    }
  });

  it('declares the errors its middleware can produce', () => {
    const statuses = Object.keys(op.responses);
    if (access !== 'public') expect(statuses).toEqual(expect.arrayContaining(['401', '403', '429']));
    if ((op.parameters ?? []).some((parameter: Json) => parameter.in === 'path')) expect(statuses).toContain('404');
    if (op.requestBody) expect(statuses).toEqual(expect.arrayContaining(['400', '413', '415']));
    if (method === 'post') expect(statuses).toEqual(expect.arrayContaining(['409', '422']));
  });

  it('has examples for its request body and its success response', () => {
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (body) expect(resolve(body).example, 'request body').toBeDefined();
    for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
      const schema = status.startsWith('2') && resolve(response).content?.['application/json']?.schema;
      if (schema) expect(resolve(schema).example, `response ${status} (${schema.$ref})`).toBeDefined();
    }
  });

  it('declares a success response with the request id and spec version headers', () => {
    const success = Object.entries(op.responses as Record<string, Json>).filter(([status]) => status.startsWith('2'));
    expect(success).toHaveLength(1);
    expect(Object.keys(success[0][1].headers)).toEqual(expect.arrayContaining(['X-Request-Id', 'CognitionOS-Spec-Version']));
  });
  it('reads the caller\'s W3C trace context: the traceparent and tracestate header parameters', () => {
    const headers = (op.parameters as Json[]).map(resolve).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
    expect(headers).toEqual(['traceparent', 'tracestate']);
  });

  it('declares traceresponse on every answer and X-Should-Retry on every error answer', () => {
    for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
      const headers = Object.keys(resolve(response).headers ?? {});
      expect(headers, status).toContain('traceresponse');
      if (Number(status) >= 400) expect(headers, status).toContain('X-Should-Retry');
      else expect(headers, status).not.toContain('X-Should-Retry');
    }
  });
});

describe('creates', () => {
  const creates = specOperations.filter(({ op }) => op.responses['201']);
  const ids = new Set(specOperations.map(({ op }) => op.operationId));
  /** The created object's retrieve/update/delete: the operations on the create's path plus the new id. */
  const followUpsOf = (path: string) =>
    specOperations.filter((other) => /^\/\{\w+\}$/.test(other.path.slice(path.length)) && other.path.startsWith(path)).map(({ op }) => op.operationId);

  it.each(byId(creates))('%s (%s %s) declares Location when the object can be retrieved, and links to its retrieve/update/delete', (_id, _method, path, op) => {
    const created = op.responses['201'];
    const retrievable = followUpsOf(path).some((id) => id.endsWith('Retrieve'));
    if (retrievable) expect(created.headers).toHaveProperty('Location');
    else expect(created.headers).not.toHaveProperty('Location');
    const links = Object.values(created.links ?? {}) as Json[];
    for (const link of links) {
      expect(ids).toContain(link.operationId);
      for (const expression of Object.values(link.parameters)) expect(expression).toMatch(/^\$response\.body#\/\w+$/);
    }
    expect(links.map((link) => link.operationId)).toEqual(expect.arrayContaining(followUpsOf(path)));
  });

  it('every create with follow-up operations has links (usage.record has none to link to)', () => {
    const withoutLinks = creates.filter(({ op, path }) => followUpsOf(path).length > 0 && !op.responses['201'].links).map(({ op }) => op.operationId);
    expect(withoutLinks).toEqual([]);
  });
});

describe('lists', () => {
  const lists = specOperations.filter(({ op }) => op['x-cognitionos-sdk'].method === 'list');

  it('every list operation is one of the operations the table marks paginated', () => {
    expect(lists.map(({ op }) => op.operationId).sort()).toEqual(operations.filter((op) => op.paginated).map((op) => op.operationId).sort());
  });

  it.each(byId(lists))('%s (%s %s) is cursor-paginated with limit, cursor and a page shape', (_id, _method, _path, op) => {
    expect(op['x-cognitionos-pagination']).toBe('cursor');
    const query = Object.fromEntries((op.parameters as Json[]).filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, parameter.schema]));
    expect(query.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(query.cursor).toMatchObject({ type: 'string' });
    const page = resolve(resolve(op.responses['200']).content['application/json'].schema);
    expect(page.required).toEqual(expect.arrayContaining(['data', 'has_more', 'next_cursor']));
    expect(page.properties.data.type).toBe('array');
    expect(page.properties.next_cursor).toMatchObject({ type: 'string', nullable: true });
  });
});

describe('workflow steps', () => {
  it('are a oneOf with a discriminator on type and an explicit mapping to each member', () => {
    const step = spec.components.schemas.WorkflowStep;
    expect(step.discriminator.propertyName).toBe('type');
    expect(Object.values(step.discriminator.mapping).sort()).toEqual(step.oneOf.map((member: Json) => member.$ref).sort());
    for (const [type, ref] of Object.entries(step.discriminator.mapping)) expect(resolve({ $ref: ref }).properties.type.enum).toEqual([type]);
  });
});
