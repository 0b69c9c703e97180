// The first line of every emitted file, so nobody edits one by hand.
export const GENERATED_HEADER = '// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.';
