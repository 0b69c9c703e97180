// First lines of every file the Java emitter writes, so nobody edits one by hand, and the imports and
// annotations a class body needs.
import type { SdkModel } from '../model/types.ts';
export const EMITTED_HEADER = '// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.';

export const copiedHeader = (source: string) => `// Generated from generators/java/${source} by generators/java. Do not edit: change that file.`;

/** The import lines a class body needs, from the candidates it mentions (so none is unused). */
export function importsFor(body: string, candidates: Record<string, string>): string {
  const code = withoutComments(body);
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

/** The SDK's own uses of a deprecated type must not warn (javac -Xlint:all -Werror, and no noise for
 * whoever builds it); a caller's uses still do. Marks class `name` when its body names one. */
export function quietDeprecated(body: string, name: string, model: Pick<SdkModel, 'types'>): string {
  const code = withoutComments(body);
  const used = model.types.some((t) => t.deprecated && t.name !== name && new RegExp(`\\b${t.name}\\b`).test(code));
  return used ? body.replace(`public final class ${name} `, `@SuppressWarnings("deprecation")\npublic final class ${name} `) : body;
}

function withoutComments(body: string): string {
  return body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}
