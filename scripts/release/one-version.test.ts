// One version for the four SDKs: every manifest and User-Agent constant carries the version of
// generators/sdk-version.ts, and still does after a release, run here end to end in a copy of the
// working tree: a spec edit, its plan written as the changeset, `changeset version`, `npm run generate`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkVersion } from '../../generators/sdk-version.ts';
import type { Plan } from './bump.ts';
import { RELEASED_SPEC, planRelease, recordPlan } from './plan.ts';
import { packages, root } from './project.ts';
import { versionRelease } from './version.ts';
import { versionPlaces } from './versions.ts';

const places = versionPlaces(root);
const current = sdkVersion(root);
const semver = (version: string) => version.split('.').map(Number);
/** a >= b, part by part: major, then minor, then patch. */
const atLeast = (a: number[], b: number[]): boolean => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] >= b[2];

/** The working tree as git sees it (tracked and new files, nothing ignored), plus links to the
 * installed tools: the release runs there, so this repository stays untouched. */
function copyOfWorkingTree(): string {
  const copy = mkdtempSync(join(tmpdir(), 'release-version-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((file) => file && existsSync(join(root, file)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, '.cache/openapi-generator'), { recursive: true });
  for (const jar of ['7.25.0.jar', '7.25.0.jsa'].filter((file) => existsSync(join(root, '.cache/openapi-generator', file)))) symlinkSync(join(root, '.cache/openapi-generator', jar), join(copy, '.cache/openapi-generator', jar));
  return copy;
}

describe('the four SDKs carry one version', () => {
  it.each(places)('$place is the SDK version', ({ version }) => expect(version).toBe(current));
});

describe('after a release, all four carry the next version', () => {
  let copy: string;
  let plan: Plan;
  let next: string;
  beforeAll(async () => {
    copy = copyOfWorkingTree();
    // The working tree's spec as the released one, so the plan is this edit's alone: spec changes not
    // released yet (a narrowed constraint is a major) must not decide what a new response field asks for.
    cpSync(join(copy, 'spec/openapi.json'), join(copy, RELEASED_SPEC));
    const spec = JSON.parse(readFileSync(join(copy, 'spec/openapi.json'), 'utf8'));
    spec.info.version = 'next';
    spec.components.schemas.Tenant.properties.region = { type: 'string' };
    writeFileSync(join(copy, 'spec/openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);
    plan = await planRelease(join(copy, RELEASED_SPEC), join(copy, 'spec/openapi.json'));
    recordPlan(copy, plan, join(copy, RELEASED_SPEC), join(copy, 'spec/openapi.json'));
    await versionRelease(copy);
    next = sdkVersion(copy);
  }, 600_000);

  it('plans a minor release for a new response field', () => expect(plan.bump).toBe('minor'));

  // Changesets already pending in the tree (hand-written ones) may ask for more than this minor.
  it('moves the version on by at least a minor', () => {
    const [major, minor] = semver(current);
    expect(atLeast(semver(next), [major, minor + 1, 0]), `${current} -> ${next}`).toBe(true);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it.each(places.map((place, index) => [place.place, index] as const))('%s', (_place, index) => expect(versionPlaces(copy)[index].version).toBe(next));

  it('writes one changelog for the four SDKs, at the root', () => {
    const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${next}`);
    for (const change of plan.changes) expect(changelog).toContain(change.line);
    expect(existsSync(join(copy, packages.typescript.dir, 'CHANGELOG.md'))).toBe(false);
  });

  it('makes the released spec the base of the next plan', () => expect(readFileSync(join(copy, RELEASED_SPEC), 'utf8')).toContain('"version": "next"'));
});
