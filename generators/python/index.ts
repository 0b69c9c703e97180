// sdks/python: the idiomatic surface on top of openapi-generator's cognitionos.lowlevel.
// Emits the resources, client, package files and README from spec/openapi.json, and copies in the
// hand-written runtime, tests and examples kept once here. Runs after generateWithOpenApiGenerator.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitClient, emitPackageInit, emitPyproject, emitReadme, emitResourcesInit, emitVersion } from './emit-package.ts';
import { emitPolicy } from './emit-policy.ts';
import { emitResourceModule } from './emit-resource.ts';
import { pyResources } from './naming.ts';
import type { GeneratorInput } from '../input.ts';
import { listFiles } from '../typescript/write-tree.ts';

const here = dirname(fileURLToPath(import.meta.url));
// What openapi-generator owns inside sdks/python; everything else there is this emitter's.
const OPENAPI_GENERATOR_OWNED = new Set(['cognitionos/lowlevel', '.openapi-generator', '.openapi-generator-ignore']);

export function generatePython({ root, model, policy, version }: GeneratorInput): void {
  const out = join(root, 'sdks/python');
  removeEmitted(out);
  const resources = pyResources(model);
  const files: Record<string, string> = {
    'pyproject.toml': emitPyproject(model, version),
    'README.md': emitReadme(model, resources, policy),
    'cognitionos/__init__.py': emitPackageInit(model),
    'cognitionos/_version.py': emitVersion(model, version),
    'cognitionos/_policy.py': emitPolicy(policy),
    'cognitionos/_client.py': emitClient(resources, policy),
    'cognitionos/py.typed': '',
    'cognitionos/resources/__init__.py': emitResourcesInit(resources),
  };
  for (const resource of resources) files[`cognitionos/resources/${resource.attribute}.py`] = emitResourceModule(model.schemas, resource);
  for (const [file, content] of Object.entries(files)) write(join(out, file), content);
  copyTree('runtime', join(out, 'cognitionos'));
  copyTree('tests', join(out, 'tests'));
  copyTree('examples', join(out, 'examples'));
}

// Copied Python files get the header emitted ones carry, naming where to change them.
function copyTree(folder: string, target: string): void {
  for (const file of listFiles(join(here, folder))) {
    if (!notCache(file)) continue;
    const text = readFileSync(join(here, folder, file), 'utf8');
    const header = `# Generated from generators/python/${folder}/${file} by generators/python. Do not edit: change it there.\n`;
    write(join(target, file), file.endsWith('.py') ? header + text : text);
  }
}

// A file this emitter wrote last time but would not write now must not linger.
function removeEmitted(out: string, prefix = ''): void {
  mkdirSync(join(out, prefix), { recursive: true });
  for (const entry of readdirSync(join(out, prefix), { withFileTypes: true })) {
    const relative = join(prefix, entry.name);
    if (OPENAPI_GENERATOR_OWNED.has(relative)) continue;
    if (entry.isDirectory() && [...OPENAPI_GENERATOR_OWNED].some((owned) => owned.startsWith(`${relative}/`))) removeEmitted(out, relative);
    else rmSync(join(out, relative), { recursive: true, force: true });
  }
}

function notCache(source: string): boolean {
  return !/(__pycache__|\.pyc$|\.pytest_cache|\.mypy_cache|\.ruff_cache)/.test(source);
}

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
