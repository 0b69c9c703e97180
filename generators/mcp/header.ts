// The first line of every file of the package, emitted or copied, so nobody edits one by hand.
export const GENERATED = '// Generated from spec/openapi.json by generators/mcp. Do not edit: change the spec or the generator.';
/** `source` is relative to generators/: `mcp/runtime/server.ts`. */
export const copiedFrom = (source: string) => `// Generated from generators/${source} by generators/mcp. Do not edit: change it there.`;
