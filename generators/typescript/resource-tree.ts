// Reads the spec into the tree the SDK surface follows: resources named by each operation's
// `x-cognitionos-sdk.resource` (dotted: `tenants.apiKeys`), each with its methods. Everything an
// emitter needs is decided here, once, so the emitters only spell it out.
import { camelCase, kebabCase, pascalCase } from './naming.ts';

export interface Method {
  operationId: string;
  name: string;
  httpMethod: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** camelCase names of the path parameters, in path order: the leading positional arguments. */
  pathParams: string[];
  /** The params object: a named body schema or the named query type; undefined when there is none. */
  params?: { type: string; in: 'body' | 'query'; required: boolean };
  /** Named response type, or 'void' for an empty answer. */
  response: string;
  /** Set on `x-cognitionos-pagination: cursor` lists: the item type. */
  pageItem?: string;
  /** Set on a create whose object has in-progress statuses: emit `createAndPoll`. */
  pollWhile?: string[];
}

export interface Resource {
  /** Property name on the parent (`apiKeys`). */
  property: string;
  className: string;
  fileName: string;
  methods: Method[];
  children: Resource[];
}

/** A query type the spec has no component for: `<ResponseSchema>Params`, from the operation's query parameters. */
export interface QueryType {
  name: string;
  operationId: string;
}

export interface SdkModel {
  clientName: string;
  resources: Resource[];
  queryTypes: QueryType[];
}

type Json = Record<string, any>;

const HTTP_METHODS = ['get', 'post', 'patch', 'delete'] as const;
// Statuses that mean "not finished yet": a created object in one of them is worth polling.
const IN_PROGRESS_STATUSES = ['queued', 'pending', 'running', 'in_progress'];

export function buildModel(spec: Json): SdkModel {
  const root: Resource = { property: '', className: '', fileName: '', methods: [], children: [] };
  const queryTypes: QueryType[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const httpMethod of Object.keys(item).filter(isHttpMethod)) {
      const operation = item[httpMethod];
      const sdk = operation['x-cognitionos-sdk'];
      if (!sdk) throw new Error(`${httpMethod.toUpperCase()} ${path}: no x-cognitionos-sdk extension`);
      const method = readMethod(spec, path, httpMethod, operation);
      if (method.params?.in === 'query') queryTypes.push({ name: method.params.type, operationId: method.operationId });
      resourceAt(root, sdk.resource.split('.'), spec).methods.push(method);
    }
  }
  checkUniqueNames(root, queryTypes, spec);
  return { clientName: clientNameOf(spec), resources: root.children, queryTypes };
}

function isHttpMethod(key: string): key is Method['httpMethod'] {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

function readMethod(spec: Json, path: string, httpMethod: Method['httpMethod'], operation: Json): Method {
  const parameters: Json[] = (operation.parameters ?? []).map((p: Json) => resolve(spec, p));
  const response = responseSchemaName(spec, operation);
  const method: Method = {
    operationId: operation.operationId,
    name: operation['x-cognitionos-sdk'].method,
    httpMethod,
    path,
    summary: operation.summary ?? '',
    pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => camelCase(m[1]!)),
    params: paramsOf(spec, operation, parameters, response),
    response: response ?? 'void',
  };
  if (operation['x-cognitionos-pagination'] === 'cursor') method.pageItem = pageItemOf(spec, response!);
  if (method.name === 'create' && response) method.pollWhile = inProgressStatuses(spec, response);
  return method;
}

function paramsOf(spec: Json, operation: Json, parameters: Json[], response: string | undefined): Method['params'] {
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (body) {
    const type = refName(body, `${operation.operationId} request body`);
    return { type, in: 'body', required: Boolean(operation.requestBody.required) && hasRequiredFields(resolve(spec, body)) };
  }
  const query = parameters.filter((p) => p.in === 'query');
  if (query.length === 0) return undefined;
  return { type: `${response}Params`, in: 'query', required: query.some((p) => p.required) };
}

// A body whose schema requires no field may be omitted: `create(workflowId)` is enough.
function hasRequiredFields(schema: Json): boolean {
  return (schema.required?.length ?? 0) > 0;
}

function responseSchemaName(spec: Json, operation: Json): string | undefined {
  const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
  const schema = resolve(spec, operation.responses[success]).content?.['application/json']?.schema;
  return schema ? refName(schema, `${operation.operationId} response`) : undefined;
}

function pageItemOf(spec: Json, listSchema: string): string {
  return refName(spec.components.schemas[listSchema].properties.data.items, `${listSchema}.data items`);
}

function inProgressStatuses(spec: Json, schemaName: string): string[] | undefined {
  const status = spec.components.schemas[schemaName].properties?.status;
  const values: string[] = status ? (resolve(spec, status).enum ?? []) : [];
  const inProgress = values.filter((value) => IN_PROGRESS_STATUSES.includes(value));
  return inProgress.length > 0 ? inProgress : undefined;
}

function resourceAt(root: Resource, segments: string[], spec: Json): Resource {
  return segments.reduce((parent, segment) => {
    let child = parent.children.find((c) => c.property === segment);
    if (!child) {
      child = { property: segment, className: resourceClassName(segment, spec), fileName: kebabCase(segment), methods: [], children: [] };
      parent.children.push(child);
    }
    return child;
  }, root);
}

// `health` and `subscription` name both a resource and the object it returns: the object keeps
// the plain name (users import it far more often), the class becomes `HealthResource`.
function resourceClassName(segment: string, spec: Json): string {
  const name = pascalCase(segment);
  return name in spec.components.schemas ? `${name}Resource` : name;
}

// Resource classes live in one flat folder and types in one module: a clash must stop generation.
function checkUniqueNames(root: Resource, queryTypes: QueryType[], spec: Json): void {
  const classes = allResources(root.children).map((r) => r.className);
  const clash = classes.find((name, i) => classes.indexOf(name) !== i);
  if (clash) throw new Error(`two resources would both be class ${clash}`);
  const typeClash = queryTypes.find((q) => q.name in spec.components.schemas);
  if (typeClash) throw new Error(`query type ${typeClash.name} clashes with a component schema`);
}

export function allResources(resources: Resource[]): Resource[] {
  return resources.flatMap((r) => [r, ...allResources(r.children)]);
}

function clientNameOf(spec: Json): string {
  return `${spec.info.title.replace(/\s*API$/, '').replace(/\s+/g, '')}Client`;
}

function resolve(spec: Json, node: Json): Json {
  if (!node.$ref) return node;
  return node.$ref.replace(/^#\//, '').split('/').reduce((at: Json, key: string) => at[key], spec);
}

function refName(schema: Json, where: string): string {
  if (!schema.$ref) throw new Error(`${where}: inline schema; the SDK names every schema it uses, make it a component`);
  return schema.$ref.split('/').pop()!;
}
