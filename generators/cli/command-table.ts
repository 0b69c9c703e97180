// The CLI's command table, built from the SDK model: one command per operation, spelled
// `<resource> [<sub-resource>] <verb> [path ids...] [--flags]`. Names are the model's words joined in
// kebab case (`api-keys`, `top-k`); the singular is an alias of a plural resource; every body or
// query field is a flag typed from its TypeRef. Pure data: emit-commands.ts writes it out, and the
// fixtures test checks it for every fixture spec.
import { allResources, typeNamed } from '../model/build.ts';
import { kebabCase, singularWords, splitWords } from '../model/naming.ts';
import type { Field, Method, Resource, SdkModel, TypeRef } from '../model/types.ts';
import { clientPath, methodName } from '../typescript/naming.ts';
import type { CommandSpec, FlagKind, FlagSpec } from './runtime/spec.ts';

export interface TableEntry {
  spec: CommandSpec;
  /** The TypeScript SDK call: `client.tenants.apiKeys.create`. */
  sdkMethod: string;
  /** The SDK read a polling command repeats: `client.workflows.executions.retrieve`. */
  sdkPoll?: string;
  /** Constant fields the command always sends (a literal type: the caller never chooses it). */
  constants: Record<string, string | number | boolean>;
}

/** Flags a verb may carry besides its fields (runtime/program.ts addGlobalFlags, --data, --help); a
 * field with one of these names gets its place as a prefix (`--body-format`). `--version` is the
 * program's only before the first command word, so a field may be called `version`. */
/** The global flags that take no value (runtime/program.ts addGlobalFlags). */
export const GLOBAL_SWITCHES: ReadonlySet<string> = new Set(['yes', 'dry-run', 'all', 'wait', 'include', 'help']);
export const GLOBAL_FLAGS: ReadonlySet<string> = new Set([
  'format', 'fields', 'api-key', 'base-url', 'profile', 'data', 'idempotency-key', 'timeout', 'max-retries',
  ...GLOBAL_SWITCHES,
]);

/** Terminal statuses that mean the work succeeded; any other terminal value makes `--wait` exit 1. */
const SUCCESS_STATUSES: ReadonlySet<string> = new Set(['succeeded', 'success', 'successful', 'completed', 'complete', 'done', 'finished', 'ready']);

export const BIN = 'cognition-cli';

export function buildCommandTable(model: SdkModel): TableEntry[] {
  const entries: TableEntry[] = [];
  const walk = (resource: Resource, chain: Resource[]) => {
    const path = [...chain, resource];
    for (const method of resource.methods) entries.push(entryFor(model, method, path));
    for (const child of resource.children) walk(child, path);
  };
  for (const resource of model.resources) walk(resource, []);
  return entries;
}

function entryFor(model: SdkModel, method: Method, chain: Resource[]): TableEntry {
  const resource = chain.map((r) => kebabCase(r.words));
  const aliases = chain.map((r) => {
    const alias = kebabCase(singularWords(r.words));
    return alias === kebabCase(r.words) ? [] : [alias];
  });
  const verb = kebabCase(splitWords(method.verb));
  const fields = (method.params?.fields ?? []).filter((f) => !f.readOnly && !f.discriminator);
  const query = new Set((method.params?.query ?? []).map((f) => f.wire));
  const constants: Record<string, string | number | boolean> = {};
  const flags: FlagSpec[] = [];
  for (const field of fields) {
    if (field.constant !== undefined) constants[field.wire] = field.constant;
    else flags.push(flagFor(model, field, query.has(field.wire) || method.params?.in === 'query' ? 'query' : 'body'));
  }
  const positionals = method.pathParams.map((p) => ({ name: p.wire, description: p.description ?? `the ${p.words.join(' ')}` }));
  const spec: CommandSpec = {
    resource,
    aliases,
    verb,
    verbAliases: verb === 'retrieve' ? ['get'] : [],
    summary: method.summary || `${method.verb} ${resource.join(' ')}`,
    description: method.description,
    deprecated: method.deprecated,
    httpMethod: method.httpMethod.toUpperCase() as CommandSpec['httpMethod'],
    path: method.path,
    positionals,
    flags,
    takesParams: method.params !== undefined,
    response: method.response.kind,
    destructive: method.effects.destructive,
    example: exampleOf(resource, verb, positionals.map((p) => p.name), flags),
  };
  if (method.polling) {
    spec.polling = {
      statusField: method.polling.statusField,
      terminal: method.polling.terminal,
      success: method.polling.terminal.filter((status) => SUCCESS_STATUSES.has(status)),
      intervalMs: method.polling.intervalMs,
      timeoutMs: method.polling.timeoutMs,
    };
  }
  // The SDK's own spelling of the call, from the TypeScript room's naming.
  const sdkResource = ['client', ...clientPath(chain[chain.length - 1]!)];
  const sdkMethod = [...sdkResource, methodName(method)].join('.');
  const read = method.polling && model.methods.find((m) => m.operationId === method.polling!.retrieve);
  if (method.polling && !read) throw new Error(`${method.operationId}: polling read ${method.polling.retrieve} is not an operation`);
  const sdkPoll = read ? [...sdkResource, methodName(read)].join('.') : undefined;
  return { spec, sdkMethod, sdkPoll, constants };
}

