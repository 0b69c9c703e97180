// Turns a request's raw bytes into the JSON value handlers see, refusing what JSON.parse would accept
// but the API must not: nesting past the declared depth (checked on the bytes, before any recursive
// work, so no later step can overflow the stack), invalid UTF-8 and lone surrogates (which would be
// stored altered as U+FFFD).
import type { Request } from 'express';
import { LIMITS } from '../../../spec/src/index.ts';
import { badRequest, fieldProblem } from './problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// With the u flag a surrogate pair is one code point outside this range, so only lone halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const [QUOTE, BACKSLASH, OPEN_OBJECT, OPEN_ARRAY, CLOSE_OBJECT, CLOSE_ARRAY] = [0x22, 0x5c, 0x7b, 0x5b, 0x7d, 0x5d];

/** True when objects and arrays in `raw` nest deeper than `limit`; brackets inside strings do not count. */
export function nestsDeeperThan(raw: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
  }
  return false;
}

/** Where the first string or key holding a lone surrogate is, e.g. `body.metadata.note`; undefined if none. */
export function loneSurrogatePath(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return `${path}.${key}`;
    const found = loneSurrogatePath(child, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

export function parseBody(req: Request): unknown {
  const raw = req.body as Buffer | undefined;
  if (!raw || raw.length === 0) throw badRequest('body', 'A JSON body is required');
  if (!req.is('application/json')) throw fieldProblem(415, 'header.content-type', 'must be application/json');
  if (nestsDeeperThan(raw, LIMITS.max_json_depth)) throw badRequest('body', `nests deeper than ${LIMITS.max_json_depth} levels, the limit`);
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw badRequest('body', 'is not valid UTF-8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw badRequest('body', `Malformed JSON: ${(error as Error).message}`);
  }
  // A lone surrogate can only come from a \u escape: the bytes are valid UTF-8 by now.
  const illFormed = text.includes('\\u') ? loneSurrogatePath(body) : undefined;
  if (illFormed) throw badRequest(illFormed, 'holds a lone surrogate (\\uD800-\\uDFFF without its pair)');
  return body;
}
