// The pipeline entry (`npm run generate`): spec/openapi.json -> sdks/<language>.
// Each language module owns exactly one folder under sdks/ and writes it deterministically.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateWithOpenApiGenerator } from './openapi-generator/index.ts';
import { generatePython } from './python/index.ts';
import { copyLicense } from './license.ts';
import { generateGo } from './go/index.ts';
import { generateJava } from './java/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(readFileSync(`${root}/spec/openapi.json`, 'utf8'));

// The JVM starts first; the TypeScript emitter (loaded only now: openapi-typescript takes most of a
// second to import) runs on the other core meanwhile. The Python surface needs the low-level package
// openapi-generator writes, so it follows it.
const lowLevelThenPython = generateWithOpenApiGenerator(root).then(() => generatePython(spec, root));
// The Go module is all emitted (no openapi-generator output), so it is written while the JVM works.
generateGo(spec, root);
generateJava(spec, root);
const { generateTypeScript } = await import('./typescript/index.ts');
await Promise.all([generateTypeScript(spec, root), lowLevelThenPython]);
copyLicense(root);
