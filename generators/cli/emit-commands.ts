// src/commands.ts: the command table as data, each entry with the TypeScript SDK call behind it
// (`client.tenants.apiKeys.create(ids[0], params, options)`), so tsc checks every call against the
// SDK it ships with; and src/app.ts: the names and defaults the runtime needs.
import type { Policy } from '../policy/policy.ts';
import type { SdkModel } from '../model/types.ts';
import { BIN, type TableEntry } from './command-table.ts';

export const HEADER = '// Generated from spec/openapi.json by generators/cli. Do not edit: change the spec or the generator.';

export function emitCommands(entries: TableEntry[], sdkPackage: string): string {
  const items = entries.map((entry) => {
    const fields = JSON.stringify(entry.spec).slice(1, -1);
    const poll = entry.sdkPoll ? `,\n    poll: (client: CognitionOSClient, ids, _params, options) => ${entry.sdkPoll}(${callArgs(entry.spec.positionals.length + 1, false)}options)` : '';
    return `  {\n    ${fields},\n    call: (client: CognitionOSClient, ids, params, options) => ${entry.sdkMethod}(${callArgs(entry.spec.positionals.length, entry.spec.takesParams, entry.constants)}options)${poll},\n  }`;
  });
  return [
    HEADER,
    `import type { CognitionOSClient } from '${sdkPackage}';`,
    "import type { Command } from './runtime/spec.js';",
    '',
    'export const COMMANDS: Command[] = [',
    `${items.join(',\n')},`,
    '];',
    '',
  ].join('\n');
}

// Path ids first, then the params object (with the constants the caller never chooses), then options.
function callArgs(idCount: number, takesParams: boolean, constants: Record<string, unknown> = {}): string {
  const ids = Array.from({ length: idCount }, (_, i) => `ids[${i}]!, `).join('');
  const extra = Object.entries(constants).map(([k, v]) => `, ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('');
  return `${ids}${takesParams ? `{ ...params${extra} } as never, ` : ''}`;
}

export function emitApp(model: SdkModel, policy: Policy, version: string, sdkPackage: string): string {
  return `${HEADER}
import type { AppInfo } from './runtime/app.js';
import { COMMANDS } from './commands.js';

export const VERSION = ${JSON.stringify(version)};

export const APP: AppInfo = {
  bin: ${JSON.stringify(BIN)},
  version: VERSION,
  specVersion: ${JSON.stringify(model.specVersion)},
  apiKeyEnv: ${JSON.stringify(policy.environment.apiKey)},
  baseUrlEnv: ${JSON.stringify(policy.environment.baseUrl)},
  logEnv: ${JSON.stringify(policy.environment.log)},
  defaultBaseUrl: ${JSON.stringify(policy.environment.defaultBaseUrl)},
  configFolder: ${JSON.stringify(model.name.toLowerCase())},
  commands: COMMANDS,
  // Loaded on the first API call only: --version, --help and completion never pay for it.
  loadSdk: () => import('${sdkPackage}'),
};
`;
}

export function emitEntry(): string {
  return `${HEADER}
// The #! line is tsup's banner (tsup.config.ts).
import { APP } from './app.js';
import { main } from './runtime/main.js';

process.exitCode = await main(APP, process.argv.slice(2));
`;
}
