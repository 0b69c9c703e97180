// sdks/go: the cognitionos Go module, all of it written here. Emits the models, services, client,
// policy constants and README from the SDK model and the policy, copies in the hand-written runtime
// (runtime/), unit tests (tests/) and contract suite (contract/), and gofmt's every Go file in
// memory so the output is byte-stable. check() vets many generated modules in one `go vet`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratorInput, LanguageRoom } from '../input.ts';
import { allResources } from '../model/build.ts';
import { project } from '../project.ts';
import { checkModules } from './check.ts';
import { emitErrorClasses, emitPolicy } from './emit-policy.ts';
import { emitApi } from './emit-api.ts';
import { emitDoc } from './emit-doc.ts';
import { emitModels } from './emit-models.ts';
import { emitClient, emitResourceFile } from './emit-services.ts';
import { emitReadme } from './emit-readme.ts';
import { copiedHeader } from './header.ts';
import { withProblemTypes } from './problem-types.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface GoPackage {
  module: string;
  dir: string;
}

export const goPackage: GoPackage = project.packages.go;

export const go: LanguageRoom = {
  name: 'go',
  dir: goPackage.dir,
  keep: new Set(),
  emit: async (input) => emitGo(input),
  check: (dirs) => checkModules(dirs, goPackage.module),
};

function emitGo({ model: spec, policy, version }: GeneratorInput): Map<string, string> {
  const model = withProblemTypes(spec);
  const pkg = goPackage;
  const files = new Map<string, string>([
    ['go.mod', `module ${pkg.module}\n\ngo 1.23\n`],
    // The workspace lets the contract suite trace through the otel module; a module that depends on
    // the SDK ignores it, so the SDK itself still requires nothing.
    ['go.work', 'go 1.23.0\n\nuse (\n\t.\n\t./otel\n)\n'],
    ['client.go', emitClient(model, version)],
    ['doc.go', emitDoc(model, policy, pkg)],
    ['models.go', emitModels(model)],
    ['error_classes.go', emitErrorClasses(policy)],
    ['internal/policy/policy.go', emitPolicy(policy)],
    ['README.md', emitReadme(model, policy, pkg)],
    ['api.md', emitApi(model)],
  ]);
  const copied = copiedFiles();
  for (const resource of allResources(model.resources)) files.set(resourceFile(resource.qualifiedWords.flat().join('_'), files, copied), emitResourceFile(model, resource));
  for (const [source, target] of copied) files.set(target, copy(source));
  return new Map([...files].map(([file, content]) => [file, formatted(file, withModulePath(content, pkg.module))]));
}

// A resource whose file name is taken by another file of the package (`errors`, `models`) gets
// `_service` after its name.
function resourceFile(base: string, files: Map<string, string>, copied: [string, string][]): string {
  const taken = (name: string) => files.has(name) || copied.some(([, target]) => target === name);
  return taken(`${base}.go`) ? `${base}_service.go` : `${base}.go`;
}

// runtime/ lands at the module root (package option and internal/ keep their folders), tests/ at
// the root beside the code it tests, contract/ as its own package, otel/ as its own module (the
// OpenTelemetry trace context, so the SDK's module depends on nothing).
function copiedFiles(): [string, string][] {
  const tree = (dir: string, into: string) => listFiles(join(here, dir)).map((file): [string, string] => [join(dir, file), join(into, file)]);
  return [...tree('runtime', ''), ...tree('tests', ''), ...tree('contract', 'contract'), ...tree('otel', 'otel')];
}

function copy(source: string): string {
  const text = readFileSync(join(here, source), 'utf8');
  return source.endsWith('.go') ? `${copiedHeader(`generators/go/${source}`)}\n\n${text}` : text;
}

// The hand-written files import the module by the path project.json names; spelled once there.
function withModulePath(content: string, module: string): string {
  return content.replaceAll('github.com/cognitionos/sdk-platform/sdks/go', module);
}

/** A Go file as gofmt writes it (through stdin: nothing touches the disk); other files as they are. */
function formatted(file: string, content: string): string {
  return file.endsWith('.go') ? execFileSync('gofmt', { input: content, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }) : content;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
