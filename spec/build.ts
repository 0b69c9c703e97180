// `npm run spec`: writes spec/openapi.json. Deterministic: the same schemas give the same bytes.
import { writeFileSync } from 'node:fs';
import { document } from './src/index.ts';

const target = new URL('./openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote spec/openapi.json (${Object.keys(document.paths ?? {}).length} paths, ${Object.keys(document.components?.schemas ?? {}).length} schemas)`);
