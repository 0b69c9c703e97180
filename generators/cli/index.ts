// The command line: the SDK model -> sdks/cli (@cognitionos/cli, bin cognition-cli), on top of the
// TypeScript SDK. Emitted: the command table with its SDK calls, the app constants, the entry,
// package.json and README. Copied: the runtime (./runtime -> src/runtime), the package's static
// files (./package -> ./), its unit tests (./tests -> tests/, run by the root vitest as a project)
// and the contract suite (./contract -> tests/contract/, run by test/contract/run.ts only).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { GeneratorInput, LanguageRoom } from '../input.ts';
import { copyFolder } from '../write-tree.ts';
import { buildCommandTable } from './command-table.ts';
import { emitApp, emitCommands, emitEntry } from './emit-commands.ts';
import { emitPackageJson, SDK_PACKAGE } from './emit-package.ts';
import { emitReadme } from './emit-readme.ts';

const here = import.meta.dirname;

export async function emitCli({ model, policy, version }: GeneratorInput): Promise<Map<string, string>> {
  const table = buildCommandTable(model);
  return new Map<string, string>([
    ...copied('package', ''),
    ...copied('runtime', 'src/runtime/'),
    ...copied('tests', 'tests/'),
    ...copied('contract', 'tests/contract/'),
    ['package.json', emitPackageJson(model, version)],
    ['README.md', emitReadme(model, policy, table)],
    ['src/commands.ts', emitCommands(table, SDK_PACKAGE)],
    ['src/app.ts', emitApp(model, policy, version, SDK_PACKAGE)],
    ['src/cli.ts', emitEntry()],
  ]);
}

export const cli: LanguageRoom = {
  name: 'cli',
  dir: 'sdks/cli',
  keep: new Set(['dist', 'node_modules']),
  emit: emitCli,
  // tsc on each package. src/commands.ts calls the TypeScript SDK by its method names, so a package
  // type-checks only where `@cognitionos/sdk` resolves to the SDK generated from the same spec (as
  // sdks/cli does in the workspace; npm test runs it there). A fixture's CLI would need its fixture's
  // SDK beside it: the fixtures test checks the fixtures' command tables instead (fixtures.test.ts).
  check(dirs: string[]): void {
    for (const dir of dirs) execFileSync('npx', ['tsc', '--noEmit', '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
  },
};

// Copied TypeScript and JavaScript files name where to change them.
function copied(folder: string, into: string): Array<[string, string]> {
  return copyFolder(join(here, folder), into, (file) => {
    const source = `generators/cli/${folder}/${file}`;
    return /\.[jt]s$/.test(file) ? `// Generated from ${source} by generators/cli. Do not edit: change ${source} or the generator.` : undefined;
  });
}
