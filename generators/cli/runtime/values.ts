// Flag text -> the value the API takes, typed from the model: numbers and booleans parsed, enum
// values checked, maps from JSON or repeated key=value, lists from repeats or commas. A bad value is
// a UsageError naming the flag and the expected form (exit code 2). `--data` gives a whole body
// (JSON, @file or - for stdin); flags given beside it override its fields.
import { readFileSync } from 'node:fs';
import type { FlagSpec } from './spec.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** One occurrence of `--<flag> <text>`; `previous` is what earlier occurrences of the flag gave. */
export function parseFlagValue(flag: FlagSpec, text: string, previous: unknown): unknown {
  switch (flag.kind) {
    case 'integer':
    case 'number':
      return parseNumber(flag, flag.kind, text);
    case 'enum':
      return checkEnum(flag, text);
    case 'list': {
      const items = text.trim().startsWith('[') ? (parseJson(flag, text) as unknown[]) : text.split(',').map((s) => s.trim()).filter(Boolean);
      if (!Array.isArray(items)) throw usage(flag, 'a JSON array or comma-separated values');
      const parsed = items.map((item) => parseItem(flag, String(item)));
      return [...((previous as unknown[] | undefined) ?? []), ...parsed];
    }
    case 'map':
      return parseMap(flag, text, previous as Record<string, unknown> | undefined);
    case 'json':
      return parseJson(flag, text);
    default:
      return text;
  }
}

function parseItem(flag: FlagSpec, text: string): unknown {
  if (flag.item === 'integer' || flag.item === 'number') return parseNumber(flag, flag.item, text);
  if (flag.values) return checkEnum(flag, text);
  return text;
}

function parseNumber(flag: FlagSpec, kind: 'integer' | 'number', text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (kind === 'integer' && !Number.isInteger(value))) {
    throw usage(flag, kind === 'integer' ? 'an integer' : 'a number', text);
  }
  return value;
}

function checkEnum(flag: FlagSpec, text: string): string {
  if (!flag.values!.includes(text)) throw usage(flag, `one of ${flag.values!.join(', ')}`, text);
  return text;
}

function parseJson(flag: FlagSpec, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw usage(flag, 'JSON', text);
  }
}

// `--metadata '{"env":"prod"}'` or `--metadata env=prod --metadata team=ml` (repeats merge).
function parseMap(flag: FlagSpec, text: string, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  let entries: Record<string, unknown>;
  if (text.trim().startsWith('{')) {
    const parsed = parseJson(flag, text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw usage(flag, `a JSON object or key=value`, text);
    entries = parsed as Record<string, unknown>;
  } else {
    const at = text.indexOf('=');
    if (at <= 0) throw usage(flag, `a JSON object or key=value`, text);
    entries = { [text.slice(0, at)]: text.slice(at + 1) };
  }
  return { ...previous, ...entries };
}

function usage(flag: FlagSpec, expected: string, got?: string): UsageError {
  return new UsageError(`--${flag.flag}: expected ${expected}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`);
}

/** `--data '<json>'`, `--data @file.json` or `--data -` (stdin): a JSON object. */
export async function readData(text: string, readStdin: () => Promise<string>): Promise<Record<string, unknown>> {
  let source = text;
  if (text === '-') source = await readStdin();
  else if (text.startsWith('@')) {
    try {
      source = readFileSync(text.slice(1), 'utf8');
    } catch (error) {
      throw new UsageError(`--data: cannot read ${text.slice(1)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new UsageError(`--data: expected a JSON object, '@file.json' or '-' (stdin); the text is not JSON`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError('--data: expected a JSON object');
  return parsed as Record<string, unknown>;
}

/** The params object: --data's fields, then every flag given (flags win), required ones checked. */
export function buildParams(flags: FlagSpec[], given: Record<string, unknown>, data: Record<string, unknown> | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = { ...data };
  for (const flag of flags) if (given[flag.wire] !== undefined) params[flag.wire] = given[flag.wire];
  const missing = flags.filter((flag) => flag.required && params[flag.wire] === undefined);
  if (missing.length) throw new UsageError(`missing ${missing.map((f) => `--${f.flag}`).join(', ')} (required; or give the body with --data)`);
  return params;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
