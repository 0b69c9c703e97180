// openapi-generator for python and go in ONE JVM (the JAR's `batch` command; the npm wrapper's
// `generators` map would start one JVM per language), skipped when nothing it reads or wrote changed.
// Java emits its own models (generators/java): the generator's throw on unknown enum values and step types.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, inputsDigest, outputsDigest, readStamp, writeStamp } from './cache.ts';
import { ensureJar, pinnedGenerator } from './jar.ts';
import { targets, type Target } from './targets.ts';

export async function generateWithOpenApiGenerator(root: string): Promise<void> {
  const all = targets(root);
  const { version } = pinnedGenerator(root);
  const stampFile = join(root, '.cache/openapi-generator/outputs.stamp');
  const inputs = inputsDigest(root, all, version);
  if (readStamp(stampFile) === `${inputs} ${outputsDigest(root, all)}`) {
    console.log('openapi-generator: spec, configs and templates unchanged, outputs intact: skipped');
    return;
  }
  const jar = ensureJar(root);
  all.forEach((target) => prepareOutput(root, target));
  await runBatch(root, jar, all);
  writeStamp(stampFile, `${inputs} ${outputsDigest(root, all)}`);
}

// Removes what the previous run wrote (a model dropped from the spec must not linger) and puts the
// ignore file where the generator reads it; files other emitters wrote in the same folder stay.
function prepareOutput(root: string, target: Target): void {
  generatedFiles(root, target).forEach((file) => rmSync(join(root, file), { force: true }));
  mkdirSync(join(root, target.outputDir), { recursive: true });
  copyFileSync(join(root, target.ignoreFile), join(root, target.outputDir, '.openapi-generator-ignore'));
}

// A run of a few seconds never reaches the optimizing JIT's payoff: C1 alone starts generating sooner
// (about twice as fast here), and the serial collector suits a short run on two cores.
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

// Asynchronous, so the pipeline can emit the TypeScript SDK on the other core while the JVM works.
async function runBatch(root: string, jar: string, all: Target[]): Promise<void> {
  const configs = all.map((target) => target.configFile);
  // A class-data-sharing archive of the generator's classes, written by the first run and mapped by
  // later ones, cuts the JVM's start (about 1.3 s to 0.9 s here). Git-ignored, next to the JAR.
  const archive = jar.replace(/\.jar$/, '.jsa');
  const sharing = existsSync(archive) ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${archive}`;
  const started = Date.now();
  try {
    await promisify(execFile)('java', [...JVM_FLAGS, sharing, '-Xshare:auto', '-jar', jar, 'batch', '--fail-fast', '--root-dir', root, ...configs], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Its chatter is only worth reading when it failed.
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
  console.log(`openapi-generator: ${all.map((t) => t.language).join(', ')} in one JVM, ${Date.now() - started} ms`);
}
