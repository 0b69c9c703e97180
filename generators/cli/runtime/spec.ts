// The command table's shape: what generators/cli writes into src/commands.ts for every operation of
// the SDK model, and all the runtime reads. The runtime knows no resource by name; every command,
// flag and alias comes from this table.

/** How a flag's text becomes a value (from the field's type in the model). */
export type FlagKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  /** One of `values` (checked; the allowed values are listed in --help). */
  | 'enum'
  /** Repeated or comma-separated items (`--permissions a --permissions b`), each checked against `values` when set. */
  | 'list'
  /** String keys: JSON (`--metadata '{"env":"prod"}'`) or repeated `key=value`. */
  | 'map'
  /** Any other object, union or list of objects: JSON only. */
  | 'json';

export interface FlagSpec {
  /** The flag without dashes, kebab case: `top-k`. */
  flag: string;
  /** The field's name on the wire: `top_k`. */
  wire: string;
  kind: FlagKind;
  /** Allowed values of an enum, or of a list's items. */
  values?: string[];
  /** The list item's kind (`integer`, `number`, `string`, `enum`): how each item is parsed. */
  item?: 'string' | 'integer' | 'number' | 'enum' | 'json';
  required: boolean;
  /** Sent in the URL (query) or the JSON body. */
  in: 'body' | 'query';
  description: string;
  default?: unknown;
}

export interface PositionalSpec {
  /** The path parameter's wire name: `tenant_id`. */
  name: string;
  description: string;
}

export interface PollingSpec {
  statusField: string;
  terminal: string[];
  /** The terminal values that mean success (`succeeded`); the others end the command with exit code 1. */
  success: string[];
  intervalMs: number;
  timeoutMs: number;
}

export interface CommandSpec {
  /** Resource names from the root, kebab case as the SDK spells them: ['tenants', 'api-keys']. */
  resource: string[];
  /** One alias list per level (the singular: ['tenant'], ['api-key']); empty when it is the same word. */
  aliases: string[][];
  /** The model's verb, kebab case: `create`, `list`, `retrieve`, `revoke`. */
  verb: string;
  verbAliases: string[];
  summary: string;
  description: string;
  deprecated: boolean;
  httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template relative to the base URL, as in the spec. */
  path: string;
  positionals: PositionalSpec[];
  flags: FlagSpec[];
  /** Whether the operation takes a params object at all (else --data is refused). */
  takesParams: boolean;
  response: 'none' | 'model' | 'page';
  /** Deletes or stops something: asks for confirmation on a terminal unless --yes. */
  destructive: boolean;
  polling?: PollingSpec;
  /** One example invocation for --help. */
  example: string;
}

/** The SDK call behind a command: `client.<resource path>.<verb>(...pathIds, params?, options)`. */
export type SdkCall = (client: any, ids: string[], params: Record<string, unknown>, options: Record<string, unknown>) => PromiseLike<unknown>;

export interface Command extends CommandSpec {
  call: SdkCall;
  /** For a polling command: the read it repeats, given this command's ids then the created id. */
  poll?: SdkCall;
}
