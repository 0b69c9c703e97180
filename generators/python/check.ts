// The Python room's checker for the fixture corpus: `mypy --strict` over every generated package in
// ONE invocation. Each package is `cognitionos`, so each is copied under its own name
// (`fixture_<folder>`), its absolute imports (openapi-generator's models use them) renamed with it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { snakeCase, splitWords } from '../model/naming.ts';
import { listFiles } from '../write-tree.ts';

const root = join(import.meta.dirname, '../..');

export function checkPackages(dirs: string[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'python-check-'));
  try {
    const packages = dirs.map((dir) => copyRenamed(dir, scratch));
    const run = spawnSync(join(root, '.venv/bin/mypy'), ['--strict', '--cache-dir=/dev/null', '--no-color-output', ...packages.flatMap((p) => ['-p', p])], {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`mypy --strict failed on the generated packages:\n${run.stdout}${run.stderr}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function copyRenamed(dir: string, scratch: string): string {
  const name = `fixture_${snakeCase(splitWords(basename(dir)))}`;
  const target = join(scratch, name);
  cpSync(join(dir, 'cognitionos'), target, { recursive: true });
  for (const file of listFiles(target).filter((f) => f.endsWith('.py'))) {
    const path = join(target, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*)(from|import) cognitionos\b/gm, `$1$2 ${name}`));
  }
  return name;
}
