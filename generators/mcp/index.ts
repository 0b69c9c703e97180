// sdks/mcp: the MCP server, @cognitionos/mcp. Emitted: the tool table from the SDK model, package
// files and README. Copied with a header: the server runtime (./runtime -> src/) and its tests
// (./tests -> tests/) and contract suite (./contract -> contract/), which run the official MCP client
// against live reference servers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageRoom } from '../input.ts';
import { copyFolder } from '../write-tree.ts';
import { BIN, emitPackageJson, emitVersion, TSCONFIG, TSUP_CONFIG, VITEST_CONFIG, VITEST_CONTRACT_CONFIG } from './emit-package.ts';
import { emitReadme } from './emit-readme.ts';
import { emitTools } from './emit-tools.ts';
import { copiedFrom, GENERATED } from './header.ts';

const here = import.meta.dirname;

export const mcp: LanguageRoom = {
  name: 'mcp',
  dir: 'sdks/mcp',
  keep: new Set(['node_modules', 'dist']),
  async emit({ model, version }) {
    return new Map([
      ['package.json', emitPackageJson(model, version)],
      ['README.md', emitReadme(model)],
      ['bin/cognitionos-mcp.js', BIN],
      ['tsconfig.json', TSCONFIG],
      ['tsup.config.ts', TSUP_CONFIG],
      ['vitest.config.ts', VITEST_CONFIG],
      ['vitest.contract.config.ts', VITEST_CONTRACT_CONFIG],
      ['src/tools.ts', emitTools(model)],
      ['src/version.ts', `${GENERATED}\n${emitVersion(version, model.specVersion)}`],
      ...copied('runtime', 'src'),
      // The CLI's trace context check, one copy of the W3C rule for both packages.
      ['src/trace-context.ts', `${copiedFrom('cli/runtime/trace-context.ts')}\n${readFileSync(join(here, '../cli/runtime/trace-context.ts'), 'utf8')}`],
      ...copied('tests', 'tests'),
      ...copied('contract', 'contract'),
    ]);
  },
  // The tool table of every fixture type-checks against the runtime's ToolSpec.
  check(dirs) {
    const tsc = join(here, '../../node_modules/.bin/tsc');
    const files = dirs.flatMap((dir) => [join(dir, 'src/tools.ts'), join(dir, 'src/tool-spec.ts')]);
    execFileSync(tsc, ['--strict', '--noEmit', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', ...files], { stdio: 'pipe' });
  },
};

function copied(folder: string, target: string): Array<[string, string]> {
  return copyFolder(join(here, folder), `${target}/`, (file) => (file.endsWith('.ts') ? copiedFrom(`mcp/${folder}/${file}`) : undefined));
}
