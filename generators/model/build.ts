// The one reader of spec/openapi.json: builds the language-neutral SdkModel every emitter spells out.
// Every decision about the SDK surface (which resource an operation belongs to, its params object,
// its response kind, whether it polls) is taken here, once, so two languages cannot read it apart.
import { splitWords } from './naming.ts';
import type { Field, HttpMethod, Json, Method, Params, Polling, Resource, Response, SdkModel } from './types.ts';

const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

export function buildModel(spec: Json): SdkModel {
  const root: Resource = { id: '', name: '', words: [], qualifiedWords: [], methods: [], children: [] };
  const methods: Method[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const httpMethod of Object.keys(item).filter(isHttpMethod)) {
      const method = readMethod(spec, path, httpMethod, item);
      resourceAt(root, method.resource).methods.push(method);
      methods.push(method);
    }
  }
  checkPolling(methods);
  const model: SdkModel = { name: nameOf(spec), title: spec.info.title, specVersion: spec.info.version, resources: root.children, methods, schemas: spec.components?.schemas ?? {} };
  if (spec.info.license?.name) model.license = spec.info.license.name;
  return model;
}

function isHttpMethod(key: string): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

function readMethod(spec: Json, path: string, httpMethod: HttpMethod, item: Json): Method {
  const operation: Json = item[httpMethod];
  const where = operation.operationId ?? `${httpMethod.toUpperCase()} ${path}`;
  const sdk = operation['x-cognitionos-sdk'];
  if (!sdk?.resource || !sdk?.method) throw new Error(`${where}: no x-cognitionos-sdk {resource, method} extension`);
  checkRefs(spec, operation, where);
  const parameters: Json[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p, where));
  const response = responseOf(spec, operation, where);
  const method: Method = {
    operationId: operation.operationId,
    resource: sdk.resource,
    verb: sdk.method,
    httpMethod,
    path,
    summary: operation.summary ?? '',
    description: operation.description ?? '',
    pathParams: pathParamsOf(path, parameters, where),
    params: paramsOf(spec, operation, parameters, response, where),
    response,
    errors: errorsOf(spec, operation, where),
  };
  const polling = operation['x-cognitionos-polling'];
  if (polling) method.polling = pollingOf(polling, where);
  return method;
}

function fieldOf(spec: Json, wire: string, schema: Json, required: boolean, description: string | undefined, where: string): Field {
  const field: Field = { wire, words: splitWords(wire), required, schema };
  const text = description ?? schema.description ?? (schema.$ref ? resolve(spec, schema, where).description : undefined);
  if (text) field.description = text;
  return field;
}

/** Path parameters in the order the path names them; every `{name}` must be declared. */
function pathParamsOf(path: string, parameters: Json[], where: string): Field[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, wire]) => {
    const declared = parameters.find((p) => p.in === 'path' && p.name === wire);
    if (!declared) throw new Error(`${where}: path parameter {${wire}} is not declared`);
    return { wire: wire!, words: splitWords(wire!), required: true, schema: declared.schema ?? {}, ...(declared.description ? { description: declared.description } : {}) };
  });
}

function paramsOf(spec: Json, operation: Json, parameters: Json[], response: Response, where: string): Params | undefined {
  const query = parameters.filter((p) => p.in === 'query');
  const body = operation.requestBody && resolve(spec, operation.requestBody, where).content?.['application/json']?.schema;
  if (body && query.length > 0) throw new Error(`${where}: both a body and query parameters; an SDK method takes one params object`);
  if (body) return bodyParams(spec, body, Boolean(resolve(spec, operation.requestBody, where).required), where);
  if (query.length === 0) return undefined;
  if (response.kind === 'none') throw new Error(`${where}: query parameters but no response type to name their params type after`);
  const type = `${response.type}Params`;
  if (type in (spec.components?.schemas ?? {})) throw new Error(`${where}: query params type ${type} clashes with a component schema`);
  const fields = query.map((p) => fieldOf(spec, p.name, p.schema ?? {}, Boolean(p.required), p.description, where));
  return { type, in: 'query', required: fields.some((f) => f.required), fields };
}

// A body whose schema requires no field may be omitted: `create(workflowId)` is enough.
function bodyParams(spec: Json, body: Json, bodyRequired: boolean, where: string): Params {
  const type = refName(body, `${where} request body`);
  const schema = resolve(spec, body, where);
  const required = new Set<string>(schema.required ?? []);
  const fields = Object.entries<Json>(schema.properties ?? {}).map(([wire, prop]) => fieldOf(spec, wire, prop, required.has(wire), undefined, where));
  return { type, in: 'body', required: bodyRequired && required.size > 0, fields };
}

function responseOf(spec: Json, operation: Json, where: string): Response {
  const status = Object.keys(operation.responses ?? {}).find((code) => code.startsWith('2'));
  if (!status) throw new Error(`${where}: no 2xx response`);
  const schema = resolve(spec, operation.responses[status], where).content?.['application/json']?.schema;
  if (!schema) return { kind: 'none' };
  const type = refName(schema, `${where} response`);
  if (operation['x-cognitionos-pagination'] !== 'cursor') return { kind: 'model', type, status: Number(status) };
  const items = resolve(spec, schema, where).properties?.data?.items;
  if (!items) throw new Error(`${where}: paginated, but ${type} has no \`data\` array`);
  return { kind: 'page', type, item: refName(items, `${type}.data items`), status: Number(status) };
}

function errorsOf(spec: Json, operation: Json, where: string): Method['errors'] {
  return Object.entries<Json>(operation.responses)
    .filter(([status]) => /^[45]\d\d$/.test(status))
    .map(([status, response]) => {
      const content = resolve(spec, response, where).content ?? {};
      const schema = content['application/problem+json']?.schema ?? content['application/json']?.schema;
      return { status: Number(status), schema: schema ? refName(schema, `${where} ${status} response`) : '' };
    });
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

function refName(schema: Json, where: string): string {
  if (!schema.$ref) throw new Error(`${where}: inline schema; the SDK names every schema it uses, make it a component`);
  return schema.$ref.split('/').pop()!;
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
