// Every place an SDK carries its version, read back from the generated files: the four package
// manifests and the constants each User-Agent is built from. A release is consistent when all of
// them say the same version.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { packages } from './project.ts';

export interface VersionPlace { sdk: string; place: string; version: string | undefined }

const read = (root: string, file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
const match = (text: string, pattern: RegExp) => pattern.exec(text)?.[1];

/** The Go version constant lives in whichever top-level file of the package declares it. */
function goConstant(root: string): string | undefined {
  const dir = join(root, packages.go.dir);
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.go') && !file.endsWith('_test.go')) : [];
  return files.map((file) => match(read(root, join(packages.go.dir, file)), /^const Version = "([^"]+)"/m)).find(Boolean);
}

export function versionPlaces(root: string): VersionPlace[] {
  const { typescript, python, java } = packages;
  return [
    { sdk: 'typescript', place: `${typescript.dir}/package.json`, version: match(read(root, `${typescript.dir}/package.json`), /"version": "([^"]+)"/) },
    { sdk: 'typescript', place: `${typescript.dir}/src/version.ts (User-Agent)`, version: match(read(root, `${typescript.dir}/src/version.ts`), /VERSION = '([^']+)'/) },
    { sdk: 'python', place: `${python.dir}/pyproject.toml`, version: match(read(root, `${python.dir}/pyproject.toml`), /^version = "([^"]+)"/m) },
    { sdk: 'python', place: `${python.dir}/${python.name}/_version.py (User-Agent)`, version: match(read(root, `${python.dir}/${python.name}/_version.py`), /^__version__ = "([^"]+)"/m) },
    { sdk: 'go', place: `${packages.go.dir}/*.go const Version (User-Agent)`, version: goConstant(root) },
    { sdk: 'java', place: `${java.dir}/pom.xml`, version: new XMLParser().parse(read(root, `${java.dir}/pom.xml`)).project?.version },
  ];
}
