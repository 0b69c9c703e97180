// The language-neutral SDK model: what every emitter (TypeScript, Python, Go, Java) reads instead of
// spec/openapi.json. It is built once by generators/model/build.ts; an emitter only spells it out in
// its language's naming. Names here are the spec's own (wire names, `x-cognitionos-sdk` names), plus
// `words`, the lower-case words a name is made of, so each language can join them its own way
// (`api_keys`, `apiKeys`, `APIKeys`).

export type Json = Record<string, any>;

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A name split into lower-case words: `tenant_id` -> ['tenant', 'id'], `apiKeys` -> ['api', 'keys']. */
export type Words = string[];

export interface SdkModel {
  /** `CognitionOS` from the spec title `CognitionOS API`; the client is `<name>Client` in every language. */
  name: string;
  /** info.title as written: `CognitionOS API` (package descriptions, READMEs). */
  title: string;
  /** info.license.name, when the spec has one. */
  license?: string;
  /** info.version: the contract version each SDK checks against `CognitionOS-Spec-Version`. */
  specVersion: string;
  /** Top-level resources in spec order, each with its nested resources. */
  resources: Resource[];
  /** Every operation exactly once, in spec order (the same objects as inside `resources`). */
  methods: Method[];
  /** components.schemas, as the spec has them (emitters that type models read them here). */
  schemas: Record<string, Json>;
}

export interface Resource {
  /** Dotted name from `x-cognitionos-sdk.resource`: `tenants.apiKeys`. */
  id: string;
  /** Last segment as the spec spells it: `apiKeys`. */
  name: string;
  words: Words;
  /** Words of every segment from the root: [['tenants'], ['api', 'keys']] (for flat class names). */
  qualifiedWords: Words[];
  methods: Method[];
  children: Resource[];
}

/** The SDK verb from `x-cognitionos-sdk.method`: create, retrieve, list, update, delete, or the operation's own name. */
export type Verb = 'create' | 'retrieve' | 'list' | 'update' | 'delete' | (string & {});

export interface Method {
  operationId: string;
  /** Dotted resource id this method belongs to. */
  resource: string;
  verb: Verb;
  httpMethod: HttpMethod;
  /** Path template relative to the base URL: `/tenants/{tenant_id}/api_keys/{key_id}`. */
  path: string;
  summary: string;
  description: string;
  /** Path parameters in path order: the leading positional arguments in every language. */
  pathParams: Field[];
  /** The params object, or undefined when the operation takes none. */
  params?: Params;
  response: Response;
  /** Declared error answers (4xx/5xx) with their problem schema name. */
  errors: { status: number; schema: string }[];
  /** Set when the spec declares `x-cognitionos-polling` on the operation: emit create-and-poll. */
  polling?: Polling;
}

export interface Params {
  /** Component name of a body schema; for query params, the synthesized name `<Response>Params`. */
  type: string;
  in: 'body' | 'query';
  /** False when every field is optional: the argument may be omitted. */
  required: boolean;
  fields: Field[];
}

export interface Field {
  /** Name on the wire: `tenant_id`, `top_k`. */
  wire: string;
  words: Words;
  required: boolean;
  /** The field's schema as written in the spec (may be a `$ref`). */
  schema: Json;
  description?: string;
}

export type Response =
  | { kind: 'none' }
  | { kind: 'model'; type: string; status: number }
  | { kind: 'page'; type: string; item: string; status: number };

export interface Polling {
  /** Field of the response whose value tells progress: `status`. */
  statusField: string;
  /** Values that end polling: `succeeded`, `failed`, `canceled`. */
  terminal: string[];
  intervalMs: number;
  timeoutMs: number;
  /** operationId of the read that is repeated (its path params: this method's, then the created id). */
  retrieve: string;
}
