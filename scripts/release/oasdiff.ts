// oasdiff, the OpenAPI diff every release decision rests on: pinned, built from the Go module proxy
// into the git-ignored .tools/ on first use (the version is in the path, so a new pin rebuilds),
// then run as a subprocess. Our code never diffs specs itself; it only reads oasdiff's findings.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './project.ts';

const OASDIFF_VERSION = 'v1.38.0';
const gobin = join(root, '.tools', `oasdiff-${OASDIFF_VERSION}`);
const binary = join(gobin, 'oasdiff');
const run = promisify(execFile);

/** One entry of `oasdiff changelog --format json`. level: 1 info, 2 warning, 3 error. */
export interface Finding { id: string; text: string; level: 1 | 2 | 3; operation?: string; path?: string }

function oasdiffBinary(): string {
  if (!existsSync(binary)) {
    console.error(`building oasdiff ${OASDIFF_VERSION} into ${gobin} (once)`);
    execFileSync('go', ['install', `github.com/oasdiff/oasdiff@${OASDIFF_VERSION}`], { env: { ...process.env, GOBIN: gobin }, stdio: 'inherit' });
  }
  return binary;
}

async function oasdiffJson(...args: string[]): Promise<any> {
  // Never --open: that uploads the comparison. Both specs stay on this machine.
  const { stdout } = await run(oasdiffBinary(), [...args, '--format', 'json'], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout || 'null');
}

/** The ids of every check in oasdiff's changelog rule set. */
export async function checkIds(): Promise<string[]> {
  return (await oasdiffJson('checks', 'changelog')).map((check: { id: string }) => check.id);
}

/** Every API change oasdiff's rule set knows (breaking or not), one entry per operation it touches. */
export async function changelog(base: string, head: string): Promise<Finding[]> {
  return (await oasdiffJson('changelog', base, head)) ?? [];
}

/** Where the documents differ at all (summaries, descriptions and examples included), one
 * location per changed value of `oasdiff diff`, e.g. "paths /tenants GET summary". */
export async function differences(base: string, head: string): Promise<string[]> {
  return leaves((await oasdiffJson('diff', base, head)) ?? {}, []);
}

// oasdiff's diff nests `modified` maps down to a value change ({from, to}) or a list change
// ({added, deleted}); those are the leaves, named by the keys on the way without the nesting words.
function leaves(node: any, at: string[]): string[] {
  if (typeof node !== 'object' || node === null || 'from' in node || 'added' in node || 'deleted' in node) return [at.join(' ')];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, ['modified', 'operations'].includes(key) ? at : [...at, key]));
}
