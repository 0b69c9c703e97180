// Validates path, query and body with the spec's own zod schemas; every issue becomes a named field error.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { Problem, type FieldError } from './problem.ts';

type Location = 'path' | 'query' | 'body';

/**
 * zod never writes a `__proto__` key into its output (the assignment would replace the prototype), so
 * a map that allows any key (metadata, plugin config, execution input) would drop it unvalidated. Such
 * keys are carried through validation under a stand-in name no client can guess, then named back.
 */
const PROTO = '__proto__';
const STAND_IN = `__proto__\u0000${randomUUID()}`;

/**
 * Renames own `from` keys to `to` in place, keeping key order, at any depth (bodies are depth-limited).
 * Says whether it renamed any, so the common input without such a key is walked once, not three times.
 */
function renameKeys(value: unknown, from: string, to: string): boolean {
  if (!value || typeof value !== 'object') return false;
  let renamed = false;
  if (Object.hasOwn(value, from)) {
    const entries = Object.entries(value);
    for (const [key] of entries) delete (value as Record<string, unknown>)[key];
    // defineProperty, since assigning to `__proto__` would set the prototype instead of a key.
    for (const [key, child] of entries) Object.defineProperty(value, key === from ? to : key, { value: child, enumerable: true, writable: true, configurable: true });
    renamed = true;
  }
  for (const child of Object.values(value)) if (renameKeys(child, from, to)) renamed = true;
  return renamed;
}

const named = (key: PropertyKey) => (key === STAND_IN ? PROTO : String(key));

function fieldErrors(location: Location, issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const at = [location, ...issue.path.map(named)].join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: `${at}.${named(key)}`, message: 'Unknown field' }));
    return [{ path: at, message: issue.message }];
  });
}

export function validate<T extends z.ZodType>(schema: T, location: Location, value: unknown): z.output<T> {
  const renamed = renameKeys(value, PROTO, STAND_IN);
  const result = schema.safeParse(value);
  if (renamed) renameKeys(value, STAND_IN, PROTO);
  if (result.success) {
    if (renamed) renameKeys(result.data, STAND_IN, PROTO);
    return result.data;
  }
  const errors = fieldErrors(location, result.error.issues);
  throw new Problem(400, errors.map((error) => `${error.path}: ${error.message}`).join('; '), errors);
}

const baseType = (schema: z.ZodType): string => {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.innerType ? baseType(def.innerType) : def.type;
};

/**
 * Query strings are text; the spec types some parameters as numbers. Only well-formed decimal text is
 * converted, so `limit= 5` or `limit=5abc` stay strings and are rejected by the schema, as they should be.
 * Keys are looked up as own properties: `constructor` or `toString` must not find Object.prototype's.
 */
export function coerceQuery(schema: z.ZodObject, query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query };
  for (const [key, value] of Object.entries(query)) {
    const field = Object.hasOwn(schema.shape, key) ? (schema.shape[key] as z.ZodType) : undefined;
    if (field && typeof value === 'string' && baseType(field) === 'number' && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
  }
  return out;
}
