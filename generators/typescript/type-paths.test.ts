// Where each model type lies in openapi-typescript's output: the path openapi-typescript itself
// reports for it, and the indexed access src/types.ts names it by.
import openapiTS from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { buildModel, typeNamed } from '../model/build.ts';
import { typePath, typeSource } from './type-paths.ts';

const enumOf = (...values: string[]) => ({ type: 'string', enum: values });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Shapes API', version: '1' },
  paths: {
    '/things/{thing_id}': {
      post: {
        operationId: 'thingsAct',
        'x-cognitionos-sdk': { resource: 'things', method: 'act' },
        parameters: [
          { name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'mode', in: 'query', schema: enumOf('fast', 'safe') },
        ],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { kind: enumOf('a', 'b') } } } } },
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['state', 'tags'],
        properties: {
          state: enumOf('on', 'off'),
          tags: { type: 'array', items: enumOf('red', 'blue') },
          labels: { type: 'object', additionalProperties: enumOf('x', 'y') },
          owner: { type: 'object', nullable: true, properties: { role: enumOf('admin', 'user') } },
          either: { oneOf: [{ type: 'object', properties: { p: { type: 'string' } } }, { type: 'string' }] },
        },
      },
    },
  },
};
const model = buildModel(spec);
const origin = (name: string) => typeNamed(model, name).origin;

describe('typeSource: the indexed access into src/openapi.ts', () => {
  it.each([
    ['a component', 'Thing', "components['schemas']['Thing']"],
    ['a required field', 'ThingState', "components['schemas']['Thing']['state']"],
    ['a list item', 'ThingTagsItem', "components['schemas']['Thing']['tags'][number]"],
    ['a map value of an optional field', 'ThingLabelsValue', "NonNullable<components['schemas']['Thing']['labels']>[string]"],
    ['a field of a nullable field', 'ThingOwnerRole', "NonNullable<NonNullable<components['schemas']['Thing']['owner']>['role']>"],
    ['a query parameter', 'ThingsActMode', "NonNullable<NonNullable<paths['/things/{thing_id}']['post']['parameters']['query']>['mode']>"],
    ['an inline body', 'ThingsActParams', "NonNullable<paths['/things/{thing_id}']['post']['requestBody']>['content']['application/json']"],
    ['an inline answer', 'ThingsActResponse', "paths['/things/{thing_id}']['post']['responses'][200]['content']['application/json']"],
  ])('%s', (_, name, expected) => {
    expect(typeSource(model, origin(name))).toBe(expected);
  });

  it('names no member of a oneOf: a union has no index', () => {
    expect(typeSource(model, origin('ThingEitherVariant1'))).toBeUndefined();
  });
});

it('typePath is the path openapi-typescript reports for every type of the model', async () => {
  const reported = new Set<string>();
  await openapiTS(structuredClone(spec) as never, {
    postTransform(_, options) {
      reported.add(options.path ?? '');
      return undefined;
    },
  });
  const missing = model.types.map((t) => typePath(model, t.origin)).filter((path) => !reported.has(path));
  expect(missing).toEqual([]);
  expect(typePath(model, origin('ThingOwnerRole'))).toBe('#/components/schemas/Thing/owner/role');
  expect(typePath(model, origin('ThingsActMode'))).toBe('#/paths/~1things~1{thing_id}/post/parameters/query/mode');
});
