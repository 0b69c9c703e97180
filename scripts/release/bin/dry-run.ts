// `npm run release:dry-run`: the release without the internet. It starts one registry per language
// on loopback and runs .github/workflows/release.yml's publish steps (./dry-run/workflow.ts reads
// them from the workflow) against them three times:
//   1. with one registry broken: the release must stop before publishing, every registry empty;
//   2. with all of them up: every registry then holds the version, each upload made once;
//   3. again: every step says "already there, skipped" and no registry changes.
// Then, per language, a fresh project installs the SDK by name and version from its registry and
// runs the DESIGN example against a reference server; from npm's registry the CLI and the MCP server
// are installed and used the same way. Exit code non-zero unless every check passed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sdkVersion } from '../../../generators/sdk-version.ts';
import { startServer, type RunningServer } from '../../../test/support/server.ts';
import type { Channel, Consumer, Context, Registry } from '../dry-run/channel.ts';
import { goChannel } from '../dry-run/goproxy.ts';
import { mavenChannel } from '../dry-run/maven.ts';
import { npmChannel } from '../dry-run/npm.ts';
import { run } from '../dry-run/process.ts';
import { pypiChannel } from '../dry-run/pypi.ts';
import { releaseSteps } from '../dry-run/workflow.ts';
import { root } from '../project.ts';

const CHANNELS: Channel[] = [npmChannel, pypiChannel, mavenChannel, goChannel];
/** The registry the first run breaks: Maven, published after npm and PyPI, so a release that
 * published before asking every registry would leave those two behind. */
const BROKEN = 'java';

let failures = 0;
function check(ok: boolean, line: string): void {
  console.log(`${line}: ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failures++;
}

/** Runs release.yml's steps in order as GitHub would (bash -e), stopping at the first failure. */
async function release(env: Record<string, string>): Promise<{ ok: boolean; stoppedAt?: string; output: string }> {
  let output = '';
  for (const step of releaseSteps(root)) {
    try {
      output += await run('bash', ['-e', '-c', step.run], { cwd: root, env });
    } catch (error) {
      return { ok: false, stoppedAt: step.name, output: `${output}${(error as Error).message}` };
    }
  }
  return { ok: true, output };
}

const holdings = (registries: Registry[]) => Promise.all(registries.map((registry) => registry.holdings()));
// A tool's output without a final newline (curl's answer body) may share a line with ours.
const releaseLines = (output: string) => output.split('\n').filter((line) => line.includes('release: ')).map((line) => `  ${line.slice(line.indexOf('release: '))}`);

/** Every package installed back: each registry's SDK, then what else it ships. */
const consumersOf = (registries: Registry[]): [Consumer, Registry][] => registries.flatMap((registry) => [[registry, registry] as [Consumer, Registry], ...(registry.consumers ?? []).map((c): [Consumer, Registry] => [c, registry])]);

async function consume(consumer: Consumer, registry: Registry): Promise<boolean> {
  let server: RunningServer | undefined;
  try {
    server = await startServer();
    console.log(`${consumer.language} consumer: ok (${await consumer.consume(server)} from ${registry.name})`);
    return true;
  } catch (error) {
    console.log(`${consumer.language} consumer: FAILED (${(error as Error).message})`);
    return false;
  } finally {
    await server?.stop();
  }
}

const context: Context = { root, work: mkdtempSync(join(tmpdir(), 'cognitionos-release-')), version: sdkVersion(root) };
const registries: Registry[] = [];
let consumersOk = 0;
let consumers = CHANNELS.length;
try {
  await run('bash', [join(root, 'scripts/venv.sh')]); // build, twine and pypiserver (requirements-dev.txt)
  for (const channel of CHANNELS) registries.push(await channel.start(context));
  const env: Record<string, string> = {
    PATH: `${join(root, '.venv/bin')}:${process.env.PATH}`,
    RELEASE_DIR: join(context.work, 'dist'),
    ...Object.assign({}, ...registries.map((registry) => registry.env)),
  };
  const broken = registries.find((registry) => registry.language === BROKEN)!;

  const first = await release({ ...env, ...broken.brokenEnv });
  console.log(`run 1, ${broken.name.split(' ')[0]} broken: stopped at "${first.stoppedAt ?? 'nowhere'}"`);
  console.log(releaseLines(first.output).join('\n'));
  const untouched = (await holdings(registries)).every((held) => held.length === 0);
  // It must stop where the registries are asked, after a good build: a build failure proves nothing.
  const atCheck = releaseSteps(root).find((step) => step.name === first.stoppedAt)?.run.includes(' check ') ?? false;
  check(!first.ok && atCheck && untouched, 'run 1: the release stopped when asking the registries, and every registry is untouched');

  const second = await release(env);
  console.log(releaseLines(second.output).join('\n'));
  if (!second.ok) console.log(second.output.trim().split('\n').slice(-15).join('\n'));
  const afterSecond = await holdings(registries);
  registries.forEach((registry, i) => console.log(`  ${registry.language} holds ${afterSecond[i].length}: ${afterSecond[i].slice(0, 3).join(', ') || 'nothing'}${afterSecond[i].length > 3 ? ', ...' : ''}`));
  const once = afterSecond.every((held) => held.length > 0 && new Set(held).size === held.length);
  check(second.ok && once, 'run 2: every registry holds the version, each upload made once');

  const third = await release(env);
  console.log(releaseLines(third.output).join('\n'));
  const skipped = releaseLines(third.output).filter((line) => line.endsWith(', skipped')).length;
  const unchanged = isDeepStrictEqual(await holdings(registries), afterSecond);
  // Each package is asked for twice per run (the check step, then its publish step).
  const expectedSkips = 2 * registries.reduce((sum, registry) => sum + registry.packages, 0);
  check(third.ok && unchanged && skipped === expectedSkips, `run 3: nothing published again (${skipped} "skipped" lines of ${expectedSkips})`);

  consumers = consumersOf(registries).length;
  for (const [consumer, registry] of consumersOf(registries)) if (await consume(consumer, registry)) consumersOk++;
} finally {
  for (const registry of registries) await registry.stop();
  rmSync(context.work, { recursive: true, force: true });
}
console.log(`dry run: ${consumersOk}/${consumers} consumers ok`);
process.exitCode = failures === 0 && consumersOk === consumers ? 0 : 1;
