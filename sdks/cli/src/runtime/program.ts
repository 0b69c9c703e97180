// Generated from generators/cli/runtime/program.ts by generators/cli. Do not edit: change generators/cli/runtime/program.ts or the generator.
// The commander tree: `<resource> [<sub-resource>] <verb> [ids...] [--flags]` from the command
// table, plus `auth`, `api`, `completion`. Every verb carries the global flags it can use, so its
// --help lists everything that applies to it, with the spec's summary and an example.
import { Command as Commander, InvalidArgumentError, Option } from 'commander';
import type { AppInfo } from './app.js';
import { EXIT_CODES } from './errors.js';
import { FORMATS } from './output.js';
import type { Command, FlagSpec } from './spec.js';
import { parseFlagValue, UsageError } from './values.js';

export type Action = (command: Command, ids: string[], given: Record<string, unknown>, flags: Record<string, unknown>) => Promise<number>;

export function buildProgram(app: AppInfo, runCommand: Action): Commander {
  const program = new Commander(app.bin)
    .description(`The command line of the CognitionOS API (spec ${app.specVersion}).`)
    .version(app.version, '-v, --version')
    .exitOverride()
    // The program's own options (--version) only before the first command word: a verb may have a
    // `--version` field (plugins install).
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .addHelpText('after', `\nExit codes:\n${EXIT_CODES.map(([code, meaning]) => `  ${code}  ${meaning.replace(/`/g, '')}`).join('\n')}`);
  for (const command of app.commands) addApiCommand(program, command, runCommand);
  return program;
}

function addApiCommand(program: Commander, command: Command, runCommand: Action): void {
  let node = program;
  command.resource.forEach((name, level) => {
    const existing = node.commands.find((c) => c.name() === name);
    node = existing ?? node.command(name).aliases(command.aliases[level] ?? []).description(`${command.resource.slice(0, level + 1).join(' ')} commands`);
  });
  const leaf = node.command(command.verb).aliases(command.verbAliases).summary(command.summary);
  leaf.description([command.summary, command.description].filter(Boolean).join('\n\n') + (command.deprecated ? '\n\nDeprecated.' : ''));
  for (const positional of command.positionals) leaf.argument(`<${positional.name}>`, positional.description);
  for (const flag of command.flags) addFlag(leaf, flag);
  if (command.takesParams) leaf.option('--data <json>', "the whole body as JSON, @file.json or - (stdin); flags override its fields");
  addGlobalFlags(leaf, command);
  leaf.addHelpText('after', `\nExample:\n  ${command.example}\n`);
  leaf.action(async (...args: unknown[]) => {
    const ids = args.slice(0, command.positionals.length).map(String);
    const opts = leaf.opts();
    const given: Record<string, unknown> = {};
    for (const flag of command.flags) given[flag.wire] = opts[attribute(flag.flag)];
    process.exitCode = await runCommand(command, ids, given, opts);
  });
}

function addFlag(leaf: Commander, flag: FlagSpec): void {
  const described = `${flag.description}${flag.values ? ` (one of: ${flag.values.join(', ')})` : ''}${flag.required ? ' (required)' : ''}${flag.default !== undefined ? ` (default: ${JSON.stringify(flag.default)})` : ''}`;
  if (flag.kind === 'boolean') {
    leaf.option(`--${flag.flag}`, described);
    // Defined after the positive flag, so neither given leaves the field out of the request.
    leaf.option(`--no-${flag.flag}`, `sets ${flag.wire} to false`);
    return;
  }
  const option = new Option(`--${flag.flag} <${placeholder(flag)}>`, described).argParser((text: string, previous: unknown) => {
    try {
      return parseFlagValue(flag, text, previous);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  });
  leaf.addOption(option);
}

function placeholder(flag: FlagSpec): string {
  switch (flag.kind) {
    case 'integer':
    case 'number':
      return 'n';
    case 'map':
      return 'json|key=value';
    case 'json':
      return 'json';
    case 'list':
      return 'value,...';
    case 'enum':
      return 'value';
    default:
      return flag.flag;
  }
}

/** commander's attribute for a flag: `top-k` -> `topK`. */
export const attribute = (flag: string) => flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const intOption = (name: string) => (text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError(`${name}: expected a whole number, got ${JSON.stringify(text)}`);
  return value;
};

/** Flags of every command that calls the API (verbs and `api`). */
export function addGlobalFlags(leaf: Commander, command?: Pick<Command, 'response' | 'destructive' | 'polling' | 'httpMethod'>): void {
  leaf.addOption(new Option('--format <format>', 'output: a table on a terminal, JSON when piped (auto)').choices([...FORMATS]).default('auto'));
  leaf.option('--fields <list>', 'comma-separated columns (table) or keys (json, jsonl, yaml): id,name,status');
  if (command?.response === 'page') leaf.option('--all', 'follow every page, printing each as it arrives');
  if (command?.polling) leaf.option('--wait', 'wait until it ends (progress on stderr); exit 1 unless it succeeded');
  if (command?.destructive) leaf.option('-y, --yes', 'do not ask for confirmation (required when stdin is not a terminal)');
  if (!command || command.httpMethod === 'POST') leaf.option('--idempotency-key <key>', 'your own Idempotency-Key (default: one generated per call, kept across retries)');
  leaf.option('-i, --include', "print the answer's status line and headers (X-Request-Id, traceresponse, ...) before its body, as curl -i");
  leaf.option('--dry-run', 'print the request (key redacted) and send nothing');
  leaf.option('--api-key <key>', 'API key (default: COGNITIONOS_API_KEY, then the profile)');
  leaf.option('--base-url <url>', 'API base URL including /api/v3 (default: COGNITIONOS_BASE_URL, then the profile)');
  leaf.option('--profile <name>', 'profile written by `auth login` (default: default)');
  leaf.option('--timeout <ms>', 'milliseconds per attempt', intOption('--timeout'));
  leaf.option('--max-retries <n>', 'retries after the first attempt', intOption('--max-retries'));
}

export { UsageError };
