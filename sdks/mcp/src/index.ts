// Generated from generators/mcp/runtime/index.ts by generators/mcp. Do not edit: change it there.
// The package as a library: the tool table and the server factory, for embedding in another host.
export { buildServer } from './server.js';
export { selectTools } from './select.js';
export { TOOLS } from './tools.js';
export { SPEC_VERSION, VERSION } from './version.js';
export type { ToolSpec } from './tool-spec.js';
