// The language checkers, each run once over every snippet of its language (batched: one tsc, one
// mypy, one go vet, one javac), in a temp dir. Each snippet becomes one file (TypeScript, Python), one
// package directory (Go) or one package (Java); a checker's complaints are relocated to the snippet's
// own file and line.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { VERSIONS } from '../../generators/java/emit-pom.ts';
import { where, type Snippet } from './extract.ts';

export interface Placed {
  /** Path relative to the checker's working directory. */
  path: string;
  snippet: Snippet;
}

export interface Checker {
  name: string;
  /** Writes the snippets under `dir` and returns the command that checks them all. */
  prepare(dir: string, snippets: Snippet[]): { placed: Placed[]; command: string; args: string[]; env?: Record<string, string> };
}

export interface CheckResult {
  name: string;
  ok: boolean;
  /** The checker's output with every temp path turned into `file:line` of the snippet. */
  output: string;
  seconds: number;
}

const GO_MODULE = 'github.com/cognitionos/sdk-platform/sdks/go';

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const numbered = (i: number) => `s${String(i + 1).padStart(3, '0')}`;

export function checkers(root: string): Record<'typescript' | 'python' | 'go' | 'java', Checker> {
  return {
    typescript: {
      name: 'tsc --strict',
      prepare(dir, snippets) {
        const placed = snippets.map((snippet, i) => ({ path: `${numbered(i)}.ts`, snippet }));
        for (const p of placed) write(join(dir, p.path), p.snippet.code);
        // The repo's node_modules: @cognitionos/sdk is the workspace package, built into sdks/typescript/dist.
        symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
        write(join(dir, 'package.json'), '{ "type": "module" }\n');
        const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', types: ['node'], skipLibCheck: true };
        write(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: placed.map((p) => p.path) }));
        return { placed, command: join(root, 'node_modules/.bin/tsc'), args: ['-p', 'tsconfig.json', '--pretty', 'false'] };
      },
    },
    python: {
      name: 'mypy --strict',
      prepare(dir, snippets) {
        const placed = snippets.map((snippet, i) => ({ path: `${numbered(i)}.py`, snippet }));
        for (const p of placed) write(join(dir, p.path), p.snippet.code);
        // A cache outside the repo that outlives the temp dir, so the SDK's own modules are checked once, not
        // every run; one per checkout, so two checkouts' runs never write the same cache.
        const cache = join(tmpdir(), `cognitionos-docs-mypy-cache-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
        return { placed, command: join(root, '.venv/bin/mypy'), args: ['--strict', '--no-error-summary', '--cache-dir', cache, ...placed.map((p) => p.path)], env: { MYPYPATH: join(root, 'sdks/python') } };
      },
    },
    go: {
      name: 'go vet',
      prepare(dir, snippets) {
        const placed = snippets.map((snippet, i) => ({ path: `${numbered(i)}/main.go`, snippet }));
        for (const p of placed) write(join(dir, p.path), p.snippet.code);
        write(join(dir, 'go.mod'), goMod(root, snippets));
        const otelSum = join(root, 'sdks/go/otel/go.sum');
        if (existsSync(otelSum)) write(join(dir, 'go.sum'), readFileSync(otelSum, 'utf8'));
        return { placed, command: 'go', args: ['vet', './...'], env: { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } };
      },
    },
    java: {
      name: 'javac',
      prepare(dir, snippets) {
        // Each snippet in a package of its own, declared on its first line, so two `Main`s do not clash.
        const placed = snippets.map((snippet, i) => ({ path: `${numbered(i)}/${publicClass(snippet.code)}.java`, snippet }));
        for (const p of placed) write(join(dir, p.path), `package ${dirname(p.path)}; ${p.snippet.code}`);
        return { placed, command: 'javac', args: ['-d', 'classes', '-cp', javaClassPath(root), '-encoding', 'UTF-8', ...placed.map((p) => p.path)] };
      },
    },
  };
}

function goMod(root: string, snippets: Snippet[]): string {
  const goLine = /^go (\S+)$/m.exec(readFileSync(join(root, 'sdks/go/go.mod'), 'utf8'))?.[1] ?? '1.23';
  const modules = [GO_MODULE];
  // The OpenTelemetry module only when a snippet uses it (it brings dependencies of its own).
  if (snippets.some((s) => s.code.includes(`"${GO_MODULE}/otel"`))) modules.push(`${GO_MODULE}/otel`);
  const relative = (module: string) => join(root, 'sdks/go', module.slice(GO_MODULE.length));
  return [`module example.com/docsnippets`, '', `go ${goLine}`, '', ...modules.map((m) => `require ${m} v0.0.0`), '', ...modules.map((m) => `replace ${m} => ${relative(m)}`), ''].join('\n');
}

const publicClass = (code: string) => /\bpublic\s+(?:final\s+|abstract\s+)*(?:class|record|interface|enum)\s+(\w+)/.exec(code)?.[1] ?? 'Snippet';

// The SDK's jar (built by the java phase of test/all.sh) and Jackson's jars from the local Maven repository.
function javaClassPath(root: string): string {
  const target = join(root, 'sdks/java/target');
  const jar = existsSync(target) ? readdirSync(target).find((f) => /^cognitionos-java-.*\.jar$/.test(f) && !/-(sources|javadoc)\.jar$/.test(f)) : undefined;
  if (!jar) throw new Error('sdks/java/target has no SDK jar: build it first (bash test/all.sh java, or mvn -f sdks/java/pom.xml package)');
  const repository = join(homedir(), '.m2/repository');
  const artifact = (group: string, name: string, version: string) => join(repository, group, name, version, `${name}-${version}.jar`);
  // Jackson is the SDK's one dependency; OpenTelemetry is its test-scope dependency, there for the trace snippet.
  const dependencies = [
    ...['databind', 'core', 'annotations'].map((name) => artifact('com/fasterxml/jackson/core', `jackson-${name}`, VERSIONS.jackson)),
    ...['api', 'context'].map((name) => artifact('io/opentelemetry', `opentelemetry-${name}`, VERSIONS.opentelemetry)),
  ];
  const missing = dependencies.find((path) => !existsSync(path));
  if (missing) throw new Error(`${missing} is missing: resolve the Java SDK's dependencies first (bash test/all.sh java)`);
  return [join(target, jar), ...dependencies].join(':');
}

/** Runs one checker over its snippets in `dir`; never throws for the snippets' faults, only reports them. */
export async function runChecker(checker: Checker, dir: string, snippets: Snippet[]): Promise<CheckResult> {
  const started = Date.now();
  if (!snippets.length) return { name: checker.name, ok: true, output: '', seconds: 0 };
  mkdirSync(dir, { recursive: true });
  const { placed, command, args, env } = checker.prepare(dir, snippets);
  const { code, output } = await exec(command, args, dir, env);
  return { name: checker.name, ok: code === 0, output: relocate(output, dir, placed), seconds: (Date.now() - started) / 1000 };
}

function exec(command: string, args: string[], cwd: string, env?: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every `<path>:<line>` (mypy, go vet, javac) or `<path>(<line>,<column>)` (tsc) of a placed file becomes the snippet's `file:line`. */
export function relocate(output: string, dir: string, placed: Placed[]): string {
  let text = output.split(`${dir}/`).join('');
  for (const p of placed) {
    const path = `(?:\\./)?${p.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    text = text
      .replace(new RegExp(`${path}\\((\\d+),(\\d+)\\)`, 'g'), (_, line: string, column: string) => `${where(p.snippet, Number(line))}:${column}`)
      .replace(new RegExp(`${path}:(\\d+)`, 'g'), (_, line: string) => where(p.snippet, Number(line)));
  }
  return text;
}
