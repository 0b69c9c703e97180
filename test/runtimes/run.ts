// `npm run test:runtimes`: each SDK's core scenario (the DESIGN example: create a tenant, find it
// through the auto-paging list) on every runtime this machine can get from the registries, each
// against its own reference server. Prints a runtime x SDK table, writes it to
// test/reports/runtimes.md and ends with `N passed, N failed`. The full contract suites run on the
// repo's own runtime in `npm test`, and on every version of CI's matrix (.github/workflows/ci.yml).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, type RunningServer } from '../support/server.ts';
import { SUPPORT } from './runtimes.ts';

const root = join(import.meta.dirname, '../..');
const here = import.meta.dirname;
const tools = join(here, 'node_modules');
const dryRunConsumers = join(root, 'scripts/release/dry-run/consumers');
/** Go toolchains from the module proxy (GOTOOLCHAIN): the oldest the SDK supports, the newest. */
const GO_TOOLCHAINS: Record<string, string> = { 'go 1.23': 'go1.23.12', 'go 1.27': 'go1.27.4' };

interface Cell { sdk: string; runtime: string; version: string; ok: boolean; detail: string }
type Example = (server: RunningServer) => Promise<{ version: string; output: string }>;

async function sh(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')}: ${`${stdout}${stderr}`.trim().split('\n').slice(-8).join(' | ')}`);
  }
}

const serverEnv = (server: RunningServer) => ({ COGNITIONOS_BASE_URL: server.baseUrl, COGNITIONOS_API_KEY: server.adminKey });
const firstLine = (text: string) => text.trim().split('\n')[0];

/** The runtimes' npm packages (test/runtimes/package.json), installed when the lock changed. */
async function installRuntimes(): Promise<void> {
  const stamp = join(tools, '.lock-installed');
  const lock = readFileSync(join(here, 'package-lock.json'), 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  await sh('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
  writeFileSync(stamp, lock);
}

function javascript(work: string): Record<string, Example> {
  const cli = join(here, 'consumers/cli.mjs');
  const node = (binary: string): Example => async (server) => ({
    version: firstLine(await sh(binary, ['--version'])),
    output: await sh(binary, [cli, 'env'], { env: serverEnv(server) }),
  });
  const deno = join(tools, 'deno/deno');
  const denoNet = (server: RunningServer) => `--allow-net=${new URL(server.baseUrl).host}`;
  return {
    'node 20': node(process.execPath),
    'node 22': node(join(tools, 'node22/bin/node')),
    'node 24': node(join(tools, 'node24/bin/node')),
    'bun 1.4': node(join(tools, 'bun/bin/bun')),
    // The narrowest permissions the README documents: the API's host, and no env (options given).
    'deno 2.9 (net only)': async (server) => ({
      version: firstLine(await sh(deno, ['--version'])),
      output: await sh(deno, ['run', '--no-prompt', denoNet(server), cli, 'options', server.baseUrl, server.adminKey]),
    }),
    // Or the API's host plus the two variables the client reads.
    'deno 2.9 (net + env)': async (server) => ({
      version: firstLine(await sh(deno, ['--version'])),
      output: await sh(deno, ['run', '--no-prompt', denoNet(server), '--allow-env=COGNITIONOS_API_KEY,COGNITIONOS_BASE_URL', cli, 'env'], { env: serverEnv(server) }),
    }),
    workerd: (server) => runWorkerd(join(work, 'workerd'), server),
  };
}

async function runWorkerd(dir: string, server: RunningServer): Promise<{ version: string; output: string }> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(here, 'consumers/worker.mjs'), join(dir, 'worker.mjs'));
  copyFileSync(join(here, 'consumers/example.mjs'), join(dir, 'example.mjs'));
  copyFileSync(join(root, 'sdks/typescript/dist/index.js'), join(dir, 'sdk.js'));
  const { freePort, startDaemon } = await import('../../scripts/release/dry-run/process.ts');
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), readFileSync(join(here, 'workerd.capnp.template'), 'utf8').replaceAll('PORT', String(port)));
  const binary = join(tools, 'workerd/bin/workerd');
  const daemon = await startDaemon(binary, ['serve', join(dir, 'config.capnp')], `http://127.0.0.1:${port}/health`);
  try {
    const query = new URLSearchParams({ base_url: server.baseUrl, api_key: server.adminKey });
    const response = await fetch(`http://127.0.0.1:${port}/?${query}`);
    const output = await response.text();
    if (!response.ok) throw new Error(`the worker answered ${response.status}: ${output.split('\n')[0]}`);
    return { version: firstLine(await sh(binary, ['--version'])), output };
  } finally {
    await daemon.stop();
  }
}

