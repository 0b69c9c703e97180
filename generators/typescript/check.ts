// The fixture corpus' check: every generated package's sources compiled by one `tsc --strict
// --noEmit` run, through one temporary tsconfig that includes each package's src/ (every file is a
// module, so packages with the same names do not meet). Options are the package's own tsconfig's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;

export function checkFixturePackages(dirs: string[]): void {
  const packageConfig = JSON.parse(readFileSync(join(here, 'package/tsconfig.json'), 'utf8'));
  const folder = mkdtempSync(join(tmpdir(), 'tsc-fixtures-'));
  const config = {
    compilerOptions: {
      ...packageConfig.compilerOptions,
      strict: true,
      noEmit: true,
      // The packages sit outside the repository: node's types and undici (the optional peer of
      // src/undici.ts) are the repository's.
      typeRoots: [join(repositoryModules(), '@types')],
      baseUrl: folder,
      paths: { undici: [dirname(require.resolve('undici/package.json'))] },
    },
    include: dirs.map((dir) => join(dir, 'src')),
  };
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(config, null, 2));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(folder, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc --strict failed on the fixture packages:\n${stdout ?? ''}${stderr ?? ''}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function repositoryModules(): string {
  return join(dirname(require.resolve('typescript/package.json')), '..');
}
