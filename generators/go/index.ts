// sdks/go: the cognitionos Go module, all of it written here. Emits the models, services, client,
// policy constants and README from the SDK model and the policy, copies in the hand-written runtime
// (runtime/), unit tests (tests/) and contract suite (contract/), then gofmt's the whole module so
// the output is byte-stable.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratorInput } from '../input.ts';
import { allResources } from '../model/build.ts';
import { project } from '../project.ts';
import { emitErrorClasses, emitPolicy } from './emit-policy.ts';
import { emitModels } from './emit-models.ts';
import { emitClient, emitResourceFile } from './emit-services.ts';
import { emitReadme } from './emit-readme.ts';
import { copiedHeader } from './header.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface GoPackage {
  module: string;
  dir: string;
}

export const goPackage: GoPackage = project.packages.go;

export function generateGo({ root, model, policy, version }: GeneratorInput): void {
  const pkg = goPackage;
  const out = join(root, pkg.dir);
  rmSync(out, { recursive: true, force: true });
  const files: Record<string, string> = {
    'go.mod': `module ${pkg.module}\n\ngo 1.23\n`,
    'client.go': emitClient(model, version),
    'models.go': emitModels(model),
    'error_classes.go': emitErrorClasses(policy),
    'internal/policy/policy.go': emitPolicy(policy),
    'README.md': emitReadme(model, policy, pkg),
  };
  for (const resource of allResources(model.resources)) files[`${resource.qualifiedWords.flat().join('_')}.go`] = emitResourceFile(model, resource);
  for (const [source, target] of copiedFiles()) files[target] = copy(source);
  for (const [file, content] of Object.entries(files)) write(join(out, file), withModulePath(content, pkg.module));
  execFileSync('gofmt', ['-w', out]);
}

// runtime/ lands at the module root (package option and internal/ keep their folders), tests/ at
// the root beside the code it tests, contract/ as its own package.
function copiedFiles(): [string, string][] {
  const tree = (dir: string, into: string) => listFiles(join(here, dir)).map((file): [string, string] => [join(dir, file), join(into, file)]);
  return [...tree('runtime', ''), ...tree('tests', ''), ...tree('contract', 'contract')];
}

function copy(source: string): string {
  const text = readFileSync(join(here, source), 'utf8');
  return source.endsWith('.go') ? `${copiedHeader(`generators/go/${source}`)}\n\n${text}` : text;
}

// The hand-written files import the module by the path project.json names; spelled once there.
function withModulePath(content: string, module: string): string {
  return content.replaceAll('github.com/cognitionos/sdk-platform/sdks/go', module);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