function python(): Record<string, Example> {
  return {
    'python 3.11': async (server) => ({
      version: firstLine(await sh(join(root, '.venv/bin/python'), ['--version'])),
      output: await sh(join(root, '.venv/bin/python'), [join(dryRunConsumers, 'main.py')], { env: { ...serverEnv(server), PYTHONPATH: join(root, 'sdks/python') } }),
    }),
  };
}

function go(work: string): Record<string, Example> {
  const examples: Record<string, Example> = {};
  for (const [runtime, toolchain] of Object.entries(GO_TOOLCHAINS)) {
    examples[runtime] = async (server) => {
      const project = join(work, `go-${toolchain}`);
      mkdirSync(project, { recursive: true });
      const module = JSON.parse(readFileSync(join(root, 'generators/project.json'), 'utf8')).packages.go.module;
      writeFileSync(join(project, 'go.mod'), `module example.com/consumer\n\ngo 1.23\n\nrequire ${module} v0.0.0\n\nreplace ${module} => ${join(root, 'sdks/go')}\n`);
      copyFileSync(join(dryRunConsumers, 'main.go'), join(project, 'main.go'));
      // The toolchain comes from the module proxy (golang.org/toolchain), cached in GOMODCACHE.
      const env = { GOTOOLCHAIN: toolchain, GOFLAGS: '-mod=mod' };
      return { version: firstLine(await sh('go', ['version'], { cwd: project, env })), output: await sh('go', ['run', '.'], { cwd: project, env: { ...env, ...serverEnv(server) } }) };
    };
  }
  return examples;
}

/** Every JDK installed beside the default one (/usr/lib/jvm), once each. */
function jdks(): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync('/usr/lib/jvm')) {
    const home = realpathSync(join('/usr/lib/jvm', entry));
    if (existsSync(join(home, 'bin/javac')) && ![...found.values()].includes(home)) found.set(entry, home);
  }
  return found;
}

