// The model's types, read from the fixture corpus (generators/fixtures): each case names a fixture,
// a type or method of its model, and the part of it that must hold.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFixture } from '../fixtures/generate.ts';
import { buildModel, typeNamed } from './build.ts';
import type { SdkModel } from './types.ts';

const models = new Map<string, SdkModel>();
const modelOf = (fixture: string) => models.get(fixture) ?? models.set(fixture, buildModel(readFixture(fixture))).get(fixture)!;
const field = (fixture: string, type: string, wire: string) => {
  const named = typeNamed(modelOf(fixture), type);
  if (named.kind !== 'object') throw new Error(`${type} is a ${named.kind}`);
  return named.fields.find((f) => f.wire === wire);
};
const method = (fixture: string, operationId: string) => modelOf(fixture).methods.find((m) => m.operationId === operationId);

describe('named types', () => {
  it.each([
    ['an inline object is named after its owner and field', { fixture: 'nested-objects', type: 'OrderShipping', want: { kind: 'object', role: 'model', origin: ['components', 'schemas', 'Order', 'properties', 'shipping'] } }],
    ['an object two levels inline', { fixture: 'nested-objects', type: 'OrderShippingAddress', want: { kind: 'object', fields: [expect.objectContaining({ wire: 'street', required: false }), expect.objectContaining({ wire: 'city', required: true })] } }],
    ['a request body is a params type', { fixture: 'arrays-of-refs', type: 'BasketParams', want: { kind: 'object', role: 'params', additional: false, usage: { request: true, response: false } } }],
    ['a named map', { fixture: 'maps', type: 'Labels', want: { kind: 'map', value: { kind: 'string' }, description: 'String pairs.' } }],
    ['an enum only the server sends', { fixture: 'open-enums', type: 'JobState', want: { kind: 'enum', base: 'string', usage: { request: false, response: true } } }],
    ['an enum the caller sends too', { fixture: 'open-enums', type: 'Priority', want: { kind: 'enum', usage: { request: true, response: true } } }],
    ['an integer enum', { fixture: 'open-enums', type: 'Level', want: { kind: 'enum', base: 'integer', values: [{ value: 1, words: ['1'] }, { value: 2, words: ['2'] }, { value: 3, words: ['3'] }] } }],
    ['an inline enum is named', { fixture: 'open-enums', type: 'JobMode', want: { kind: 'enum', values: [{ value: 'fast', words: ['fast'] }, { value: 'safe', words: ['safe'] }] } }],
    ['a discriminated union', { fixture: 'union-discriminated', type: 'Shape', want: { kind: 'union', discriminator: { wire: 'kind', words: ['kind'] }, variants: [{ value: 'circle', words: ['circle'], type: { kind: 'named', name: 'Circle' } }, { value: 'square', words: ['square'], type: { kind: 'named', name: 'Square' } }] } }],
    ['a union variant knows its union', { fixture: 'union-discriminated', type: 'Circle', want: { kind: 'object', variantOf: { union: 'Shape', field: 'kind', value: 'circle' } } }],
    ['a union without discriminator', { fixture: 'union-plain', type: 'CellValue', want: { kind: 'union', variants: [{ words: ['string'], type: { kind: 'string' } }, { words: ['number'], type: { kind: 'number' } }, { words: ['formula'], type: { kind: 'named', name: 'Formula' } }] } }],
    ['allOf merges its parts in order', { fixture: 'all-of', type: 'Dog', want: { kind: 'object', fields: ['id', 'name', 'breed', 'good_boy'].map((wire) => expect.objectContaining({ wire })) } }],
    ['an inline list answer is an alias named after its operation', { fixture: 'list-without-pagination', type: 'RegionsListResponse', want: { kind: 'alias', target: { kind: 'list', item: { kind: 'named', name: 'Region' } }, usage: { request: false, response: true } } }],
    ['a page envelope', { fixture: 'nested-two-deep', type: 'MemberList', want: { kind: 'object', role: 'page' } }],
  ])('%s', (_name, { fixture, type, want }) => {
    expect(typeNamed(modelOf(fixture), type)).toMatchObject(want);
  });
});

