// Where openapi-typescript puts a model type: each named type carries `origin`, the JSON pointer
// tokens of its schema in the spec; openapi-typescript lays its output out by nearly the same path
// (a property's name without `properties`, parameters grouped by `in`, a body or an answer by media
// type without `schema`). From the origin this gives both the path openapi-typescript reports while
// transforming (to open an enum) and the indexed access that names the type in src/types.ts
// (`components['schemas']['Health']['status']`).
import { typeNamed } from '../model/build.ts';
import type { Method, NamedType, SdkModel, TypeRef } from '../model/types.ts';

/** openapi-typescript's path of the schema at `origin`, as it passes it to postTransform. */
export function typePath(model: SdkModel, origin: string[]): string {
  const keys = walk(model, origin).flatMap((step) => (step.key ? [step.key.replace(/~/g, '~0').replace(/\//g, '~1')] : []));
  return `#/${keys.join('/')}`;
}

/** The TypeScript type at `origin` as an indexed access into src/openapi.ts; undefined when a part
 * of a composition (allOf, oneOf, anyOf) lies on the way: openapi-typescript merges those into an
 * intersection or union whose members have no index. */
export function typeSource(model: SdkModel, origin: string[]): string | undefined {
  const steps = walk(model, origin);
  if (steps.some((step) => step.composition)) return undefined;
  let source = '';
  let maybeAbsent = false;
  for (const step of steps) {
    if (step.index === undefined) continue;
    source = source === '' ? step.index : `${maybeAbsent ? `NonNullable<${source}>` : source}[${step.index}]`;
    maybeAbsent = step.maybeAbsent;
  }
  return maybeAbsent ? `NonNullable<${source}>` : source;
}

interface Step {
  /** The token of openapi-typescript's path ('' when the step adds none). */
  key: string;
  /** The TypeScript index (`'status'`, `number`), when the step adds one. */
  index?: string;
  /** The value there may be undefined or null (an optional or nullable field, an optional body). */
  maybeAbsent: boolean;
  /** A part of an allOf, oneOf or anyOf. */
  composition?: boolean;
}

const quoted = (key: string) => `'${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (name: string, maybeAbsent = false): Step => ({ key: name, index: quoted(name), maybeAbsent });

// The origin read token by token, knowing at each point the model's type there (for whether a field
// is optional or nullable, and which parameters are path or query).
function walk(model: SdkModel, origin: string[]): Step[] {
  const [root, ...rest] = origin;
  if (root === 'components' && rest[0] === 'schemas' && rest[1] !== undefined) {
    const [, name, ...inside] = rest;
    return [{ key: 'components', index: 'components', maybeAbsent: false }, key('schemas'), key(name!), ...within(model, { kind: 'named', name: name! }, inside, origin)];
  }
  if (root === 'paths' && rest.length >= 2) {
    const [path, httpMethod, ...inside] = rest as [string, string, ...string[]];
    const method = model.methods.find((m) => m.path === path && m.httpMethod === httpMethod);
    if (!method) throw new Error(`#/${origin.join('/')}: no operation ${httpMethod} ${path} in the model`);
    return [{ key: 'paths', index: 'paths', maybeAbsent: false }, key(path), key(httpMethod), ...inOperation(model, method, inside, origin)];
  }
  throw new Error(`#/${origin.join('/')}: a type origin outside components/schemas and paths`);
}

function inOperation(model: SdkModel, method: Method, tokens: string[], origin: string[]): Step[] {
  const [part, ...rest] = tokens;
  if (part === 'parameters' && rest.length >= 1) {
    const [name, ...inside] = rest as [string, ...string[]];
    const path = method.pathParams.find((p) => p.wire === name);
    const field = path ?? method.params?.query.find((q) => q.wire === name);
    if (!field) throw new Error(`#/${origin.join('/')}: no parameter ${name} in the model`);
    const group = path ? key('path') : key('query', true);
    return [key('parameters'), group, key(name, !field.required || field.nullable), ...within(model, field.type, inside, origin)];
  }
  if (part === 'requestBody' && rest[0] === 'content' && rest[2] === 'schema' && method.params?.bodyType) {
    const [, mediaType, , ...inside] = rest as [string, string, string, ...string[]];
    return [key('requestBody', true), key('content'), key(mediaType), ...within(model, { kind: 'named', name: method.params.bodyType }, inside, origin)];
  }
  if (part === 'responses' && rest[1] === 'content' && rest[3] === 'schema') {
    const [status, , mediaType, , ...inside] = rest as [string, string, string, string, ...string[]];
    const type = answerType(method, Number(status));
    if (!type) throw new Error(`#/${origin.join('/')}: no answer ${status} with a body in the model`);
    return [key('responses'), { key: status, index: status, maybeAbsent: false }, key('content'), key(mediaType), ...within(model, { kind: 'named', name: type }, inside, origin)];
  }
  throw new Error(`#/${origin.join('/')}: a type origin in an operation outside its parameters, body and answers`);
}

function answerType(method: Method, status: number): string | undefined {
  if (method.response.kind !== 'none' && method.response.status === status) return method.response.type;
  return method.errors.find((e) => e.status === status)?.type || undefined;
}

// Inside a schema: properties, list items, map values, parts of compositions.
function within(model: SdkModel, at: TypeRef, tokens: string[], origin: string[]): Step[] {
  if (tokens.length === 0) return [];
  const [token, next, ...rest] = tokens as [string, ...string[]];
  const type = named(model, at);
  if (token === 'properties' && next !== undefined && type?.kind === 'object') {
    const field = type.fields.find((f) => f.wire === next);
    if (field) return [key(next, !field.required || field.nullable), ...within(model, field.type, rest, origin)];
  }
  const target = type?.kind === 'alias' ? type.target : at;
  if (token === 'items' && target.kind === 'list') return [{ key: '', index: 'number', maybeAbsent: false }, ...within(model, target.item, tokens.slice(1), origin)];
  if (token === 'additionalProperties') {
    const value = target.kind === 'map' ? target.value : type?.kind === 'map' ? type.value : type?.kind === 'object' && type.additional ? type.additional : undefined;
    if (value) return [{ key: '', index: 'string', maybeAbsent: false }, ...within(model, value, tokens.slice(1), origin)];
  }
  // openapi-typescript merges allOf parts into one intersection under the same path; a oneOf/anyOf
  // member keeps its position in the path. Neither can be indexed in TypeScript.
  if ((token === 'allOf' || token === 'oneOf' || token === 'anyOf') && next !== undefined) {
    const part = typeAt(model, origin.slice(0, origin.length - rest.length));
    const keys = token === 'allOf' ? [''] : [token, next];
    return [...keys.map((k) => ({ key: k, maybeAbsent: false, composition: true })), ...within(model, part, rest, origin)];
  }
  throw new Error(`#/${origin.join('/')}: cannot follow ${token} in the model's types`);
}

// The model's inline type whose schema stands at exactly these tokens (a part of a composition).
function typeAt(model: SdkModel, tokens: string[]): TypeRef {
  const type = model.types.find((t) => t.origin.length === tokens.length && t.origin.every((token, i) => token === tokens[i]));
  return type ? { kind: 'named', name: type.name } : { kind: 'unknown' };
}

function named(model: SdkModel, ref: TypeRef): NamedType | undefined {
  return ref.kind === 'named' ? typeNamed(model, ref.name) : undefined;
}