async function java(work: string): Promise<Record<string, Example>> {
  // One jar, built as it is released (bytecode release 11), run on every JDK here.
  await sh('bash', ['scripts/mvn.sh', '-q', '-f', 'sdks/java/pom.xml', 'package', '-DskipTests', '-Dmaven.javadoc.skip=true', '-Dmaven.source.skip=true']);
  const pom = readFileSync(join(root, 'sdks/java/pom.xml'), 'utf8');
  const [artifact, version] = [/<artifactId>(cognitionos[^<]*)<\/artifactId>/.exec(pom)![1], /<version>([^<]+)<\/version>/.exec(pom)![1]];
  const classpathFile = join(work, 'java-classpath.txt');
  await sh('bash', ['scripts/mvn.sh', '-q', '-f', 'sdks/java/pom.xml', 'dependency:build-classpath', '-Dmdep.includeScope=runtime', `-Dmdep.outputFile=${classpathFile}`]);
  const classpath = `${join(root, 'sdks/java/target', `${artifact}-${version}.jar`)}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const classes = join(work, 'java-classes');
  await sh('javac', ['--release', '11', '-cp', classpath, '-d', classes, join(dryRunConsumers, 'Main.java')]);
  const examples: Record<string, Example> = {};
  for (const home of new Set(jdks().values())) {
    const java = join(home, 'bin/java');
    const feature = /version "(\d+)/.exec(await sh(java, ['-version']))?.[1] ?? '?';
    examples[`java ${feature}`] = async (server) => ({
      version: firstLine(await sh(java, ['-version'])),
      output: await sh(java, ['-cp', `${classes}:${classpath}`, 'Main'], { env: serverEnv(server) }),
    });
  }
  return examples;
}

async function runCell(sdk: string, runtime: string, example: Example | undefined): Promise<Cell> {
  if (!example) return { sdk, runtime, version: '-', ok: false, detail: 'not available on this machine' };
  let server: RunningServer | undefined;
  try {
    server = await startServer();
    const { version, output } = await example(server);
    const line = /^created ten_\w+, listed \d+ tenants$/m.exec(output)?.[0];
    return line ? { sdk, runtime, version, ok: true, detail: line } : { sdk, runtime, version, ok: false, detail: `the example did not finish: ${output.trim().slice(-300)}` };
  } catch (error) {
    return { sdk, runtime, version: '-', ok: false, detail: (error as Error).message.slice(0, 400) };
  } finally {
    await server?.stop();
  }
}

function render(cells: Cell[]): string {
  const sdks = SUPPORT.map((s) => s.sdk);
  const runtimes = [...new Set(cells.map((cell) => cell.runtime))];
  const mark = (runtime: string, sdk: string) => {
    const cell = cells.find((c) => c.runtime === runtime && c.sdk === sdk);
    return cell ? (cell.ok ? 'pass' : 'FAIL') : '';
  };
  const rows = runtimes.map((runtime) => [runtime, ...sdks.map((sdk) => mark(runtime, sdk)), cells.find((c) => c.runtime === runtime)!.version]);
  return [
    `| runtime | ${sdks.join(' | ')} | version |`,
    `| --- | ${sdks.map(() => '---').join(' | ')} | --- |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'cognitionos-runtimes-'));
const cells: Cell[] = [];
try {
  await installRuntimes();
  await sh('npx', ['tsup', '--silent'], { cwd: join(root, 'sdks/typescript') });
  await sh('bash', ['scripts/venv.sh']);
  const examples: Record<string, Record<string, Example>> = { typescript: javascript(work), python: python(), go: go(work), java: await java(work).catch((error: Error) => ({ [`java (${error.message.slice(0, 80)})`]: undefined as unknown as Example })) };
  for (const { sdk, here: runtimes } of SUPPORT) {
    for (const runtime of runtimes) {
      const cell = await runCell(sdk, runtime, examples[sdk][runtime]);
      console.log(`${sdk} on ${runtime}: ${cell.ok ? 'ok' : 'FAILED'} (${cell.ok ? cell.version : cell.detail})`);
      cells.push(cell);
    }
    // A runtime found here that the list does not name (a new JDK) is run too, and named.
    for (const runtime of Object.keys(examples[sdk]).filter((name) => !runtimes.includes(name))) {
      const cell = await runCell(sdk, runtime, examples[sdk][runtime]);
      console.log(`${sdk} on ${runtime} (not in test/runtimes/runtimes.ts): ${cell.ok ? 'ok' : 'FAILED'} (${cell.detail})`);
      cells.push({ ...cell, ok: false, detail: `not in test/runtimes/runtimes.ts: ${cell.detail}` });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const table = render(cells);
const passed = cells.filter((cell) => cell.ok).length;
const failed = cells.length - passed;
console.log(`\n${table}\n`);
mkdirSync(join(root, 'test/reports'), { recursive: true });
writeFileSync(join(root, 'test/reports/runtimes.md'), `# Runtimes (npm run test:runtimes)\n\n${table}\n\n${passed} passed, ${failed} failed\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