describe('fields', () => {
  it.each([
    ['date-time', { fixture: 'formats', type: 'Event', wire: 'at', want: { type: { kind: 'string', format: 'date-time' }, required: true } }],
    ['date', { fixture: 'formats', type: 'Event', wire: 'day', want: { type: { kind: 'string', format: 'date' } } }],
    ['uuid', { fixture: 'formats', type: 'Event', wire: 'id', want: { type: { kind: 'string', format: 'uuid' } } }],
    ['int32', { fixture: 'formats', type: 'Event', wire: 'count', want: { type: { kind: 'integer', format: 'int32' } } }],
    ['int64 (and integers without a format)', { fixture: 'formats', type: 'Event', wire: 'total', want: { type: { kind: 'integer', format: 'int64' } } }],
    ['uri', { fixture: 'formats', type: 'Event', wire: 'link', want: { type: { kind: 'string', format: 'uri' } } }],
    ['required and nullable', { fixture: 'nullable', type: 'Profile', wire: 'nickname', want: { required: true, nullable: true } }],
    ['a nullable reference through allOf', { fixture: 'nullable', type: 'Profile', wire: 'manager', want: { type: { kind: 'named', name: 'Person' }, nullable: true } }],
    ['a list of lists', { fixture: 'arrays-of-refs', type: 'Basket', wire: 'grid', want: { type: { kind: 'list', item: { kind: 'list', item: { kind: 'integer', format: 'int64' } } } } }],
    ['a map of references', { fixture: 'maps', type: 'Settings', wire: 'owners', want: { type: { kind: 'map', value: { kind: 'named', name: 'Owner' } } } }],
    ['a free-form map', { fixture: 'maps', type: 'Settings', wire: 'extra', want: { type: { kind: 'map', value: { kind: 'unknown' } } } }],
    ['a default', { fixture: 'defaults-constants', type: 'ReportParams', wire: 'pages', want: { default: 1, required: false } }],
    ['a constant', { fixture: 'defaults-constants', type: 'Report', wire: 'object', want: { type: { kind: 'literal', value: 'report' }, constant: 'report' } }],
    ['a deprecated field', { fixture: 'deprecated', type: 'Widget', wire: 'size', want: { deprecated: true, description: 'Use dimensions.' } }],
    ['the field a discriminator owns', { fixture: 'union-discriminated', type: 'Square', wire: 'kind', want: { discriminator: true, constant: 'square' } }],
    ['acronym words', { fixture: 'acronyms', type: 'APIKey', wire: 'userID', want: { words: ['user', 'id'] } }],
    ['a plural acronym', { fixture: 'acronyms', type: 'APIKey', wire: 'IDs', want: { words: ['ids'] } }],
  ])('%s', (_name, { fixture, type, wire, want }) => {
    expect(field(fixture, type, wire)).toMatchObject(want);
  });
});

describe('methods', () => {
  it.each([
    ['a body with query parameters is one params object', { fixture: 'path-query-body', operationId: 'indexesQuery', want: { params: { type: 'IndexesQueryParams', in: 'body', bodyType: 'QueryBody', required: true, fields: ['text', 'top_k', 'explain', 'timeout_ms'].map((wire) => expect.objectContaining({ wire })), query: [expect.objectContaining({ wire: 'explain', required: false }), expect.objectContaining({ wire: 'timeout_ms', required: true })] } } }],
    ['a deprecated operation', { fixture: 'deprecated', operationId: 'widgetsDelete', want: { deprecated: true, response: { kind: 'none' } } }],
    ['nested two deep', { fixture: 'nested-two-deep', operationId: 'orgsTeamsMembersList', want: { resource: 'orgs.teams.members', response: { kind: 'page', type: 'MemberList', item: 'Member' }, pathParams: [expect.objectContaining({ wire: 'org_id' }), expect.objectContaining({ wire: 'team_id' })] } }],
    ['no extension: GET on a collection lists', { fixture: 'no-extension', operationId: 'listBooks', want: { resource: 'books', verb: 'list' } }],
    ['no extension: GET on an item retrieves', { fixture: 'no-extension', operationId: 'getBook', want: { resource: 'books', verb: 'retrieve' } }],
    ['no extension: POST creates', { fixture: 'no-extension', operationId: 'createBook', want: { resource: 'books', verb: 'create', params: { type: 'NewBook', in: 'body' } } }],
    ['no extension: DELETE deletes', { fixture: 'no-extension', operationId: 'deleteBook', want: { resource: 'books', verb: 'delete' } }],
    ['no extension: a nested path is a nested resource', { fixture: 'no-extension', operationId: 'listChapters', want: { resource: 'books.chapters', verb: 'list' } }],
    ['no extension: a POST after an id is an action', { fixture: 'no-extension', operationId: 'archiveBook', want: { resource: 'books', verb: 'archive' } }],
  ])('%s', (_name, { fixture, operationId, want }) => {
    expect(method(fixture, operationId)).toMatchObject(want);
  });
});

