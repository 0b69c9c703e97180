// The Python room: sdks/python, the `cognitionos` package. openapi-generator writes the pydantic
// models (cognitionos/lowlevel/models, in a temporary folder read back here); the resources, client,
// error classes, package files and README are emitted from the model and the policy; the hand-written
// runtime/, tests/ (unit), contract/ and examples/ are copied in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratorInput, LanguageRoom } from '../input.ts';
import { openApiGenerate } from '../openapi-generator/index.ts';
import { listFiles } from '../write-tree.ts';
import { checkPackages } from './check.ts';
import { emitApiMd } from './emit-api-md.ts';
import { emitErrors } from './emit-errors.ts';
import { emitClient, emitLowLevelInit, emitPackageInit, emitPyproject, emitReadme, emitResourcesInit, emitVersion } from './emit-package.ts';
import { emitPolicy } from './emit-policy.ts';
import { emitResourceModule } from './emit-resource.ts';
import { modelsSpec } from './models-spec.ts';
import { modelModule, pyResources } from './naming.ts';
import { modelClasses } from './py-types.ts';

const here = import.meta.dirname;

// Hand-written folders of this room and where each lands in the package.
const COPIED: Array<[string, string]> = [
  ['runtime', 'cognitionos'],
  ['tests', 'tests/unit'],
  ['contract', 'tests/contract'],
  ['examples', 'examples'],
];

export const python: LanguageRoom = {
  name: 'python',
  dir: 'sdks/python',
  keep: new Set(['build', 'dist', 'cognitionos.egg-info']),
  emit,
  check: checkPackages,
};

async function emit({ spec, model, policy, version }: GeneratorInput): Promise<Map<string, string>> {
  const files = await openApiGenerate('python', modelsSpec(spec, model));
  checkModelFiles(files, modelClasses(model));
  const resources = pyResources(model);
  const emitted: Record<string, string> = {
    'pyproject.toml': emitPyproject(model, version),
    'README.md': emitReadme(model, resources, policy),
    'api.md': emitApiMd(model, resources),
    'cognitionos/__init__.py': emitPackageInit(model, policy),
    'cognitionos/_version.py': emitVersion(model, version),
    'cognitionos/_policy.py': emitPolicy(policy),
    'cognitionos/_errors.py': emitErrors(policy),
    'cognitionos/_client.py': emitClient(resources, policy),
    'cognitionos/py.typed': '',
    'cognitionos/lowlevel/__init__.py': emitLowLevelInit(model),
    'cognitionos/resources/__init__.py': emitResourcesInit(resources),
  };
  for (const resource of resources) emitted[`cognitionos/resources/${resource.attribute}.py`] = emitResourceModule(model, resource);
  for (const [file, content] of Object.entries(emitted)) files.set(file, content);
  for (const [folder, target] of COPIED) copyFolder(files, folder, target);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

// Every class the emitted code imports must be one openapi-generator wrote, in the module named for it.
function checkModelFiles(files: Map<string, string>, classes: string[]): void {
  const missing = classes.filter((name) => !files.get(`cognitionos/lowlevel/models/${modelModule(name)}.py`)?.includes(`class ${name}(`));
  if (missing.length) throw new Error(`python: openapi-generator wrote no class for ${missing.join(', ')}`);
}

// Copied Python files get the header emitted ones carry, naming where to change them.
function copyFolder(files: Map<string, string>, folder: string, target: string): void {
  for (const file of listFiles(join(here, folder))) {
    if (file.endsWith('.pyc')) continue;
    const text = readFileSync(join(here, folder, file), 'utf8');
    const header = `# Generated from generators/python/${folder}/${file} by generators/python. Do not edit: change it there.\n`;
    files.set(`${target}/${file}`, file.endsWith('.py') ? header + text : text);
  }
}
