// Reads spec/openapi.json into the tree of resources the Python surface exposes:
// `x-cognitionos-sdk: {resource: 'tenants.apiKeys', method}` puts an operation on client.tenants.api_keys.
export type Schema = Record<string, any>;

export interface Param {
  wire: string; // name on the wire
  name: string; // Python name
  schema: Schema;
  required: boolean;
  description?: string;
}

export interface Operation {
  method: string; // Python method name
  http: string; // GET, POST, ...
  path: string; // /tenants/{tenant_id}
  summary: string;
  pathParams: Param[];
  queryParams: Param[];
  bodyParams: Param[];
  response?: string; // component name of the 2xx JSON body
  pageItem?: string; // for a paginated list: the component name of its items
}

export interface Resource {
  dotted: string; // tenants.apiKeys
  attribute: string; // api_keys
  className: string; // TenantsApiKeysResource
  operations: Operation[];
  children: Resource[];
}

const PY_KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'False', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'None', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'True', 'try', 'while', 'with', 'yield']);
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
export const pascal = (name: string) => name.replace(/(^|[_.])([a-z])/g, (_, __, c: string) => c.toUpperCase());
export const pyName = (wire: string) => (PY_KEYWORDS.has(snake(wire)) ? `${snake(wire)}_` : snake(wire));
export const refName = (ref: string) => ref.split('/').pop()!;

export function readResources(spec: Schema): Resource[] {
  const byName = new Map<string, Resource>();
  for (const [path, item] of Object.entries<Schema>(spec.paths)) {
    for (const http of HTTP_METHODS) {
      const op = item[http];
      if (!op?.['x-cognitionos-sdk']) continue;
      const { resource, method } = op['x-cognitionos-sdk'];
      resourceAt(byName, resource).operations.push(readOperation(spec, path, http, op, method, item.parameters ?? []));
    }
  }
  return [...byName.values()].filter((r) => !r.dotted.includes('.'));
}

function resourceAt(byName: Map<string, Resource>, dotted: string): Resource {
  let found = byName.get(dotted);
  if (found) return found;
  const parts = dotted.split('.');
  found = { dotted, attribute: snake(parts.at(-1)!), className: `${pascal(parts.join('_'))}Resource`, operations: [], children: [] };
  byName.set(dotted, found);
  if (parts.length > 1) resourceAt(byName, parts.slice(0, -1).join('.')).children.push(found);
  return found;
}

function readOperation(spec: Schema, path: string, http: string, op: Schema, method: string, shared: Schema[]): Operation {
  const params = [...shared, ...(op.parameters ?? [])].map((p) => resolve(spec, p));
  const toParam = (p: Schema): Param => ({ wire: p.name, name: pyName(p.name), schema: p.schema ?? {}, required: !!p.required, description: p.description });
  return {
    method,
    http: http.toUpperCase(),
    path,
    summary: [op.summary, op.description].filter(Boolean).join('\n\n'),
    pathParams: orderByPath(path, params.filter((p) => p.in === 'path').map(toParam)),
    queryParams: params.filter((p) => p.in === 'query').map(toParam),
    bodyParams: readBody(spec, op),
    response: successRef(op),
    pageItem: op['x-cognitionos-pagination'] === 'cursor' ? pageItem(spec, successRef(op)!) : undefined,
  };
}

function pageItem(spec: Schema, listComponent: string): string {
  const list = resolve(spec, { $ref: `#/components/schemas/${listComponent}` });
  return refName(list.properties.data.items.$ref);
}

function readBody(spec: Schema, op: Schema): Param[] {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!schema) return [];
  const body = resolve(spec, schema);
  const required = new Set<string>(body.required ?? []);
  return Object.entries<Schema>(body.properties ?? {}).map(([wire, prop]) => ({
    wire,
    name: pyName(wire),
    schema: prop,
    required: required.has(wire),
    description: prop.description ?? (prop.$ref ? resolve(spec, prop).description : undefined),
  }));
}

function successRef(op: Schema): string | undefined {
  const status = Object.keys(op.responses ?? {}).find((code) => code.startsWith('2'));
  const ref = status && op.responses[status].content?.['application/json']?.schema?.$ref;
  return ref ? refName(ref) : undefined;
}

function orderByPath(path: string, params: Param[]): Param[] {
  return [...params].sort((a, b) => path.indexOf(`{${a.wire}}`) - path.indexOf(`{${b.wire}}`));
}

export function resolve(spec: Schema, schema: Schema): Schema {
  if (!schema?.$ref) return schema;
  const target = schema.$ref.replace(/^#\//, '').split('/').reduce((node: Schema, key: string) => node?.[key], spec);
  if (!target) throw new Error(`spec/openapi.json: unresolved ${schema.$ref}`);
  return resolve(spec, target);
}
