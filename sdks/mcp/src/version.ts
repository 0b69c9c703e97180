// Generated from spec/openapi.json by generators/mcp. Do not edit: change the spec or the generator.
export const VERSION = "0.1.0";
export const SPEC_VERSION = "3.1.0";
