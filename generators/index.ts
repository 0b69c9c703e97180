// The pipeline entry (`npm run generate`): spec/openapi.json -> sdks/<language>.
// Each language module owns exactly one folder under sdks/ and writes it deterministically.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypeScript } from './typescript/index.ts';
import { generateWithOpenApiGenerator } from './openapi-generator/index.ts';
import { generatePython } from './python/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(readFileSync(`${root}/spec/openapi.json`, 'utf8'));

await generateTypeScript(spec, root);
await generateWithOpenApiGenerator(root);
await generatePython(spec, root);
