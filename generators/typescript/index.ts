// The TypeScript room: spec/openapi.json -> sdks/typescript. Emitted: wire types, named types,
// one module per resource, the client, the policy's constants and error classes, package.json and
// README. Copied as they are: the runtime (runtime/ -> src/), the SDK's unit and type tests
// (tests/ -> tests/), its contract suite (contract/ -> tests/contract/) and the package's static
// files (package/ -> ./).
import { join } from 'node:path';
import type { GeneratorInput, LanguageRoom } from '../input.ts';
import { allResources } from '../model/build.ts';
import { copyFolder } from '../write-tree.ts';
import { checkFixturePackages } from './check.ts';
import { emitApiMd } from './emit-api-md.ts';
import { emitClient, emitIndex, emitVersion } from './emit-client.ts';
import { emitPackageJson } from './emit-package.ts';
import { emitErrorClasses, emitPolicy } from './emit-policy.ts';
import { emitReadme } from './emit-readme.ts';
import { emitResource } from './emit-resources.ts';
import { emitNamedTypes, emitOpenApiTypes } from './emit-types.ts';
import { generatedFrom } from './header.ts';
import { checkUniqueClassNames, fileName } from './naming.ts';

const here = import.meta.dirname;

/** Folders of this room copied into the package, and where each lands. */
const COPIED: ReadonlyArray<[folder: string, into: string]> = [
  ['package', ''],
  ['runtime', 'src/'],
  ['tests', 'tests/'],
  ['contract', 'tests/contract/'],
];

export const typescript: LanguageRoom = {
  name: 'typescript',
  dir: 'sdks/typescript',
  // tsup's output and what npm installs for the workspace.
  keep: new Set(['dist', 'node_modules']),
  emit: emitPackage,
  check: checkFixturePackages,
};

/** Every file of the package, by path relative to its root. */
export async function emitPackage({ spec, model, policy, version }: GeneratorInput): Promise<Map<string, string>> {
  checkUniqueClassNames(model);
  const files = new Map<string, string>([
    ...COPIED.flatMap(([folder, into]) => copied(folder, into)),
    ['package.json', emitPackageJson(model, version)],
    ['README.md', emitReadme(model, policy)],
    ['api.md', emitApiMd(model)],
    ['src/openapi.ts', await emitOpenApiTypes(spec, model)],
    ['src/types.ts', emitNamedTypes(model)],
    ['src/client.ts', emitClient(model)],
    ['src/index.ts', emitIndex(model)],
    ['src/version.ts', emitVersion(version, model.specVersion)],
    ['src/internal/policy.ts', emitPolicy(policy)],
    ['src/core/error-classes.ts', emitErrorClasses(policy)],
  ]);
  for (const resource of allResources(model.resources)) files.set(`src/resources/${fileName(resource)}.ts`, emitResource(resource, model));
  return files;
}

function copied(folder: string, into: string): Array<[string, string]> {
  return copyFolder(join(here, folder), into, (file) => (file.endsWith('.ts') ? generatedFrom(`generators/typescript/${folder}/${file}`) : undefined));
}
