import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from './build.ts';
import type { Resource } from './types.ts';

type Json = Record<string, any>;

const realSpec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const op = (resource: string, method: string, extra: Json = {}) => ({
  operationId: `${resource.replace('.', '_')}_${method}`,
  'x-cognitionos-sdk': { resource, method },
  responses: { 200: { description: 'ok', ...json(ref('Thing')) } },
  ...extra,
});

/** A tiny spec: `things` with put and patch, nested `things.parts`, and an unpaginated list. */
function fixture(paths: Json, schemas: Json = {}): Json {
  return {
    openapi: '3.0.3',
    info: { title: 'Tiny API', version: '1.2.3' },
    paths,
    components: {
      schemas: {
        Thing: { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string' } } },
        ThingParams: { type: 'object', properties: { name: { type: 'string', description: 'Its name.' } }, required: ['name'] },
        ThingList: { type: 'object', properties: { data: { type: 'array', items: ref('Thing') } } },
        ...schemas,
      },
    },
  };
}

const tiny = fixture({
  '/things/{thing_id}': {
    parameters: [idParam('thing_id')],
    put: op('things', 'replace', { requestBody: { required: true, ...json(ref('ThingParams')) } }),
    patch: op('things', 'update', { requestBody: { required: true, ...json(ref('ThingParams')) } }),
  },
  '/things/{thing_id}/parts/{part_id}': {
    delete: op('things.parts', 'delete', { parameters: [idParam('part_id'), idParam('thing_id')], responses: { 204: { description: 'gone' } } }),
  },
  '/things': {
    get: op('things', 'list', {
      parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer' } }],
      responses: { 200: json(ref('ThingList')) },
    }),
  },
});

const flatten = (resources: Resource[]): Resource[] => resources.flatMap((r) => [r, ...flatten(r.children)]);

describe('buildModel on the real spec', () => {
  const model = buildModel(realSpec);
  const specOperations = Object.values<Json>(realSpec.paths).flatMap((item) => Object.values<Json>(item).map((o) => o.operationId));

  it('holds every operation of the spec exactly once, in the flat list and in the resource tree', () => {
    expect(model.methods.map((m) => m.operationId)).toEqual(specOperations);
    expect(flatten(model.resources).flatMap((r) => r.methods.map((m) => m.operationId)).sort()).toEqual([...specOperations].sort());
  });

  it('names the client and the contract version from info', () => {
    expect([model.name, model.title, model.specVersion, model.license]).toEqual(['CognitionOS', 'CognitionOS API', realSpec.info.version, 'Apache-2.0']);
  });

  it.each([
    ['tenantsApiKeysRevoke', 'tenants.apiKeys', 'revoke', 'delete', ['tenant_id', 'key_id'], undefined, { kind: 'model', type: 'ApiKey', status: 200 }],
    ['tenantsList', 'tenants', 'list', 'get', [], { type: 'TenantListParams', in: 'query', required: false }, { kind: 'page', type: 'TenantList', item: 'Tenant', status: 200 }],
    ['tenantsCreate', 'tenants', 'create', 'post', [], { type: 'TenantCreateParams', in: 'body', required: true }, { kind: 'model', type: 'Tenant', status: 201 }],
    ['workflowsDelete', 'workflows', 'delete', 'delete', ['workflow_id'], undefined, { kind: 'none' }],
    ['workflowsExecutionsCreate', 'workflows.executions', 'create', 'post', ['workflow_id'], { type: 'ExecutionCreateParams', in: 'body', required: false }, { kind: 'model', type: 'Execution', status: 201 }],
  ])('%s: %s.%s, %s, path params %j', (operationId, resource, verb, httpMethod, pathParams, params, response) => {
    const method = model.methods.find((m) => m.operationId === operationId)!;
    expect(method).toMatchObject({ resource, verb, httpMethod, response });
    expect(method.pathParams.map((p) => p.wire)).toEqual(pathParams);
    expect(method.params && { type: method.params.type, in: method.params.in, required: method.params.required }).toEqual(params);
  });

  it('declares polling only where the spec does, from x-cognitionos-polling', () => {
    const polled = model.methods.filter((m) => m.polling);
    expect(polled.map((m) => [m.operationId, m.polling])).toEqual([
      ['workflowsExecutionsCreate', { statusField: 'status', terminal: ['succeeded', 'failed', 'canceled'], intervalMs: 500, timeoutMs: 300000, retrieve: 'workflowsExecutionsRetrieve' }],
    ]);
  });

  it('lists declared errors with their problem type', () => {
    const errors = model.methods.find((m) => m.operationId === 'tenantsRetrieve')!.errors;
    expect(errors.map((e) => e.status)).toEqual([400, 401, 403, 404, 429]);
    expect(new Set(errors.map((e) => e.type))).toEqual(new Set(['ProblemDetails']));
  });
});

describe('buildModel on small fixture specs', () => {
  const model = buildModel(tiny);
  const method = (operationId: string) => model.methods.find((m) => m.operationId === operationId)!;

  it.each([
    ['things_replace', 'put'],
    ['things_update', 'patch'],
  ])('%s is read as HTTP %s with its body params and path-level parameter', (operationId, httpMethod) => {
    expect(method(operationId)).toMatchObject({ httpMethod, verb: operationId.split('_')[1], pathParams: [{ wire: 'thing_id', words: ['thing', 'id'] }] });
    const name = { wire: 'name', words: ['name'], type: { kind: 'string' }, required: true, nullable: false, readOnly: false, writeOnly: false, discriminator: false, secret: false, description: 'Its name.', deprecated: false };
    expect(method(operationId).params).toEqual({ type: 'ThingParams', in: 'body', bodyType: 'ThingParams', required: true, fields: [name], query: [] });
  });

  it('nests a dotted resource under its parent, path params in path order whatever the declaration order', () => {
    expect(model.resources.map((r) => r.id)).toEqual(['things']);
    const parts = model.resources[0]!.children[0]!;
    expect([parts.id, parts.name, parts.words, parts.qualifiedWords]).toEqual(['things.parts', 'parts', ['parts'], [['things'], ['parts']]]);
    expect(parts.methods[0]!.pathParams.map((p) => p.wire)).toEqual(['thing_id', 'part_id']);
    expect(parts.methods[0]!.response).toEqual({ kind: 'none' });
  });

  it('reads a list without x-cognitionos-pagination as a plain model answer, its query as <Response>Params', () => {
    expect(method('things_list').response).toEqual({ kind: 'model', type: 'ThingList', status: 200 });
    expect(method('things_list').params).toMatchObject({ type: 'ThingListParams', in: 'query', required: false, fields: [{ wire: 'limit', required: false }] });
  });

  it.each([
    ['an unresolved schema $ref', fixture({ '/x': { get: op('x', 'retrieve', { responses: { 200: json(ref('Missing')) } }) } }), 'x_retrieve: unresolved $ref #/components/schemas/Missing'],
    ['an unresolved $ref deep in a component', fixture({ '/x': { get: op('x', 'retrieve') } }, { Thing: { properties: { a: ref('Gone') } } }), '#/components/schemas/Thing/properties/a (ThingA): no component schema Gone'],
    ['an unresolved parameter $ref', fixture({ '/x': { get: op('x', 'list', { parameters: [{ $ref: '#/components/parameters/Nope' }] }) } }), 'x_list: unresolved $ref #/components/parameters/Nope'],
    ['an undeclared path parameter', fixture({ '/x/{x_id}': { get: op('x', 'retrieve') } }), 'x_retrieve: path parameter {x_id} is not declared'],
    ['an operation without a 2xx answer', fixture({ '/x': { get: { operationId: 'bare', responses: {} } } }), 'bare: no 2xx response'],
    ['polling that names no operation', fixture({ '/x': { post: op('x', 'create', { 'x-cognitionos-polling': { status_field: 'status', terminal: ['done'], interval_ms: 1, timeout_ms: 2, retrieve: 'nope' } }) } }), 'x_create: x-cognitionos-polling.retrieve names no operation: nope'],
    ['incomplete polling', fixture({ '/x': { post: op('x', 'create', { 'x-cognitionos-polling': { status_field: 'status' } }) } }), 'x_create: x-cognitionos-polling needs'],
  ])('refuses %s with an error naming it and the operation', (_case, spec, message) => {
    expect(() => buildModel(spec)).toThrow(message);
  });
});
