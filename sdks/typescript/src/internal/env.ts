// Generated from generators/typescript/runtime/internal/env.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/env.ts or the generator.
// Environment fallbacks for client options. `process` is absent in browsers and some edge
// runtimes, so it is looked up, never assumed.

export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name]?.trim() || undefined;
}
