// sdks/python: the idiomatic surface on top of openapi-generator's cognitionos.lowlevel.
// Emits the resources, client, package files and README from spec/openapi.json, and copies in the
// hand-written runtime, tests and examples kept once here. Runs after generateWithOpenApiGenerator.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitClient, emitPackageInit, emitPyproject, emitReadme, emitResourcesInit, emitVersion } from './emit-package.ts';
import { emitResourceModule } from './emit-resource.ts';
import { readResources, type Schema } from './operations.ts';
import { sdkVersion } from '../sdk-version.ts';

const here = dirname(fileURLToPath(import.meta.url));
// What openapi-generator owns inside sdks/python; everything else there is this emitter's.
const OPENAPI_GENERATOR_OWNED = new Set(['cognitionos/lowlevel', '.openapi-generator', '.openapi-generator-ignore']);

export async function generatePython(spec: Schema, root: string): Promise<void> {
  const out = join(root, 'sdks/python');
  removeEmitted(out);
  const resources = readResources(spec);
  const version = sdkVersion(root);
  const files: Record<string, string> = {
    'pyproject.toml': emitPyproject(spec, version),
    'README.md': emitReadme(spec, resources),
    'cognitionos/__init__.py': emitPackageInit(spec),
    'cognitionos/_version.py': emitVersion(spec, version),
    'cognitionos/_client.py': emitClient(resources),
    'cognitionos/py.typed': '',
    'cognitionos/resources/__init__.py': emitResourcesInit(resources),
  };
  for (const resource of resources) files[`cognitionos/resources/${resource.attribute}.py`] = emitResourceModule(spec, resource);
  for (const [file, content] of Object.entries(files)) write(join(out, file), content);
  cpSync(join(here, 'runtime'), join(out, 'cognitionos'), { recursive: true, filter: notCache });
  cpSync(join(here, 'tests'), join(out, 'tests'), { recursive: true, filter: notCache });
  cpSync(join(here, 'examples'), join(out, 'examples'), { recursive: true, filter: notCache });
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
