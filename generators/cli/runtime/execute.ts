// Runs one API command: params from flags and --data, the confirmation of a destructive verb, the
// SDK call, then its answer on stdout in the chosen format. A list prints one page, or with --all
// every page as it arrives; a polling create with --wait re-reads until a terminal status. With
// --include, the answer's status line and headers come first on stdout.
import type { AppInfo } from './app.js';
import { describeRequest, makeClient, type CliClient, type ClientFlags } from './client.js';
import { EXIT, ExitError, redactKey } from './errors.js';
import { parseFields, renderDocument, resolveFormat, responseHead, useColor, pick, toYaml, type ConcreteFormat, type Format } from './output.js';
import type { Command } from './spec.js';
import { confirm, ProgressLine } from './terminal.js';
import { buildParams, readAll, readData, UsageError } from './values.js';

export interface GlobalFlags extends ClientFlags {
  format: Format;
  fields?: string;
  data?: string;
  yes?: boolean;
  idempotencyKey?: string;
  all?: boolean;
  wait?: boolean;
  include?: boolean;
}

export interface Streams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** What the error handler needs to know about the run that failed. */
export interface RunState {
  /** `--format json` or `jsonl` was asked for: errors are then the problem object. */
  problemJson?: boolean;
  keyGiven?: boolean;
  key?: string;
}

export async function runApiCommand(app: AppInfo, command: Command, ids: string[], given: Record<string, unknown>, flags: GlobalFlags, io: Streams, state: RunState): Promise<number> {
  checkIds(command, ids);
  const format = resolveFormat(flags.format, Boolean(io.stdout.isTTY));
  state.problemJson = flags.format === 'json' || flags.format === 'jsonl';
  const fields = parseFields(flags.fields);
  const color = useColor(io.stdout, io.env);
  if (flags.include && (flags.all || flags.wait)) throw new UsageError(`--include prints the head of one answer; --${flags.all ? 'all' : 'wait'} makes several requests`);
  if (flags.data !== undefined && !command.takesParams) throw new UsageError(`--data: ${command.resource.join(' ')} ${command.verb} takes no body or query`);
  const data = flags.data === undefined ? undefined : await readData(flags.data, () => readAll(io.stdin));
  const params = buildParams(command.flags, given, data);
  if (command.destructive && !flags.yes && !flags.dryRun) await confirmDestructive(command, ids, io);

  const made = await makeClient(app, flags, io.env, io.stderr);
  state.keyGiven = made.target.apiKey !== undefined;
  state.key = made.target.apiKey;
  if (made.traceWarning) io.stderr.write(`warning: ${made.traceWarning}\n`);
  const options: Record<string, unknown> = {};
  if (flags.idempotencyKey !== undefined) options.idempotencyKey = flags.idempotencyKey;
  let headPending = Boolean(flags.include);
  // Written once, before the first byte of the body; a dry run has no answer, so no head.
  const printHead = () => {
    if (headPending && made.lastAnswer) io.stdout.write(redactKey(responseHead(made.lastAnswer), made.target.apiKey));
    headPending = false;
  };
  const print = (text: string) => {
    printHead();
    io.stdout.write(text);
  };
  try {
    if (command.response === 'page') return await printList(command, made, ids, params, options, { format, fields, color, all: Boolean(flags.all) }, print, io);
    const answer = await command.call(made.client, ids, params, options);
    if (flags.wait && command.polling && command.poll) return await waitForTerminal(command, made, ids, answer as Record<string, unknown>, { format, fields, color }, print, io);
    if (command.response === 'none' || answer === undefined) {
      printHead();
      io.stderr.write(`${command.summary}: done\n`);
      return EXIT.ok;
    }
    print(renderDocument(answer, format, { fields, color }));
    return EXIT.ok;
  } catch (error) {
    if (made.dryRun?.request) {
      print(describeRequest(made.dryRun.request, made.target.apiKey, format === 'json'));
      return EXIT.ok;
    }
    throw error;
  }
}

// An id can never change which route is called: '', '.' and '..' would (the SDK refuses them too,
// by its own argument names; here the message names the positional the user typed).
function checkIds(command: Command, ids: string[]): void {
  command.positionals.forEach(({ name }, i) => {
    const id = ids[i]!;
    if (id === '' || id === '.' || id === '..') throw new UsageError(`<${name}> must be a non-empty id that is not '.' or '..'; got ${JSON.stringify(id)}`);
  });
}

