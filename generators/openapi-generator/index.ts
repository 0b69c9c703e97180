// openapi-generator as a pure step: a spec in, the files it writes out (as a Map of path -> content),
// run in a temporary folder that is removed afterwards; nothing under sdks/ is touched here.
// Specs asked for in the same tick (the fixture corpus asks for all of them at once) share ONE JVM
// through the JAR's `batch` command: its start costs more than generating a small spec. A result
// is kept in .cache/openapi-generator/runs, keyed by everything the run reads, so an unchanged spec
// costs no JVM at all.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { listFiles } from '../write-tree.ts';
import { ensureJar, pinnedGenerator } from './jar.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = 'generators/openapi-generator';

/** The languages openapi-generator writes for: one `<language>.yaml` config and `.ignore` file here. */
export const LANGUAGES = ['python'];

interface Job {
  language: string;
  spec: Record<string, unknown>;
  key: string;
  done: (files: Map<string, string>) => void;
  failed: (error: unknown) => void;
}

let queued: Job[] = [];

/** Every file openapi-generator writes for `spec` with `<language>.yaml`, by path relative to the
 * config's outputDir (its own bookkeeping, .openapi-generator/, left out). */
export function openApiGenerate(language: string, spec: Record<string, unknown>): Promise<Map<string, string>> {
  const key = inputsDigest(language, spec);
  const cached = readCached(key);
  if (cached) return Promise.resolve(cached);
  return new Promise((done, failed) => {
    if (queued.length === 0) setImmediate(() => void runQueued());
    queued.push({ language, spec, key, done, failed });
  });
}

async function runQueued(): Promise<void> {
  const jobs = queued;
  queued = [];
  const scratch = mkdtempSync(join(tmpdir(), 'openapi-generator-'));
  try {
    const configs = jobs.map((job, i) => prepare(job, join(scratch, String(i))));
    await runBatch(configs);
    jobs.forEach((job, i) => {
      const files = readOutput(join(scratch, String(i), 'out'));
      writeCached(job.key, files);
      job.done(files);
    });
  } catch (error) {
    jobs.forEach((job) => job.failed(error));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// The config of `<language>.yaml` with this job's spec and output folder; the ignore file goes where
// the generator reads it (the config option ignoreFileOverride is ignored by the batch command).
function prepare(job: Job, folder: string): string {
  const out = join(folder, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(folder, 'openapi.json'), JSON.stringify(job.spec));
  copyFileSync(join(root, here, `${job.language}.ignore`), join(out, '.openapi-generator-ignore'));
  const config = parse(readFileSync(join(root, here, `${job.language}.yaml`), 'utf8')) as Record<string, unknown>;
  const absolute = { ...config, inputSpec: join(folder, 'openapi.json'), outputDir: out, ...(config.templateDir ? { templateDir: join(root, String(config.templateDir)) } : {}) };
  const file = join(folder, 'config.json');
  writeFileSync(file, JSON.stringify(absolute));
  return file;
}

function readOutput(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of listFiles(out)) {
    if (file.startsWith('.openapi-generator')) continue;
    files.set(file, readFileSync(join(out, file), 'utf8'));
  }
  return files;
}

// A run of a few seconds never reaches the optimizing JIT's payoff: C1 alone starts generating sooner
// (about twice as fast here), and the serial collector suits a short run on two cores.
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

async function runBatch(configs: string[]): Promise<void> {
  const jar = ensureJar(root);
  // A class-data-sharing archive of the generator's classes, written by the first run and mapped by
  // later ones, cuts the JVM's start (about 1.3 s to 0.9 s here). Git-ignored, next to the JAR.
  const archive = jar.replace(/\.jar$/, '.jsa');
  const sharing = existsSync(archive) ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${archive}`;
  try {
    await promisify(execFile)('java', [...JVM_FLAGS, sharing, '-Xshare:auto', '-jar', jar, 'batch', '--fail-fast', ...configs], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Its chatter is only worth reading when it failed.
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
}

// ---- the cache of runs -------------------------------------------------------------------------

/** Everything a run reads: the spec, the config, the ignore file, the templates, the pinned version. */
function inputsDigest(language: string, spec: Record<string, unknown>): string {
  const configFile = join(here, `${language}.yaml`);
  const config = parse(readFileSync(join(root, configFile), 'utf8')) as { templateDir?: string };
  const files = [configFile, join(here, `${language}.ignore`), ...(config.templateDir ? listFiles(join(root, config.templateDir)).map((f) => join(config.templateDir!, f)) : [])];
  const hash = createHash('sha256').update(pinnedGenerator(root).version).update('\0').update(JSON.stringify(spec));
  for (const file of files) hash.update('\0').update(file).update('\0').update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

const cacheDir = join(root, '.cache/openapi-generator/runs');

function readCached(key: string): Map<string, string> | undefined {
  const file = join(cacheDir, `${key}.json`);
  return existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : undefined;
}

function writeCached(key: string, files: Map<string, string>): void {
  mkdirSync(cacheDir, { recursive: true });
  // Older runs of this spec are of no further use: keep the folder from growing with every edit.
  if (readdirSync(cacheDir).length > 200) rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${key}.json`), JSON.stringify(Object.fromEntries(files)));
}
