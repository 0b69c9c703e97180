// The pipeline entry (`npm run generate`): spec/openapi.json -> sdks/<language>.
// The spec is read, the SDK model built and the policy loaded once, here; each language room is a
// pure function from that input to its package's files, and one writer lays every tree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratorInput } from './input.ts';
import { buildModel } from './model/build.ts';
import { loadPolicy } from './policy/policy.ts';
import { ROOMS } from './rooms.ts';
import { DOCS_SPEC, docsSpec } from './samples/index.ts';
import { sdkVersion } from './sdk-version.ts';
import { writeTree } from './write-tree.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(readFileSync(`${root}/spec/openapi.json`, 'utf8'));
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
const input: GeneratorInput = { spec, model: buildModel(spec), policy: loadPolicy(), version: sdkVersion(root) };

// Rooms run side by side: Python's waits on the JVM (openapi-generator), the others on nothing.
await Promise.all(
  ROOMS.map(async (room) => {
    const files = await room.emit(input);
    files.set('LICENSE', license); // every registry ships what is in the package folder
    writeTree(join(root, room.dir), files, room.keep);
    console.log(`${room.name}: ${room.dir}`);
  }),
);

// The docs variant of the spec: every operation with its samples in six languages (served at /docs).
writeFileSync(join(root, DOCS_SPEC), docsSpec(input));
console.log(`samples: ${DOCS_SPEC}`);
