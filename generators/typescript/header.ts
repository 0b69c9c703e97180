// The first line of every file of the package, emitted or copied, so nobody edits one by hand.
export const generatedFrom = (source: string) => `// Generated from ${source} by generators/typescript. Do not edit: change ${source} or the generator.`;
export const GENERATED_HEADER = '// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.';