// A terminal asks; a script (stdin not a terminal) must say --yes, so a pipeline never hangs on a prompt.
async function confirmDestructive(command: Command, ids: string[], io: Streams): Promise<void> {
  const what = `${command.verb} ${command.resource.join(' ')} ${ids.join(' ')}`.trim();
  if (!io.stdin.isTTY) throw new UsageError(`${what}: pass --yes to confirm (stdin is not a terminal, so there is no one to ask)`);
  if (!(await confirm(`${what}?`, io.stdin, io.stderr))) throw new ExitError('not confirmed: nothing was sent', EXIT.other);
}

interface Shape {
  format: ConcreteFormat;
  fields?: string[];
  color: boolean;
}

interface PageLike {
  data: unknown[];
  has_more: boolean;
  next_cursor: string | null;
  iterPages(): AsyncIterable<PageLike>;
}

async function printList(command: Command, made: CliClient, ids: string[], params: Record<string, unknown>, options: Record<string, unknown>, shape: Shape & { all: boolean }, print: (text: string) => void, io: Streams): Promise<number> {
  const first = (await command.call(made.client, ids, params, options)) as PageLike;
  if (!shape.all) {
    if (shape.format === 'table' || shape.format === 'jsonl') print(renderDocument(first.data, shape.format, shape));
    else print(renderDocument({ ...pageBody(first), data: first.data.map((item) => pick(item, shape.fields)) }, shape.format, { color: shape.color }));
    if (first.has_more && first.next_cursor && shape.format === 'table') io.stderr.write(`more: --cursor ${first.next_cursor} (or --all)\n`);
    return EXIT.ok;
  }
  // --all: each page is written as it arrives; a table needs every row for its widths, so it waits.
  const rows: unknown[] = [];
  let count = 0;
  if (shape.format === 'json') print('[');
  for await (const page of first.iterPages()) {
    for (const item of page.data) {
      const picked = pick(item, shape.fields);
      if (shape.format === 'json') print(`${count === 0 ? '\n' : ',\n'}${indent(JSON.stringify(picked, null, 2))}`);
      else if (shape.format === 'jsonl') print(`${JSON.stringify(picked)}\n`);
      else if (shape.format === 'yaml') print(`${toYaml([picked], 0)}\n`);
      else rows.push(item);
      count++;
    }
  }
  if (shape.format === 'json') print(count ? '\n]\n' : ']\n');
  if (shape.format === 'table') print(renderDocument(rows, 'table', shape));
  return EXIT.ok;
}

const pageBody = (page: PageLike) => ({ data: page.data, has_more: page.has_more, next_cursor: page.next_cursor });
const indent = (text: string) => text.replace(/^/gm, '  ');

// --wait: re-read until the status is terminal; the progress line (status, step, elapsed) shows only
// on a terminal. The final object goes to stdout; an execution that did not succeed exits 1.
async function waitForTerminal(command: Command, made: CliClient, ids: string[], created: Record<string, unknown>, shape: Shape, print: (text: string) => void, io: Streams): Promise<number> {
  const polling = command.polling!;
  const started = Date.now();
  const progress = new ProgressLine(io.stderr);
  let current = created;
  const statusOf = () => String(current[polling.statusField]);
  try {
    while (!polling.terminal.includes(statusOf())) {
      progress.update(progressText(current, statusOf(), Date.now() - started));
      if (Date.now() - started > polling.timeoutMs) throw new ExitError(`still ${statusOf()} after ${polling.timeoutMs} ms of waiting`, EXIT.server);
      await new Promise((resolve) => setTimeout(resolve, polling.intervalMs));
      current = (await command.poll!(made.client, [...ids, String(current.id)], {}, {})) as Record<string, unknown>;
    }
  } finally {
    progress.done();
  }
  print(renderDocument(current, shape.format, shape));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (polling.success.includes(statusOf())) {
    if (progress.active) io.stderr.write(`${statusOf()} after ${seconds}s\n`);
    return EXIT.ok;
  }
  const why = typeof current.error === 'string' ? `: ${current.error}` : '';
  io.stderr.write(`error: ended ${statusOf()} after ${seconds}s${why}\n`);
  return EXIT.other;
}

/** `running · step 2/3 memory_write · 1.4s`: the step comes from a `steps` list when the object has one. */
export function progressText(current: Record<string, unknown>, status: string, elapsedMs: number): string {
  const parts = [status];
  const steps = current.steps;
  if (Array.isArray(steps) && steps.length) {
    const at = steps.findIndex((s) => (s as Record<string, unknown>)?.status !== 'succeeded');
    const index = at === -1 ? steps.length - 1 : at;
    const type = (steps[index] as Record<string, unknown>)?.type;
    parts.push(`step ${index + 1}/${steps.length}${typeof type === 'string' ? ` ${type}` : ''}`);
  }
  parts.push(`${(elapsedMs / 1000).toFixed(1)}s`);
  return parts.join(' · ');
}
