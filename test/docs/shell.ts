// Reads a shell snippet as the shell would split it (continuations, quotes, comments, `;` `&&` `|`),
// then checks each `cognition-cli` command against the CLI's command table and each `curl` command
// against the spec's paths and methods. Other commands (export, npm ci, echo) are not checked.
import { GLOBAL_FLAGS, GLOBAL_SWITCHES, type TableEntry } from '../../generators/cli/command-table.ts';
import type { FlagSpec } from '../../generators/cli/runtime/spec.ts';

/** One simple command: its words (quotes removed) and the snippet line it starts on (1-based). */
export interface ShellCommand {
  words: string[];
  line: number;
}

const OPERATORS = new Set([';', '&&', '||', '|', '&']);

/** Splits a snippet into simple commands. Leading `NAME=value` assignments are dropped. */
export function shellCommands(code: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let line = 1;
  let start = 1;
  const endWord = () => {
    if (word === undefined) return;
    if (!words.length) start = line;
    words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words.length) commands.push({ words, line: start });
    words = [];
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\' && code[i + 1] === '\n') {
      line++;
      i++;
    } else if (c === '\n') {
      endCommand();
      line++;
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else if (c === '#' && word === undefined) {
      while (i + 1 < code.length && code[i + 1] !== '\n') i++;
    } else if (OPERATORS.has(c)) {
      if (code[i + 1] === c) i++;
      endCommand();
    } else if (c === "'") {
      const close = code.indexOf("'", i + 1);
      if (close === -1) throw new Error(`line ${line}: unterminated '`);
      word = (word ?? '') + code.slice(i + 1, close);
      line += code.slice(i + 1, close).split('\n').length - 1;
      i = close;
    } else if (c === '"') {
      let text = '';
      for (i++; i < code.length && code[i] !== '"'; i++) {
        if (code[i] === '\\' && '"\\$`'.includes(code[i + 1] ?? '')) i++;
        if (code[i] === '\n') line++;
        text += code[i];
      }
      if (i >= code.length) throw new Error(`line ${line}: unterminated "`);
      word = (word ?? '') + text;
    } else if (c === '\\') {
      word = (word ?? '') + (code[++i] ?? '');
    } else {
      word = (word ?? '') + c;
    }
  }
  endCommand();
  return commands;
}

/** The arguments given to `cognition-cli`, however it is run (`npm exec cognition-cli --`, `npx`), or undefined. */
export function cliArguments(words: string[], bin: string): string[] | undefined {
  const at = words.indexOf(bin);
  if (at === -1) return undefined;
  const launcher = words.slice(0, at);
  if (launcher.length && !(launcher[0] === 'npx' || (launcher[0] === 'npm' && launcher[1] === 'exec'))) return undefined;
  const rest = words.slice(at + 1);
  const args = launcher.length && rest[0] === '--' ? rest.slice(1) : rest;
  // `> out.json`, `< in.json`: the shell's, not the CLI's (`<tenant_id>` is a placeholder).
  const redirect = args.findIndex((word) => /^\d?>/.test(word) || /^<[^>]*$/.test(word));
  return redirect === -1 ? args : args.slice(0, redirect);
}

// The program's own commands beside the table (generators/cli/runtime/main.ts): their subcommands.
const PROGRAM_COMMANDS: Record<string, string[]> = { auth: ['login', 'status', 'logout'], completion: ['bash', 'zsh', 'fish'], api: [] };

/** What is wrong with one `cognition-cli` invocation, checked against the command table; empty when nothing. */
export function checkCli(args: string[], table: TableEntry[]): string[] {
  if (!args.length || ['--version', '-v', '--help', '-h'].includes(args[0]!)) return [];
  const program = PROGRAM_COMMANDS[args[0]!];
  if (program) return program.length && !program.includes(args[1] ?? '') ? [`${args[0]} takes one of ${program.join(', ')}, not ${args[1] ?? 'nothing'}`] : [];
  const entry = table.find((e) => matches(e, args));
  if (!entry) return [`no command \`${args.slice(0, 3).join(' ')}\` in the command table`];
  return checkArguments(entry, args.slice(entry.spec.resource.length + 1));
}

function matches(entry: TableEntry, args: string[]): boolean {
  const { resource, aliases, verb, verbAliases } = entry.spec;
  const named = resource.every((name, i) => args[i] === name || (aliases[i] ?? []).includes(args[i]!));
  const given = args[resource.length];
  return named && (given === verb || verbAliases.includes(given!));
}

