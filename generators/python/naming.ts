// How the Python surface spells the model: snake_case attributes, methods and arguments (keywords get a
// trailing underscore), `<Qualified>Resource` classes. Spelling is the only thing this emitter adds.
import { pascalCase, snakeCase, splitWords } from '../model/naming.ts';
import type { Field, Json, Method, Resource, SdkModel } from '../model/types.ts';

export type Schema = Json;

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
  polling?: PyPolling;
}

/** The spec's polling declaration, in Python's units and names. */
export interface PyPolling {
  statusAttribute: string;
  final: string[];
  intervalSeconds: number;
  maxWaitSeconds: number;
  /** The sibling read create_and_poll repeats. */
  read: Operation;
}

export interface PyResource {
  dotted: string; // tenants.apiKeys
  attribute: string; // api_keys
  className: string; // TenantsApiKeysResource
  operations: Operation[];
  children: PyResource[];
}

const PY_KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'False', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'None', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'True', 'try', 'while', 'with', 'yield']);

export const snake = (name: string) => snakeCase(splitWords(name));
const pyName = (field: Field) => (PY_KEYWORDS.has(snakeCase(field.words)) ? `${snakeCase(field.words)}_` : snakeCase(field.words));
export const refName = (ref: string) => ref.split('/').pop()!;

/** A `#/components/schemas/...` reference, followed inside the model's schemas. */
export function resolve(schemas: Record<string, Schema>, schema: Schema): Schema {
  return schema?.$ref ? resolve(schemas, schemas[refName(schema.$ref)]!) : schema;
}

export function pyResources(model: SdkModel): PyResource[] {
  const operations = new Map(model.methods.map((m) => [m.operationId, operationOf(m)]));
  for (const method of model.methods.filter((m) => m.polling)) operations.get(method.operationId)!.polling = pollingOf(method, operations);
  const spell = (resource: Resource): PyResource => ({
    dotted: resource.id,
    attribute: snakeCase(resource.words),
    className: `${pascalCase(resource.qualifiedWords.flat())}Resource`,
    operations: resource.methods.map((m) => operations.get(m.operationId)!),
    children: resource.children.map(spell),
  });
  return model.resources.map(spell);
}

function operationOf(method: Method): Operation {
  const param = (field: Field): Param => ({ wire: field.wire, name: pyName(field), schema: field.schema, required: field.required, ...(field.description ? { description: field.description } : {}) });
  const fields = (where: 'body' | 'query') => (method.params?.in === where ? method.params.fields.map(param) : []);
  const { response } = method;
  return {
    method: snakeCase(splitWords(method.verb)),
    http: method.httpMethod.toUpperCase(),
    path: method.path,
    summary: [method.summary, method.description].filter(Boolean).join('\n\n'),
    pathParams: method.pathParams.map(param),
    queryParams: fields('query'),
    bodyParams: fields('body'),
    ...(response.kind !== 'none' ? { response: response.type } : {}),
    ...(response.kind === 'page' ? { pageItem: response.item } : {}),
  };
}

function pollingOf(method: Method, operations: Map<string, Operation>): PyPolling {
  const { statusField, terminal, intervalMs, timeoutMs, retrieve } = method.polling!;
  return { statusAttribute: snake(statusField), final: terminal, intervalSeconds: intervalMs / 1000, maxWaitSeconds: timeoutMs / 1000, read: operations.get(retrieve)! };
}
