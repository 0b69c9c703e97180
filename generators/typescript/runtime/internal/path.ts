// Paths of resource methods: every path parameter becomes exactly one percent-encoded segment, and
// an id that URL parsers would resolve to another segment ('', '.', '..') is refused before any
// request, so an id can never change which route is called.
import { invalidInput } from './errors.js';
import { formatMessage } from './message.js';
import { INVALID_PATH_PARAM_MESSAGE } from './policy.js';

/** A path still to be built: built when the call starts, so a bad id rejects the call's promise. */
export type Route = () => string;

const DOT_SEGMENTS = new Set(['', '.', '..']);

/** `path('/tenants/{tenantId}', { tenantId })`: the route with each `{name}` filled in as one segment. */
export function path(template: string, params: Record<string, string>): Route {
  return () => template.replace(/\{(\w+)\}/g, (_, name: string) => segment(name, params[name]));
}

function segment(name: string, value: unknown): string {
  const text = String(value ?? '');
  if (DOT_SEGMENTS.has(text)) {
    const message = formatMessage(INVALID_PATH_PARAM_MESSAGE, { param: name, value: JSON.stringify(text) });
    throw invalidInput(`path.${name}`, message);
  }
  return encodeURIComponent(text);
}
