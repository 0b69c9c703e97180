// Secrets in answers (fields the spec marks `x-cognitionos-secret`, such as a new API key's
// `secret`): the object keeps them, so `JSON.stringify` and reading the field work, but its string
// form under Node's util.inspect (console.log, a test failure, a log line) shows a short prefix.
// The hook is a non-enumerable symbol: it is not part of the object's data.

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const PREFIX_MAX = 11;

type Inspect = (value: unknown, options: unknown) => string;

/** `value` with util.inspect showing `fields` redacted; anything but an object is returned as it is. */
export function hideSecrets<T>(value: T, fields: readonly string[]): T {
  if (fields.length === 0 || value === null || typeof value !== 'object') return value;
  Object.defineProperty(value, INSPECT, {
    enumerable: false,
    value(this: Record<string, unknown>, _depth: number, options: unknown, inspect: Inspect) {
      const shown: Record<string, unknown> = { ...this };
      for (const field of fields) if (typeof shown[field] === 'string') shown[field] = redactSecret(shown[field]);
      return inspect(shown, options);
    },
  });
  return value;
}

/** `cog_live_ab…`: at most 11 characters and a third of the secret, so most of it stays hidden. */
export function redactSecret(secret: string): string {
  return `${secret.slice(0, Math.min(PREFIX_MAX, Math.floor(secret.length / 3)))}…`;
}
