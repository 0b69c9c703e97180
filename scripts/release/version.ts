// The version step of a release (changesets/action runs it to open the version PR): changesets
// turns the pending changesets into the next version and changelog, the generators stamp that
// version into all four SDKs, and the spec becomes the base the next plan diffs against.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './dry-run/process.ts';
import { RELEASED_SPEC } from './plan.ts';
import { packages } from './project.ts';

export async function versionRelease(root: string): Promise<void> {
  // changesets writes the changelog next to the npm package; the four SDKs share one, at the root.
  const rootChangelog = join(root, 'CHANGELOG.md');
  const packageChangelog = join(root, packages.typescript.dir, 'CHANGELOG.md');
  if (existsSync(rootChangelog)) renameSync(rootChangelog, packageChangelog);
  await run('npx', ['changeset', 'version'], { cwd: root });
  renameSync(packageChangelog, rootChangelog);
  await run('npm', ['run', '--silent', 'generate'], { cwd: root });
  copyFileSync(join(root, 'spec/openapi.json'), join(root, RELEASED_SPEC));
}
