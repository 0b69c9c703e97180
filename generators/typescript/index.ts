// The TypeScript SDK: spec/openapi.json -> sdks/typescript. Emitted: wire types, named types,
// one module per resource, the client, package.json and README. Copied verbatim: the runtime
// (./runtime -> src/) and the package's static files and tests (./package -> ./).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allResources, buildModel } from '../model/build.ts';
import type { GeneratorInput } from '../input.ts';
import { loadPolicy, type Policy } from '../policy/policy.ts';
import { emitClient, emitIndex, emitVersion } from './emit-client.ts';
import { emitPackageJson } from './emit-package.ts';
import { emitReadme } from './emit-readme.ts';
import { emitResource } from './emit-resources.ts';
import { emitPolicy } from './emit-policy.ts';
import { emitNamedTypes, emitOpenApiTypes } from './emit-types.ts';
import { generatedFrom } from './header.ts';
import { checkUniqueClassNames, fileName } from './naming.ts';
import { listFiles, writeTree } from './write-tree.ts';

const here = import.meta.dirname;

export async function generateTypeScript({ root, spec, model, policy, version }: GeneratorInput): Promise<void> {
  const out = join(root, 'sdks/typescript');
  writeTree(out, await emitPackage(spec, version, model, policy));
  console.log('typescript: sdks/typescript');
}

/** Every file of the package, by path relative to its root. */
export async function emitPackage(spec: Record<string, any>, version: string, model = buildModel(spec), policy: Policy = loadPolicy()): Promise<Map<string, string>> {
  checkUniqueClassNames(model);
  const files = new Map<string, string>([
    ...copied(join(here, 'package'), ''),
    ...copied(join(here, 'runtime'), 'src/'),
    ['package.json', emitPackageJson(model, version)],
    ['README.md', emitReadme(model, policy)],
    ['src/openapi.ts', await emitOpenApiTypes(spec)],
    ['src/types.ts', emitNamedTypes(model)],
    ['src/client.ts', emitClient(model)],
    ['src/index.ts', emitIndex(model)],
    ['src/version.ts', emitVersion(version, model.specVersion)],
    ['src/internal/policy.ts', emitPolicy(policy)],
  ]);
  for (const resource of allResources(model.resources)) files.set(`src/resources/${fileName(resource)}.ts`, emitResource(resource, model));
  return files;
}

// Copied TypeScript files get the header emitted ones carry, naming where to change them.
function copied(folder: string, prefix: string): Array<[string, string]> {
  return listFiles(folder).map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const source = `generators/typescript/${relative(join(here), join(folder, file))}`;
    return [prefix + file, file.endsWith('.ts') ? `${generatedFrom(source)}\n${text}` : text];
  });
}
