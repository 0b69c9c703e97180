// How the Python surface spells the model: snake_case attributes, methods and arguments (keywords get a
// trailing underscore), `<Qualified>Resource` classes, and the module openapi-generator writes each
// model class into. Spelling is the only thing this file adds; words come from generators/model.
import { pascalCase, snakeCase, splitWords } from '../model/naming.ts';
import type { Field, Method, Resource, SdkModel, TypeRef, Words } from '../model/types.ts';

export interface Param {
  wire: string; // name on the wire
  name: string; // Python name
  type: TypeRef;
  required: boolean;
  nullable: boolean;
  description?: string;
}

export interface Operation {
  method: string; // Python method name
  http: string; // GET, POST, ...
  path: string; // /tenants/{tenant_id}
  summary: string;
  deprecated: boolean;
  pathParams: Param[];
  queryParams: Param[];
  bodyParams: Param[];
  /** Body fields the spec fixes to one value: sent as that value, never a parameter. */
  constants: { wire: string; value: string | number | boolean }[];
  response?: string; // named type of the 2xx JSON body
  pageItem?: string; // for a paginated list: the named type of its items
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
  path: string; // tenants.api_keys (the attribute chain from the client)
  className: string; // TenantsApiKeysResource
  operations: Operation[];
  children: PyResource[];
}

const PY_KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'False', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'None', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'True', 'try', 'while', 'with', 'yield']);
// Names a method's own parameters or the runtime already take.
const TAKEN = new Set(['self', 'request_options', 'poll_interval', 'max_wait']);

/** A Python identifier from words: `tenant_id`; a keyword or a taken name gets a trailing `_`. */
export const pyIdentifier = (words: Words) => {
  const name = snakeCase(words);
  return PY_KEYWORDS.has(name) || TAKEN.has(name) ? `${name}_` : name;
};

/** The module openapi-generator writes a model class into: `ApiKeyList` -> `api_key_list`. */
export const modelModule = (typeName: string) => snakeCase(splitWords(typeName));

export function pyResources(model: SdkModel): PyResource[] {
  const operations = new Map(model.methods.map((m) => [m.operationId, operationOf(m)]));
  for (const method of model.methods.filter((m) => m.polling)) operations.get(method.operationId)!.polling = pollingOf(method, operations);
  const spell = (resource: Resource): PyResource => ({
    dotted: resource.id,
    attribute: pyIdentifier(resource.words),
    path: resource.qualifiedWords.map(pyIdentifier).join('.'),
    className: `${pascalCase(resource.qualifiedWords.flat())}Resource`,
    operations: resource.methods.map((m) => operations.get(m.operationId)!),
    children: resource.children.map(spell),
  });
  return model.resources.map(spell);
}

function param(field: Field): Param {
  return {
    wire: field.wire,
    name: pyIdentifier(field.words),
    type: field.type,
    required: field.required,
    nullable: field.nullable,
    ...(field.description ? { description: field.description } : {}),
  };
}

// Body fields a caller sets: a constant is filled in by the SDK, a read-only field is the server's.
const settable = (field: Field) => field.constant === undefined && !field.readOnly;

function operationOf(method: Method): Operation {
  const params = method.params;
  const query = new Set(params?.query ?? []);
  const body = params?.in === 'body' ? params.fields.filter((f) => !query.has(f)) : [];
  const { response } = method;
  return {
    method: pyIdentifier(splitWords(method.verb)),
    http: method.httpMethod.toUpperCase(),
    path: method.path,
    summary: [method.summary, method.description].filter(Boolean).join('\n\n'),
    deprecated: method.deprecated,
    pathParams: method.pathParams.map(param),
    queryParams: (params?.query ?? []).map(param),
    bodyParams: body.filter(settable).map(param),
    constants: body.filter((f) => f.constant !== undefined).map((f) => ({ wire: f.wire, value: f.constant! })),
    ...(response.kind !== 'none' ? { response: response.type } : {}),
    ...(response.kind === 'page' ? { pageItem: response.item } : {}),
  };
}

function pollingOf(method: Method, operations: Map<string, Operation>): PyPolling {
  const { statusField, terminal, intervalMs, timeoutMs, retrieve } = method.polling!;
  return {
    statusAttribute: pyIdentifier(splitWords(statusField)),
    final: terminal,
    intervalSeconds: intervalMs / 1000,
    maxWaitSeconds: timeoutMs / 1000,
    read: operations.get(retrieve)!,
  };
}
