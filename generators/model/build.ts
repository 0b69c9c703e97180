// The one reader of spec/openapi.json: builds the language-neutral SdkModel every emitter spells out.
// Every decision about the SDK surface (which resource an operation belongs to, its params object,
// its response kind, whether it polls) is taken here, once, so two languages cannot read it apart.
import { camelCase, pascalCase, splitWords } from './naming.ts';
import { TypeReader } from './read-types.ts';
import type { Field, HttpMethod, Method, NamedType, Params, Polling, Resource, Response, SdkModel, TypeRef } from './types.ts';

type Json = Record<string, any>;

const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

export function buildModel(spec: Json): SdkModel {
  const root: Resource = { id: '', name: '', words: [], qualifiedWords: [], methods: [], children: [] };
  const methods: Method[] = [];
  const reader = new TypeReader(spec);
  reader.readComponents();
  for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const httpMethod of Object.keys(item).filter(isHttpMethod)) {
      const method = readMethod(spec, reader, path, httpMethod, item);
      resourceAt(root, method.resource).methods.push(method);
      methods.push(method);
    }
  }
  checkPolling(methods);
  const types = orderedTypes(spec, reader.types);
  markRoles(methods, types);
  markUsage(methods, types);
  const model: SdkModel = { name: nameOf(spec), title: spec.info.title, specVersion: spec.info.version, resources: root.children, methods, types };
  if (spec.info.license?.name) model.license = spec.info.license.name;
  return model;
}

/** The named type a reference names; every name in the model resolves. */
export function typeNamed(model: Pick<SdkModel, 'types'>, name: string): NamedType {
  const type = model.types.find((t) => t.name === name);
  if (!type) throw new Error(`no type ${name} in the model`);
  return type;
}

// Components in spec order, then the types named for inline schemas in the order they were met.
function orderedTypes(spec: Json, types: Map<string, NamedType>): NamedType[] {
  const components = Object.keys(spec.components?.schemas ?? {});
  const inline = [...types.keys()].filter((name) => !components.includes(name));
  return [...components, ...inline].map((name) => types.get(name)!);
}

// Request bodies are params types, list envelopes are pages: the SDKs spell neither as a plain model.
function markRoles(methods: Method[], types: NamedType[]): void {
  const byName = new Map(types.map((t) => [t.name, t]));
  const mark = (name: string | undefined, role: 'params' | 'page') => {
    const type = name ? byName.get(name) : undefined;
    if (type?.kind === 'object') type.role = role;
  };
  for (const method of methods) {
    mark(method.params?.bodyType, 'params');
    if (method.response.kind === 'page') mark(method.response.type, 'page');
  }
}

// Which types a request reaches and which a response reaches: an enum only ever received stays open
// in every language's type system; one a caller sends may be checked.
function markUsage(methods: Method[], types: NamedType[]): void {
  const byName = new Map(types.map((t) => [t.name, t]));
  const reach = (ref: TypeRef, side: 'request' | 'response'): void => {
    if (ref.kind === 'list') return reach(ref.item, side);
    if (ref.kind === 'map') return reach(ref.value, side);
    if (ref.kind !== 'named') return;
    const type = byName.get(ref.name)!;
    if (type.usage[side]) return;
    type.usage[side] = true;
    if (type.kind === 'object') {
      for (const field of type.fields) if (!(side === 'request' ? field.readOnly : field.writeOnly)) reach(field.type, side);
      if (type.additional) reach(type.additional, side);
    }
    if (type.kind === 'union') for (const variant of type.variants) reach(variant.type, side);
    if (type.kind === 'map') reach(type.value, side);
    if (type.kind === 'alias') reach(type.target, side);
  };
  for (const method of methods) {
    for (const field of [...method.pathParams, ...(method.params?.fields ?? [])]) reach(field.type, 'request');
    if (method.params?.bodyType) reach({ kind: 'named', name: method.params.bodyType }, 'request');
    if (method.response.kind !== 'none') reach({ kind: 'named', name: method.response.type }, 'response');
    for (const error of method.errors) if (error.type) reach({ kind: 'named', name: error.type }, 'response');
  }
}

