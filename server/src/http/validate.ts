// Validates path, query and body with the spec's own zod schemas; every issue becomes a named field error.
import type { z } from 'zod';
import { Problem, type FieldError } from './problem.ts';

type Location = 'path' | 'query' | 'body';

function fieldErrors(location: Location, issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const at = [location, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: `${at}.${key}`, message: 'Unknown field' }));
    return [{ path: at, message: issue.message }];
  });
}

export function validate<T extends z.ZodType>(schema: T, location: Location, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
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
 */
export function coerceQuery(schema: z.ZodObject, query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query };
  for (const [key, value] of Object.entries(query)) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (field && typeof value === 'string' && baseType(field) === 'number' && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
  }
  return out;
}
