// The one version every SDK package carries. changesets manages it in sdks/typescript/package.json
// (the only npm package of the four); each generator stamps that same version into its package, so
// a release bumps all four together.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_VERSION = '0.1.0';

export function sdkVersion(root: string): string {
  const packageJson = join(root, 'sdks/typescript/package.json');
  return existsSync(packageJson) ? JSON.parse(readFileSync(packageJson, 'utf8')).version : FIRST_VERSION;
}
