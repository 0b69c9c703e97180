// The program: `--version` answered before anything else is built (start-up is measured in
// bench/cli), then the commander tree, then one command run; every failure becomes a message on
// stderr (the problem object with --format json) and a documented exit code.
import { Argument, CommanderError, Option } from 'commander';
import type { AppInfo } from './app.js';
import { login, logout, status } from './auth.js';
import { candidates, completionScript, SHELLS } from './completion.js';
import { EXIT, errorText, exitCodeFor, problemOf, redactKey } from './errors.js';
import { runApiCommand, type GlobalFlags, type RunState, type Streams } from './execute.js';
import { addGlobalFlags, buildProgram } from './program.js';
import type { Command } from './spec.js';
import { readAll, readData } from './values.js';

export async function main(app: AppInfo, argv: string[], io: Streams = process): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout.write(`${app.version}\n`);
    return EXIT.ok;
  }
  const state: RunState = {};
  const runCommand = (command: Command, ids: string[], given: Record<string, unknown>, flags: Record<string, unknown>) =>
    runApiCommand(app, command, ids, given, flags as unknown as GlobalFlags, io, state);
  const program = buildProgram(app, runCommand);
  program.configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  addAuth(app, program, io);
  addRaw(app, program, io, state);
  program
    .command('completion')
    .description('print a shell completion script')
    .addArgument(new Argument('<shell>', SHELLS.join(', ')).choices([...SHELLS]))
    .action((shell: (typeof SHELLS)[number]) => void io.stdout.write(completionScript(shell, app.bin)));
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[]) => void io.stdout.write(candidates(program, words.length ? words : ['']).map((c) => `${c}\n`).join('')));
  try {
    process.exitCode = undefined;
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return report(app, error, state, io);
  }
}

function report(app: AppInfo, error: unknown, state: RunState, io: Streams): number {
  const code = exitCodeFor(error);
  const text = state.problemJson ? `${JSON.stringify(problemOf(error), null, 2)}\n` : errorText(error, app.bin);
  io.stderr.write(redactKey(text, state.key));
  if (code === EXIT.auth && !state.keyGiven && !state.problemJson) {
    io.stderr.write(`no API key: pass --api-key, set ${app.apiKeyEnv}, or run \`${app.bin} auth login\`\n`);
  }
  return code;
}

function addAuth(app: AppInfo, program: ReturnType<typeof buildProgram>, io: Streams): void {
  const auth = program.command('auth').description('log in, show or forget the stored API key');
  const withTarget = (command: ReturnType<typeof auth.command>) =>
    command.option('--profile <name>', 'profile name (default: default)').option('--base-url <url>', 'API base URL including /api/v3');
  withTarget(auth.command('login').description('ask for an API key (not echoed), check it against the API, store it 0600'))
    .option('--api-key <key>', 'the key (default: asked for on the terminal, or read from stdin)')
    .action(async (flags) => void (process.exitCode = await login(app, flags, io)));
  withTarget(auth.command('status').description('which key (prefix only) and base URL a command would use'))
    .option('--api-key <key>', 'as for any command')
    .action((flags) => void (process.exitCode = status(app, flags, io)));
  auth
    .command('logout')
    .description('remove the stored key of a profile')
    .option('--profile <name>', 'profile name (default: default)')
    .action((flags) => void (process.exitCode = logout(app, flags, io)));
}

// `api <METHOD> <path>`: any request through the SDK (its retries, errors and idempotency keys),
// printed like every other command.
function addRaw(app: AppInfo, program: ReturnType<typeof buildProgram>, io: Streams, state: RunState): void {
  const raw = program
    .command('api')
    .description('send any request: cognition-cli api GET /tenants?limit=2')
    .argument('<method>', 'GET, POST, PATCH, PUT or DELETE')
    .argument('<path>', 'path below the base URL, with its query string')
    .option('--data <json>', 'the body as JSON, @file.json or - (stdin)');
  addGlobalFlags(raw);
  raw.addOption(new Option('-y, --yes', 'accepted for symmetry with destructive verbs').hideHelp());
  raw.action(async (method: string, path: string, flags: Record<string, unknown>) => {
    const upper = method.toUpperCase();
    const body = flags.data === undefined ? undefined : await readData(String(flags.data), () => readAll(io.stdin));
    const command: Command = {
      resource: ['api'], aliases: [[]], verb: upper.toLowerCase(), verbAliases: [], summary: `${upper} ${path}`, description: '', deprecated: false,
      httpMethod: upper as Command['httpMethod'], path, positionals: [], flags: [], takesParams: false, response: 'model', destructive: false, example: '',
      call: (client, _ids, _params, options) => client.request(upper, path.startsWith('/') ? path : `/${path}`, { ...(body === undefined ? {} : { body }), ...options }),
    };
    process.exitCode = await runApiCommand(app, command, [], {}, { ...(flags as unknown as GlobalFlags), data: undefined }, io, state);
  });
}
