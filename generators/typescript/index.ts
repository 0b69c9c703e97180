// The TypeScript SDK: spec/openapi.json -> sdks/typescript. Emitted: wire types, named types,
// one module per resource, the client, package.json and README. Copied verbatim: the runtime
// (./runtime -> src/) and the package's static files and tests (./package -> ./).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitClient, emitIndex, emitVersion } from './emit-client.ts';
import { emitPackageJson } from './emit-package.ts';
import { sdkVersion } from '../sdk-version.ts';
import { emitReadme } from './emit-readme.ts';
import { emitResource } from './emit-resources.ts';
import { emitNamedTypes, emitOpenApiTypes } from './emit-types.ts';
import { allResources, buildModel } from './resource-tree.ts';
import { listFiles, writeTree } from './write-tree.ts';

const here = import.meta.dirname;

export async function generateTypeScript(spec: Record<string, any>, root: string): Promise<void> {
  const out = join(root, 'sdks/typescript');
  writeTree(out, await emitPackage(spec, sdkVersion(root)));
  console.log('typescript: sdks/typescript');
}

/** Every file of the package, by path relative to its root. */
export async function emitPackage(spec: Record<string, any>, version: string): Promise<Map<string, string>> {
  const model = buildModel(spec);
  const files = new Map<string, string>([
    ...copied(join(here, 'package'), ''),
    ...copied(join(here, 'runtime'), 'src/'),
    ['package.json', emitPackageJson(spec, version)],
    ['README.md', emitReadme(spec, model)],
    ['src/openapi.ts', await emitOpenApiTypes(spec)],
    ['src/types.ts', emitNamedTypes(spec, model.queryTypes)],
    ['src/client.ts', emitClient(model)],
    ['src/index.ts', emitIndex(model)],
    ['src/version.ts', emitVersion(version, spec.info.version)],
  ]);
  for (const resource of allResources(model.resources)) files.set(`src/resources/${resource.fileName}.ts`, emitResource(resource));
  return files;
}

function copied(folder: string, prefix: string): Array<[string, string]> {
  return listFiles(folder).map((file) => [prefix + file, readFileSync(join(folder, file), 'utf8')]);
}
