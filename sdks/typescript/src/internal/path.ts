// Generated from generators/typescript/runtime/internal/path.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/path.ts or the generator.
// Paths of resource methods: every path parameter becomes exactly one percent-encoded segment, and
// an id that URL parsers would resolve to another segment ('', '.', '..') is refused before any
// request, so an id can never change which route is called.
import { invalidInput } from './errors.js';
import { formatMessage } from './message.js';
import { INVALID_PATH_PARAM_MESSAGE } from './policy.js';

/**
 * A path still to be built: built when the call starts, so a bad id rejects the call's promise.
 * `template` is the spec's path (`/tenants/{tenant_id}`), which error messages and logs name.
 */
export interface Route {
  template: string;
  build(): string;
}

const DOT_SEGMENTS = new Set(['', '.', '..']);

/**
 * `path('/tenants/{tenant_id}', { tenantId })`: the spec's template, and the method's path arguments
 * in path order; the i-th `{...}` is filled with the i-th argument as one segment. The arguments
 * keep their TypeScript names, so a refused id is named as the caller wrote it.
 */
export function path(template: string, args: Record<string, string>): Route {
  const entries = Object.entries(args);
  const build = () => {
    let index = 0;
    return template.replace(/\{\w+\}/g, () => segment(...entries[index++]!));
  };
  return { template, build };
}

function segment(name: string, value: unknown): string {
  const text = String(value ?? '');
  if (DOT_SEGMENTS.has(text)) {
    const message = formatMessage(INVALID_PATH_PARAM_MESSAGE, { param: name, value: JSON.stringify(text) });
    throw invalidInput(`path.${name}`, message);
  }
  return encodeURIComponent(text);
}
