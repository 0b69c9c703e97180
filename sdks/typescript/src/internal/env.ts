// Generated from generators/typescript/runtime/internal/env.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/env.ts or the generator.
// Environment fallbacks for client options. `process` is absent in browsers and some edge
// runtimes, so it is looked up, never assumed; and Deno without --allow-env throws NotCapable on
// the read itself, so a denied read counts as unset: the options given to the client still work.

export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.[name]?.trim() || undefined;
  } catch {
    return undefined;
  }
}
