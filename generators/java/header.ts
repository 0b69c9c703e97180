// First lines of every file the Java emitter writes, so nobody edits one by hand.
export const EMITTED_HEADER = '// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.';

export const copiedHeader = (source: string) => `// Generated from generators/java/${source} by generators/java. Do not edit: change that file.`;

/** The import lines a class body needs, from the candidates it mentions (so none is unused). */
export function importsFor(body: string, candidates: Record<string, string>): string {
  const code = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return Object.entries(candidates)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code))
    .map(([, qualified]) => `import ${qualified};`)
    .sort()
    .join('\n');
}

export const COMMON_IMPORTS: Record<string, string> = {
  JsonNode: 'com.fasterxml.jackson.databind.JsonNode',
  ObjectNode: 'com.fasterxml.jackson.databind.node.ObjectNode',
  Json: 'io.cognitionos.internal.Json',
  LocalDate: 'java.time.LocalDate',
  OffsetDateTime: 'java.time.OffsetDateTime',
  Duration: 'java.time.Duration',
  List: 'java.util.List',
  Map: 'java.util.Map',
  Optional: 'java.util.Optional',
  Set: 'java.util.Set',
};