function isHttpMethod(key: string): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

function readMethod(spec: Json, reader: TypeReader, path: string, httpMethod: HttpMethod, item: Json): Method {
  const operation: Json = item[httpMethod];
  const where = operation.operationId ?? `${httpMethod.toUpperCase()} ${path}`;
  checkRefs(spec, operation, where);
  const sdk = operation['x-cognitionos-sdk'];
  const { resource, verb } = sdk ? { resource: sdk.resource, verb: sdk.method } : inferredPlace(path, httpMethod, operation);
  if (!resource || !verb) throw new Error(`${where}: x-cognitionos-sdk needs {resource, method}`);
  const operationId: string = operation.operationId ?? camelCase([verb, ...splitWords(resource)]);
  const at = (suffix: string, ...origin: string[]) => ({ name: `${pascalCase(splitWords(operationId))}${suffix}`, origin: ['paths', path, httpMethod, ...origin] });
  const parameters: Json[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p, where));
  const response = responseOf(spec, reader, operation, at, where);
  const method: Method = {
    operationId,
    resource,
    verb,
    httpMethod,
    path,
    summary: operation.summary ?? '',
    description: operation.description ?? '',
    deprecated: operation.deprecated === true,
    effects: effectsOf(httpMethod, verb),
    pathParams: pathParamsOf(reader, path, parameters, at, where),
    params: paramsOf(spec, reader, operation, parameters, response, at, where),
    response,
    errors: errorsOf(spec, reader, operation, at, where),
  };
  const polling = operation['x-cognitionos-polling'];
  if (polling) method.polling = pollingOf(polling, where);
  return method;
}

/** Verbs of a POST that end or remove something: a CLI asks before them, an MCP client is warned. */
const DESTRUCTIVE_VERBS = new Set(['delete', 'revoke', 'uninstall', 'cancel', 'remove', 'archive', 'purge']);

function effectsOf(httpMethod: HttpMethod, verb: string): Method['effects'] {
  return {
    readOnly: httpMethod === 'get',
    destructive: httpMethod === 'delete' || DESTRUCTIVE_VERBS.has(verb),
    idempotent: httpMethod === 'get' || httpMethod === 'put' || httpMethod === 'delete',
  };
}

type At = (suffix: string, ...origin: string[]) => { name: string; origin: string[] };

// A spec without `x-cognitionos-sdk`: the resource is the first tag, else the path's literal segments
// (`/things/{id}/parts` -> `things.parts`); the verb follows REST custom: GET on a collection lists,
// GET on an item retrieves, POST creates, PUT/PATCH update, DELETE deletes; a POST to a literal
// segment after an id (`/executions/{id}/cancel`) is that action.
function inferredPlace(path: string, httpMethod: HttpMethod, operation: Json): { resource: string; verb: string } {
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const onItem = last.startsWith('{');
  const action = httpMethod === 'post' && !onItem && segments.length >= 2 && segments[segments.length - 2]!.startsWith('{') && segments.length > 2;
  const literal = segments.filter((s) => !s.startsWith('{')).slice(0, action ? -1 : undefined);
  const fromPath = literal.map((s) => camelCase(splitWords(s))).join('.');
  const tag: string | undefined = operation.tags?.[0];
  const resource = tag && literal.length <= 1 ? camelCase(splitWords(tag)) : fromPath;
  if (action) return { resource, verb: camelCase(splitWords(last)) };
  const verbs: Record<HttpMethod, string> = { get: onItem ? 'retrieve' : 'list', post: 'create', put: 'update', patch: 'update', delete: 'delete' };
  return { resource, verb: verbs[httpMethod] };
}

