// Skips the JVM when nothing it reads changed and nothing it wrote was touched since.
// Inputs: spec, configs, ignore files, templates, pinned version. Outputs: every file listed in each
// target's .openapi-generator/FILES, so a hand edit or a deleted file under sdks/ forces a real run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Target } from './targets.ts';

export function inputsDigest(root: string, targets: Target[], version: string): string {
  const files = ['spec/openapi.json', ...targets.flatMap((t) => [t.configFile, t.ignoreFile, ...listTree(root, t.templateDir)])];
  return digest(root, files, version);
}

export function outputsDigest(root: string, targets: Target[]): string {
  const files = targets.flatMap((t) => generatedFiles(root, t));
  return files.some((file) => !existsSync(join(root, file))) ? 'missing' : digest(root, files, '');
}

/** Files the previous run wrote for a target (its manifest included), relative to the repo root. */
export function generatedFiles(root: string, target: Target): string[] {
  const manifest = join(root, target.outputDir, '.openapi-generator/FILES');
  if (!existsSync(manifest)) return [];
  const listed = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
  return [...listed, '.openapi-generator/FILES', '.openapi-generator/VERSION'].map((f) => `${target.outputDir}/${f}`);
}

export function readStamp(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

export function writeStamp(file: string, value: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, value);
}

function listTree(root: string, dir: string | undefined): string[] {
  if (!dir || !existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath.slice(root.length).replace(/^\//, ''), entry.name))
    .sort();
}

function digest(root: string, files: string[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}
