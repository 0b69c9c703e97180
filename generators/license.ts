// Every published package carries the repository's LICENSE (npm, PyPI, Maven and the Go module
// proxy all ship what is in the package folder). Runs last: the language emitters prune their
// folders to what they wrote themselves.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { project } from './project.ts';

export function copyLicense(root: string): void {
  for (const { dir } of Object.values<{ dir: string }>(project.packages)) if (existsSync(join(root, dir))) copyFileSync(join(root, 'LICENSE'), join(root, dir, 'LICENSE'));
}