function checkArguments(entry: TableEntry, args: string[]): string[] {
  const { spec } = entry;
  const command = [...spec.resource, spec.verb].join(' ');
  const problems: string[] = [];
  const given = new Set<string>();
  let positionals = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      positionals++;
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s) as [string, string | undefined];
    const flag = spec.flags.find((f) => f.flag === name || (f.kind === 'boolean' && `no-${f.flag}` === name));
    const global = name === 'y' ? 'yes' : GLOBAL_FLAGS.has(name) ? name : undefined;
    if (!flag && !(global && globalApplies(entry, global))) {
      problems.push(`${command}: no flag --${name}`);
      continue;
    }
    given.add(flag?.flag ?? global!);
    const takesValue = flag ? flag.kind !== 'boolean' : !GLOBAL_SWITCHES.has(global!);
    if (!takesValue || inline !== undefined) continue;
    const value = args[++i];
    if (value === undefined) problems.push(`${command}: --${name} needs a value`);
    else if (flag) problems.push(...checkValue(command, flag, value));
  }
  if (positionals !== spec.positionals.length) problems.push(`${command}: takes ${spec.positionals.length} path id(s) (${spec.positionals.map((p) => p.name).join(', ') || 'none'}), given ${positionals}`);
  if (!given.has('data')) for (const flag of spec.flags.filter((f) => f.required && !given.has(f.flag))) problems.push(`${command}: --${flag.flag} is required`);
  return problems;
}

// The global flags a command has (runtime/program.ts addGlobalFlags): some only on some commands.
function globalApplies(entry: TableEntry, name: string): boolean {
  const { spec } = entry;
  if (name === 'all') return spec.response === 'page';
  if (name === 'wait') return spec.polling !== undefined;
  if (name === 'yes') return spec.destructive;
  if (name === 'idempotency-key') return spec.httpMethod === 'POST';
  if (name === 'data') return spec.takesParams;
  return true;
}

// A placeholder (`<tenant_id>`, `ENUM`) or a shell variable is left to the reader; a literal enum value is checked.
function checkValue(command: string, flag: FlagSpec, value: string): string[] {
  if (/^<.*>$|\$/.test(value)) return [];
  if (flag.kind === 'enum' && flag.values && !flag.values.includes(value)) return [`${command}: --${flag.flag} is one of ${flag.values.join(', ')}, not ${value}`];
  if ((flag.kind === 'integer' || flag.kind === 'number') && !Number.isFinite(Number(value))) return [`${command}: --${flag.flag} takes a number, not ${value}`];
  if (flag.kind === 'json' && !parses(value)) return [`${command}: --${flag.flag} takes JSON, not ${value}`];
  return [];
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The spec's operations: path template -> its HTTP methods (upper case). */
export type SpecPaths = Map<string, Set<string>>;

export const specPaths = (spec: { paths: Record<string, object> }): SpecPaths =>
  new Map(Object.entries(spec.paths).map(([path, item]) => [path, new Set(Object.keys(item).map((m) => m.toUpperCase()))]));

const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--json']);
const VALUE_FLAGS = new Set(['-X', '--request', '-H', '--header', '-u', '--user', '-o', '--output', '-w', '--write-out', '-m', '--max-time', ...DATA_FLAGS]);

/** What is wrong with one `curl` command against the spec: the URL's path and the method must be an operation. */
export function checkCurl(args: string[], paths: SpecPaths, basePath: string): string[] {
  let method: string | undefined;
  let url: string | undefined;
  const bodies: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VALUE_FLAGS.has(arg)) {
      const value = args[++i] ?? '';
      if (arg === '-X' || arg === '--request') method = value.toUpperCase();
      if (DATA_FLAGS.has(arg)) bodies.push(value);
    } else if (!arg.startsWith('-') && url === undefined) url = arg;
  }
  if (!url) return ['curl: no URL'];
  const verb = method ?? (bodies.length ? 'POST' : 'GET');
  const path = pathOf(url, basePath);
  // `/memories/search` fits `/memories/{memory_id}` too: any fitting template with the method will do.
  const templates = [...paths.keys()].filter((t) => samePath(t, path));
  const problems: string[] = [];
  if (!templates.length) problems.push(`curl: no path ${path} in the spec`);
  else if (!templates.some((t) => paths.get(t)!.has(verb))) problems.push(`curl: ${verb} ${path} is not an operation (${templates.map((t) => `${t}: ${[...paths.get(t)!].join(', ')}`).join('; ')})`);
  for (const body of bodies) if (!body.startsWith('@') && !body.includes('$') && !parses(body)) problems.push(`curl: the body is not JSON: ${body}`);
  return problems;
}

// The path below the API's base: after `$COGNITIONOS_BASE_URL` (or any leading variable) or the base path, without the query.
function pathOf(url: string, basePath: string): string {
  const bare = url.split(/[?#]/)[0]!;
  const variable = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/.exec(bare);
  if (variable) return bare.slice(variable[0].length) || '/';
  const at = bare.indexOf(basePath);
  return at === -1 ? bare : bare.slice(at + basePath.length) || '/';
}

// A template segment `{id}` takes any one segment (a placeholder or a shell variable); others must be equal.
function samePath(template: string, path: string): boolean {
  const want = template.split('/');
  const got = path.replace(/\/$/, '').split('/');
  return want.length === got.length && want.every((segment, i) => (segment.startsWith('{') ? got[i] !== '' : segment === got[i]));
}
