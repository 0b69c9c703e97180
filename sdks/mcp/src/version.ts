// Generated from spec/openapi.json by generators/mcp. Do not edit: change the spec or the generator.
export const VERSION = "0.1.0";