describe('the real spec', () => {
  const model = buildModel(readRealSpec());

  it('marks the one secret field', () => {
    const secrets = model.types.flatMap((t) => (t.kind === 'object' ? t.fields.filter((f) => f.secret).map((f) => `${t.name}.${f.wire}`) : []));
    expect(secrets).toEqual(['ApiKeyWithSecret.secret']);
  });

  it('leaves response-only enums open and knows which a caller sends', () => {
    const responseOnly = model.types.filter((t) => t.kind === 'enum' && !t.usage.request).map((t) => t.name);
    expect(responseOnly.sort()).toEqual(['ExecutionStatus', 'HealthStatus', 'HealthStore', 'MemoryTier', 'StepStatus', 'SubscriptionStatus']);
  });
});

describe('refused constructs name the schema and the construct', () => {
  const spec = (schema: object) => ({ openapi: '3.0.3', info: { title: 'X API', version: '1' }, paths: {}, components: { schemas: { Thing: schema } } });
  it.each([
    ['not', { given: { not: { type: 'string' } }, want: '#/components/schemas/Thing (Thing): the schema keyword not is not supported' }],
    ['a type list', { given: { type: 'object', properties: { a: { type: ['string', 'null'] } } }, want: '#/components/schemas/Thing/properties/a (ThingA): a type list (string, null) is not supported' }],
    ['an array without items', { given: { type: 'array' }, want: '#/components/schemas/Thing (Thing): an array without items' }],
    ['mixed enum values', { given: { enum: ['a', 1] }, want: '#/components/schemas/Thing (Thing): enum values must all be strings or all integers' }],
    ['a $ref outside the schemas', { given: { type: 'object', properties: { a: { $ref: '#/components/parameters/A' } } }, want: '$ref #/components/parameters/A does not name a component schema' }],
    ['an allOf part that is no object', { given: { allOf: [{ type: 'string' }, { type: 'object', properties: {} }] }, want: 'allOf part 1 is not an object' }],
  ])('%s', (_name, { given, want }) => {
    expect(() => buildModel(spec(given))).toThrow(want);
  });
});

function readRealSpec(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));
}

describe('effects of a method', () => {
  const model = buildModel(readRealSpec());
  const effects = (operationId: string) => model.methods.find((m) => m.operationId === operationId)!.effects;
  it.each([
    ['a read', { given: 'tenantsList', want: { readOnly: true, destructive: false, idempotent: true } }],
    ['a create', { given: 'tenantsCreate', want: { readOnly: false, destructive: false, idempotent: false } }],
    ['a delete', { given: 'tenantsDelete', want: { readOnly: false, destructive: true, idempotent: true } }],
    ['revoke (DELETE)', { given: 'tenantsApiKeysRevoke', want: { readOnly: false, destructive: true, idempotent: true } }],
    ['cancel (POST)', { given: 'workflowsExecutionsCancel', want: { readOnly: false, destructive: true, idempotent: false } }],
    ['an update (PATCH)', { given: 'tenantsUpdate', want: { readOnly: false, destructive: false, idempotent: false } }],
  ])('%s', (_name, { given, want }) => {
    expect(effects(given)).toEqual(want);
  });
});

describe('an inline body beside query parameters', () => {
  it('is named <OperationId>Body, the params type <OperationId>Params', () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 'X API', version: '1' },
      paths: {
        '/things': {
          post: {
            operationId: 'thingsCreate',
            parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'boolean' } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
            responses: { 204: { description: 'done' } },
          },
        },
      },
    };
    const model = buildModel(spec);
    expect(model.methods[0]!.params).toMatchObject({ type: 'ThingsCreateParams', bodyType: 'ThingsCreateBody', fields: [{ wire: 'name' }, { wire: 'dry_run' }] });
    expect(typeNamed(model, 'ThingsCreateBody')).toMatchObject({ kind: 'object', role: 'params' });
  });
});
