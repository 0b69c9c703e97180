// The Go room's checkers for many generated modules at once (the fixture corpus): every module is
// copied under its own module path (they all declare the same one), listed in one go.work, and
// handed to one `go vet` (or `go test`), so the toolchain starts and type-checks the shared runtime
// once.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { listFiles } from '../write-tree.ts';

/** Vets each module folder in `dirs` (each declaring `module`); throws with go vet's output. */
export function checkModules(dirs: string[], module: string): void {
  inWorkspace(dirs, module, new Map(), (packages) => ['vet', ...packages]);
}

/** Runs the Go tests `tests` adds to some of the modules (folder name -> file name -> source, written
 * in package cognitionos), in one `go test`; throws with its output when one fails. */
export function testModules(dirs: string[], module: string, tests: Map<string, Map<string, string>>): string {
  const tested = dirs.filter((dir) => tests.has(basename(dir)));
  return inWorkspace(tested, module, tests, (packages) => ['test', '-count=1', ...packages]);
}

function inWorkspace(dirs: string[], module: string, tests: Map<string, Map<string, string>>, command: (packages: string[]) => string[]): string {
  const work = mkdtempSync(join(tmpdir(), 'go-check-'));
  try {
    const packages = dirs.map((dir) => {
      const name = basename(dir);
      const rename = `fixtures.example/${name}`;
      copyModule(dir, join(work, name), module, rename);
      for (const [file, source] of tests.get(name) ?? []) writeFileSync(join(work, name, file), source.replaceAll(module, rename));
      return `${rename}/...`;
    });
    writeFileSync(join(work, 'go.work'), `go 1.23\n\nuse (\n${dirs.map((dir) => `\t./${basename(dir)}`).join('\n')}\n)\n`);
    return execFileSync('go', command(packages), { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GOWORK: join(work, 'go.work') } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`go ${command([])[0]} failed:\n${stdout ?? ''}${stderr ?? (error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The unit tests and contract suite copied into every package test the CognitionOS API, not the
// fixture's, so they are left out: the package itself (runtime included) is what is checked here;
// `go vet` and `go test` of sdks/go cover them.
function copyModule(from: string, to: string, module: string, rename: string): void {
  cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('_test.go') && basename(source) !== 'contract' });
  for (const file of listFiles(to).filter((f) => f.endsWith('.go') || f === 'go.mod')) {
    const path = join(to, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(module, rename));
  }
}
