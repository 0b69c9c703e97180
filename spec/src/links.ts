// What a create makes addressable, worked out once from the operation table (document.ts) rather than
// restated per resource: its Location target (the resource's retrieve; the document declares the
// header iff there is one, and the server fills it in), and its OpenAPI links (the operations the
// created object's id and the request's own path parameters address; stateful testing chains them).
import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z, type Operation } from './registry.ts';

/** A path parameter as the spec writes it, `{tenant_id}`, its name captured. */
export const PATH_PARAM = /\{(\w+)\}/g;

/** A path's parameter names, in order: `/tenants/{tenant_id}/api_keys/{key_id}` -> tenant_id, key_id. */
export const pathParamsOf = (path: string) => [...path.matchAll(PATH_PARAM)].map((match) => match[1]);

/** The parameter of a Location target's path that is the created object's id: its last one. */
const idParamOf = (target: Operation) => pathParamsOf(target.path).at(-1)!;

/** Sets each create's Location target: the retrieve operation of the same resource, if it has one. */
export function resolveLocations(operations: Operation[]) {
  for (const op of operations.filter((candidate) => candidate.status === 201)) {
    op.location = operations.find((other) => other.resource === op.resource && other.method === 'retrieve');
  }
}

/** The path of the object a create made: its Location target's path filled from the request's path and the new id. */
export function locationPath(target: Operation, params: Record<string, string>, id: string): string {
  const idParam = idParamOf(target);
  return target.path.replace(PATH_PARAM, (_, name: string) => encodeURIComponent(name === idParam ? id : params[name]));
}

/** Names of the response body's top-level fields, when it is an object. */
const responseFields = (op: Operation) => new Set(op.response instanceof z.ZodObject ? Object.keys(op.response.shape) : []);

/**
 * The create's links: every operation whose path parameters are the created object's id and some of
 * the request's own path parameters, named by operationId, in operationId order. Values come from the
 * response body (`id`, and the same-named field for each request parameter), which every resource's
 * answer carries; one that does not fails the build rather than emit a link no one can follow.
 */
export function linksOf(create: Operation, operations: Operation[]): ResponseConfig['links'] {
  if (!create.location) return undefined;
  const idParam = idParamOf(create.location);
  const known = new Set([idParam, ...pathParamsOf(create.path)]);
  const fields = responseFields(create);
  const expression = (param: string) => {
    if (param === idParam) return '$response.body#/id';
    if (!fields.has(param)) throw new Error(`${create.operationId}: its response has no field ${param} to link its path parameter from`);
    return `$response.body#/${param}`;
  };
  const addressable = operations
    .filter((op) => pathParamsOf(op.path).includes(idParam) && pathParamsOf(op.path).every((param) => known.has(param)))
    .sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  if (addressable.length === 0) return undefined;
  return Object.fromEntries(
    addressable.map((op) => [op.operationId, { operationId: op.operationId, parameters: Object.fromEntries(pathParamsOf(op.path).map((param) => [param, expression(param)])) }]),
  );
}
