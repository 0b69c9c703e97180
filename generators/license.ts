// Every published package carries the repository's LICENSE (npm, PyPI, Maven and the Go module
// proxy all ship what is in the package folder), and the root CHANGELOG.md once a release has
// written one (PyPI's metadata links it as well, as the wheel carries no loose files). Runs last:
// the language emitters prune their folders to what they wrote themselves.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { project } from './project.ts';

const SHIPPED = ['LICENSE', 'CHANGELOG.md'];

export function copyLicense(root: string): void {
  for (const { dir } of Object.values<{ dir: string }>(project.packages)) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of SHIPPED) if (existsSync(join(root, file))) copyFileSync(join(root, file), join(root, dir, file));
  }
}