function flagFor(model: SdkModel, field: Field, where: 'body' | 'query'): FlagSpec {
  const name = kebabCase(field.words);
  const { kind, values, item } = kindOf(model, field.type);
  const flag: FlagSpec = {
    flag: GLOBAL_FLAGS.has(name) ? `${where}-${name}` : name,
    wire: field.wire,
    kind,
    required: field.required && field.default === undefined,
    in: where,
    description: (field.description ?? '').trim() || field.words.join(' '),
  };
  if (values) flag.values = values;
  if (item) flag.item = item;
  if (field.default !== undefined) flag.default = field.default;
  return flag;
}

interface Kind {
  kind: FlagKind;
  values?: string[];
  item?: FlagSpec['item'];
}

function kindOf(model: SdkModel, type: TypeRef): Kind {
  switch (type.kind) {
    case 'string':
      return { kind: 'string' };
    case 'integer':
      return { kind: 'integer' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'map':
      return { kind: 'map' };
    case 'literal':
    case 'unknown':
      return { kind: 'json' };
    case 'list': {
      const item = kindOf(model, type.item);
      const scalar = item.kind === 'string' || item.kind === 'integer' || item.kind === 'number' || item.kind === 'enum';
      return scalar ? { kind: 'list', item: item.kind as FlagSpec['item'], ...(item.values ? { values: item.values } : {}) } : { kind: 'json' };
    }
    case 'named': {
      const named = typeNamed(model, type.name);
      if (named.kind === 'enum') return { kind: 'enum', values: named.values.map((v) => String(v.value)) };
      if (named.kind === 'map') return { kind: 'map' };
      if (named.kind === 'alias') return kindOf(model, named.target);
      return { kind: 'json' };
    }
  }
}

// `cognition-cli tenants api-keys create <tenant_id> --name NAME`: the required flags, each with a
// placeholder of its kind, so the example runs once the placeholders are filled in.
function exampleOf(resource: string[], verb: string, positionals: string[], flags: FlagSpec[]): string {
  const shown = flags.filter((f) => f.required);
  const parts = [BIN, ...resource, verb, ...positionals.map((p) => `<${p}>`)];
  for (const flag of shown) parts.push(...(flag.kind === 'boolean' ? [`--${flag.flag}`] : [`--${flag.flag}`, placeholder(flag)]));
  return parts.join(' ');
}

function placeholder(flag: FlagSpec): string {
  if (flag.values?.length) return flag.values[0]!;
  switch (flag.kind) {
    case 'integer':
    case 'number':
      return '1';
    case 'map':
      return `'{"key":"value"}'`;
    case 'json':
      return `'<json>'`;
    case 'list':
      return flag.wire.toUpperCase();
    default:
      return flag.wire.toUpperCase();
  }
}

/** Every resource of the model appears somewhere in the table (the fixtures test checks it). */
export const resourceCount = (model: SdkModel) => allResources(model.resources).length;