/** Path parameters in the order the path names them; every `{name}` must be declared. */
function pathParamsOf(reader: TypeReader, path: string, parameters: Json[], at: At, where: string): Field[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, wire]) => {
    const declared = parameters.find((p) => p.in === 'path' && p.name === wire);
    if (!declared) throw new Error(`${where}: path parameter {${wire}} is not declared`);
    return reader.field(wire!, declared.schema ?? { type: 'string' }, true, at(pascalCase(splitWords(wire!)), 'parameters', wire!), declared.description);
  });
}

// One params object per method: the body's fields, then the query parameters (sent in the URL).
function paramsOf(spec: Json, reader: TypeReader, operation: Json, parameters: Json[], response: Response, at: At, where: string): Params | undefined {
  const query = parameters
    .filter((p) => p.in === 'query')
    .map((p) => reader.field(p.name, p.schema ?? { type: 'string' }, Boolean(p.required), at(pascalCase(splitWords(p.name)), 'parameters', p.name), p.description));
  const requestBody = operation.requestBody && resolve(spec, operation.requestBody, where);
  const body = requestBody?.content?.['application/json']?.schema;
  if (body) return bodyParams(reader, body, Boolean(requestBody.required), query, at, where);
  if (query.length === 0) return undefined;
  const type = response.kind === 'none' ? at('Params').name : `${response.type}Params`;
  if (reader.types.has(type)) throw new Error(`${where}: query params type ${type} clashes with a schema`);
  return { type, in: 'query', required: query.some((f) => f.required), fields: query, query };
}

// A body whose schema requires no field may be omitted: `create(workflowId)` is enough.
function bodyParams(reader: TypeReader, body: Json, bodyRequired: boolean, query: Field[], at: At, where: string): Params {
  // An inline body is named `<OperationId>Params`; beside query parameters, `<OperationId>Body`
  // (the params type, which holds both, takes `<OperationId>Params`).
  const ref = reader.typeOf(body, at(query.length ? 'Body' : 'Params', 'requestBody', 'content', 'application/json', 'schema'));
  const object = ref.kind === 'named' ? reader.types.get(ref.name) : undefined;
  if (object?.kind !== 'object') throw new Error(`${where}: the JSON request body must be an object schema`);
  const clash = query.find((q) => object.fields.some((f) => f.wire === q.wire));
  if (clash) throw new Error(`${where}: query parameter ${clash.wire} has the name of a body field`);
  const fields = [...object.fields, ...query];
  const type = query.length === 0 ? object.name : at('Params').name;
  if (type !== object.name && reader.types.has(type)) throw new Error(`${where}: params type ${type} clashes with a schema`);
  return { type, in: 'body', bodyType: object.name, required: (bodyRequired && object.fields.some((f) => f.required)) || query.some((f) => f.required), fields, query };
}

function responseOf(spec: Json, reader: TypeReader, operation: Json, at: At, where: string): Response {
  const status = Object.keys(operation.responses ?? {}).find((code) => code.startsWith('2'));
  if (!status) throw new Error(`${where}: no 2xx response`);
  const schema = resolve(spec, operation.responses[status], where).content?.['application/json']?.schema;
  if (!schema) return { kind: 'none' };
  const type = namedType(reader, schema, at('Response', 'responses', status, 'content', 'application/json', 'schema'), `${where} response`);
  if (operation['x-cognitionos-pagination'] !== 'cursor') return { kind: 'model', type, status: Number(status) };
  const envelope = reader.types.get(type);
  const data = envelope?.kind === 'object' ? envelope.fields.find((f) => f.wire === 'data')?.type : undefined;
  if (data?.kind !== 'list' || data.item.kind !== 'named') throw new Error(`${where}: paginated, but ${type} has no \`data\` array of a named type`);
  return { kind: 'page', type, item: data.item.name, status: Number(status) };
}

function errorsOf(spec: Json, reader: TypeReader, operation: Json, at: At, where: string): Method['errors'] {
  return Object.entries<Json>(operation.responses)
    .filter(([status]) => /^[45]\d\d$/.test(status))
    .map(([status, response]) => {
      const content = resolve(spec, response, where).content ?? {};
      const mediaType = content['application/problem+json'] ? 'application/problem+json' : 'application/json';
      const schema = content[mediaType]?.schema;
      return { status: Number(status), type: schema ? namedType(reader, schema, at(`Error${status}`, 'responses', status, 'content', mediaType, 'schema'), `${where} ${status} response`) : '' };
    });
}

