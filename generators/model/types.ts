// The language-neutral SDK model: what every emitter (TypeScript, Python, Go, Java, and the tools
// built on them) reads instead of spec/openapi.json. It is built once by generators/model/build.ts;
// an emitter only spells it out in its language's naming. Names here are the spec's own (wire names,
// `x-cognitionos-sdk` names, component names), plus `words`, the lower-case words a name is made of
// (generators/model/naming.ts), so each language can join them its own way (`api_keys`, `apiKeys`,
// `APIKeys`). No emitter sees a raw JSON Schema: the types are described here, once.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A name split into lower-case words: `tenant_id` -> ['tenant', 'id'], `APIKeys` -> ['api', 'keys']. */
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
  /** Every named type the SDK surface uses, components first (spec order), then the ones the model
   * named for inline schemas (an inline object, enum or union gets `<Owner><Field>`). */
  types: NamedType[];
}

// ---- types -------------------------------------------------------------------------------------

/** Formats a string may carry that change its type in some language; any other format is a plain string. */
export type StringFormat = 'date-time' | 'date' | 'uuid' | 'uri' | 'email' | 'byte';

/** Where a value's type is written: a field, a list item, a map value, a param. */
export type TypeRef =
  | { kind: 'string'; format?: StringFormat }
  | { kind: 'integer'; format: 'int32' | 'int64' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'list'; item: TypeRef }
  | { kind: 'map'; value: TypeRef }
  /** A named type of `SdkModel.types` (look it up with `typeNamed`). */
  | { kind: 'named'; name: string }
  /** A single allowed value (`enum: ['delay']`): a constant the SDK fills in. */
  | { kind: 'literal'; value: string | number | boolean }
  /** Any JSON value. */
  | { kind: 'unknown' };

export type NamedType = ObjectType | EnumType | UnionType | MapType | AliasType;

interface NamedBase {
  /** The component name (`ApiKeyWithSecret`), or the name the model gave an inline schema. */
  name: string;
  words: Words;
  description?: string;
  deprecated: boolean;
  /** Whether a request (body or parameter) or a response reaches this type. */
  usage: { request: boolean; response: boolean };
  /** JSON pointer tokens of the schema in the spec (`['components', 'schemas', 'Tenant']`): for tools
   * that read the spec themselves (openapi-typescript), to name the same type. */
  origin: string[];
}

export interface ObjectType extends NamedBase {
  kind: 'object';
  /** The object's fields in spec order (allOf parts merged, in order). */
  fields: Field[];
  /** What fields this version does not declare may hold, or false when the spec forbids them. */
  additional: TypeRef | false;
  /** model: an object the API answers or takes; params: a request body of an operation (a params
   * type in the SDKs); page: a list page envelope (`{data, has_more, next_cursor}`, a Page in the SDKs). */
  role: 'model' | 'params' | 'page';
  /** Set when this object is a variant of a discriminated union: its field `field` is the
   * discriminator, fixed to `value` (that field is also marked `discriminator`). */
  variantOf?: { union: string; field: string; value: string };
}

export interface EnumValue {
  value: string | number;
  words: Words;
}

/** Always open: a value a newer server sends that this list lacks is kept as it came. */
export interface EnumType extends NamedBase {
  kind: 'enum';
  base: 'string' | 'integer';
  values: EnumValue[];
}

export interface UnionVariant {
  /** The discriminator value that selects it (discriminated unions only). */
  value?: string;
  /** Words of the value, or of the variant's type name. */
  words: Words;
  type: TypeRef;
}

/** oneOf/anyOf. With a discriminator, an unknown discriminator value is kept as raw JSON. */
export interface UnionType extends NamedBase {
  kind: 'union';
  /** The property whose value names the variant; absent for an undiscriminated union. */
  discriminator?: { wire: string; words: Words };
  variants: UnionVariant[];
}

/** An object schema with only additionalProperties: a map of string keys. */
export interface MapType extends NamedBase {
  kind: 'map';
  value: TypeRef;
}

/** A named schema that is a scalar or a list (`type: string, format: uuid`): another name for it. */
export interface AliasType extends NamedBase {
  kind: 'alias';
  target: TypeRef;
}

export interface Field {
  /** Name on the wire: `tenant_id`, `top_k`. */
  wire: string;
  words: Words;
  type: TypeRef;
  required: boolean;
  /** The spec allows null as a value (`nullable: true`). */
  nullable: boolean;
  /** Sent by the server only / by the caller only. */
  readOnly: boolean;
  writeOnly: boolean;
  /** The value the server assumes when the field is left out. */
  default?: unknown;
  /** The field's one allowed value (a literal type): SDKs fill it in. */
  constant?: string | number | boolean;
  /** The union discriminator of a variant object: the union writes it, not the caller. */
  discriminator: boolean;
  /** A secret the API returns once (`x-cognitionos-secret`): string forms of a model redact it. */
  secret: boolean;
  description?: string;
  deprecated: boolean;
}

// ---- operations --------------------------------------------------------------------------------

export interface Resource {
  /** Dotted name from `x-cognitionos-sdk.resource` (or tags and paths): `tenants.apiKeys`. */
  id: string;
  /** Last segment as the spec spells it: `apiKeys`. */
  name: string;
  words: Words;
  /** Words of every segment from the root: [['tenants'], ['api', 'keys']] (for flat class names). */
  qualifiedWords: Words[];
  methods: Method[];
  children: Resource[];
}

/** The SDK verb from `x-cognitionos-sdk.method` (or the HTTP method): create, retrieve, list, update, delete, or the operation's own name. */
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
  deprecated: boolean;
  /** What calling it does, for tools that warn or ask first (CLI confirmation, MCP annotations):
   * readOnly for GET; destructive for DELETE and for the verbs that end or remove something
   * (revoke, uninstall, cancel); idempotent where HTTP says so (GET, PUT, DELETE). */
  effects: { readOnly: boolean; destructive: boolean; idempotent: boolean };
  /** Path parameters in path order: the leading positional arguments in every language. */
  pathParams: Field[];
  /** The params object, or undefined when the operation takes none. */
  params?: Params;
  response: Response;
  /** Declared error answers (4xx/5xx) with their problem type name ('' when it has no body). */
  errors: { status: number; type: string }[];
  /** Set when the spec declares `x-cognitionos-polling` on the operation: emit create-and-poll. */
  polling?: Polling;
}

/** The one params object of a method: its body's fields, then its query parameters. */
export interface Params {
  /** The params type's name: the body's type when only a body; `<Response>Params` for query params
   * alone; `<OperationId>Params` for a body with query parameters. */
  type: string;
  /** body: the method sends JSON (the fields not in `query`); query: every field goes in the URL. */
  in: 'body' | 'query';
  /** The named object type of the JSON body, when there is one. */
  bodyType?: string;
  /** False when every field is optional: the argument may be omitted. */
  required: boolean;
  /** Every field of the params object. */
  fields: Field[];
  /** The fields sent as query parameters (all of them when `in` is query). */
  query: Field[];
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
