// The pipeline entry (`npm run generate`): spec/openapi.json -> sdks/<language>.
// Each language module owns exactly one folder under sdks/ and writes it deterministically.
// The spec is read, the SDK model built and the policy loaded once, here, for all four.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GeneratorInput } from './input.ts';
import { buildModel } from './model/build.ts';
import { generateWithOpenApiGenerator } from './openapi-generator/index.ts';
import { loadPolicy } from './policy/policy.ts';
import { generatePython } from './python/index.ts';
import { generateGo } from './go/index.ts';
import { generateJava } from './java/index.ts';
import { copyLicense } from './license.ts';
import { sdkVersion } from './sdk-version.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(readFileSync(`${root}/spec/openapi.json`, 'utf8'));
const input: GeneratorInput = { root, spec, model: buildModel(spec), policy: loadPolicy(), version: sdkVersion(root) };

// The JVM starts first (it writes Python's low-level models); the Python surface follows it. Go and
// Java are all emitted by us, so they are written while the JVM works, and the TypeScript emitter
// (loaded only now: openapi-typescript takes most of a second to import) runs meanwhile too.
const lowLevelThenPython = generateWithOpenApiGenerator(root).then(() => generatePython(input));
generateGo(input);
generateJava(input);
const { generateTypeScript } = await import('./typescript/index.ts');
await Promise.all([generateTypeScript(input), lowLevelThenPython]);
copyLicense(root);