// A response is always a named type: an inline one (a list, a scalar) is named after its operation.
function namedType(reader: TypeReader, schema: Json, place: { name: string; origin: string[] }, where: string): string {
  const ref = reader.typeOf(schema, place);
  if (ref.kind === 'named') return ref.name;
  if (ref.kind === 'unknown') throw new Error(`${where}: a response of any JSON is not supported; describe it`);
  reader.types.set(place.name, { kind: 'alias', name: place.name, words: splitWords(place.name), deprecated: false, usage: { request: false, response: false }, origin: place.origin, target: ref });
  return place.name;
}

function pollingOf(polling: Json, where: string): Polling {
  const { status_field, terminal, interval_ms, timeout_ms, retrieve } = polling;
  const valid = typeof status_field === 'string' && Array.isArray(terminal) && terminal.length > 0
    && Number.isInteger(interval_ms) && Number.isInteger(timeout_ms) && typeof retrieve === 'string';
  if (!valid) throw new Error(`${where}: x-cognitionos-polling needs {status_field, terminal[], interval_ms, timeout_ms, retrieve}`);
  return { statusField: status_field, terminal, intervalMs: interval_ms, timeoutMs: timeout_ms, retrieve };
}

// The repeated read gets this method's path params, then the created object's id.
function checkPolling(methods: Method[]): void {
  for (const method of methods.filter((m) => m.polling)) {
    const read = methods.find((m) => m.operationId === method.polling!.retrieve);
    if (!read) throw new Error(`${method.operationId}: x-cognitionos-polling.retrieve names no operation: ${method.polling!.retrieve}`);
    if (read.pathParams.length !== method.pathParams.length + 1) {
      throw new Error(`${method.operationId}: polling read ${read.operationId} must take this method's path params plus the new id`);
    }
  }
}

function resourceAt(root: Resource, id: string): Resource {
  return id.split('.').reduce((parent, segment) => {
    let child = parent.children.find((c) => c.name === segment);
    if (!child) {
      const words = splitWords(segment);
      child = { id: parent.id ? `${parent.id}.${segment}` : segment, name: segment, words, qualifiedWords: [...parent.qualifiedWords, words], methods: [], children: [] };
      parent.children.push(child);
    }
    return child;
  }, root);
}

/** `CognitionOS API` -> `CognitionOS`. */
function nameOf(spec: Json): string {
  return spec.info.title.replace(/\s*API$/, '').replace(/\s+/g, '');
}

function lookup(spec: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').reduce<Json | undefined>((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

function resolve(spec: Json, node: Json, where: string): Json {
  if (!node?.$ref) return node;
  const target = lookup(spec, node.$ref);
  if (!target) throw new Error(`${where}: unresolved $ref ${node.$ref}`);
  return resolve(spec, target, where);
}

/** Every `$ref` an operation reaches (through components too) must resolve: fail here, naming both, not in an emitter. */
function checkRefs(spec: Json, node: unknown, where: string, seen = new Set<string>()): void {
  if (Array.isArray(node)) return node.forEach((child) => checkRefs(spec, child, where, seen));
  if (!node || typeof node !== 'object') return;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string' && !seen.has(ref)) {
    seen.add(ref);
    const target = lookup(spec, ref);
    if (!target) throw new Error(`${where}: unresolved $ref ${ref}`);
    checkRefs(spec, target, where, seen);
  }
  for (const [key, child] of Object.entries(node)) if (key !== '$ref') checkRefs(spec, child, where, seen);
}

/** Every resource, each before its nested ones: the order files and classes are emitted in. */
export function allResources(resources: Resource[]): Resource[] {
  return resources.flatMap((resource) => [resource, ...allResources(resource.children)]);
}
