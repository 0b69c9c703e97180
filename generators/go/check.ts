// The Go room's checker for many generated modules at once (the fixture corpus): every module is
// copied under its own module path (they all declare the same one), listed in one go.work, and
// vetted by one `go vet`, so the toolchain starts and type-checks the shared runtime once.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { listFiles } from '../write-tree.ts';

/** Vets each module folder in `dirs` (each declaring `module`); throws with go vet's output. */
export function checkModules(dirs: string[], module: string): void {
  const work = mkdtempSync(join(tmpdir(), 'go-check-'));
  try {
    const paths = dirs.map((dir) => copyModule(dir, join(work, basename(dir)), module, `fixtures.example/${basename(dir)}`));
    writeFileSync(join(work, 'go.work'), `go 1.23\n\nuse (\n${dirs.map((dir) => `\t./${basename(dir)}`).join('\n')}\n)\n`);
    execFileSync('go', ['vet', ...paths.map((path) => `${path}/...`)], { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GOWORK: join(work, 'go.work') } });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`go vet failed:\n${stdout ?? ''}${stderr ?? (error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The unit tests and contract suite copied into every package test the CognitionOS API, not the
// fixture's, so only the package itself (runtime included) is vetted; `go vet` of sdks/go covers them.
function copyModule(from: string, to: string, module: string, rename: string): string {
  cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('_test.go') && basename(source) !== 'contract' });
  for (const file of listFiles(to).filter((f) => f.endsWith('.go') || f === 'go.mod')) {
    const path = join(to, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(module, rename));
  }
  return rename;
}
