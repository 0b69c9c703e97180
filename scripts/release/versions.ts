// Every place an SDK carries its version, read back from the generated files: the four package
// manifests and the constants each User-Agent is built from. A release is consistent when all of
// them say the same version.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { packages } from './project.ts';

export interface VersionPlace { place: string; version: string | undefined }

const read = (root: string, file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
const match = (text: string, pattern: RegExp) => pattern.exec(text)?.[1];

/** A version constant in whichever source file of the package declares it (generated layouts move). */
function constantIn(root: string, dir: string, extension: string, pattern: RegExp): string | undefined {
  if (!existsSync(join(root, dir))) return undefined;
  const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).sort();
  return files.map((file) => match(read(root, join(dir, file)), pattern)).find(Boolean);
}

export function versionPlaces(root: string): VersionPlace[] {
  const { typescript, python, java } = packages;
  return [
    { place: `${typescript.dir}/package.json`, version: match(read(root, `${typescript.dir}/package.json`), /"version": "([^"]+)"/) },
    { place: `${typescript.dir}/src/version.ts (User-Agent)`, version: match(read(root, `${typescript.dir}/src/version.ts`), /VERSION = '([^']+)'/) },
    { place: `${python.dir}/pyproject.toml`, version: match(read(root, `${python.dir}/pyproject.toml`), /^version = "([^"]+)"/m) },
    { place: `${python.dir}/${python.name}/_version.py (User-Agent)`, version: match(read(root, `${python.dir}/${python.name}/_version.py`), /^__version__ = "([^"]+)"/m) },
    { place: `${packages.go.dir} const Version (User-Agent)`, version: constantIn(root, packages.go.dir, '.go', /^const Version = "([^"]+)"/m) },
    { place: `${java.dir}/pom.xml`, version: new XMLParser().parse(read(root, `${java.dir}/pom.xml`)).project?.version },
    { place: `${java.dir}/src/main static final String VERSION (User-Agent)`, version: constantIn(root, `${java.dir}/src/main`, '.java', /static final String VERSION = "([^"]+)"/) },
  ];
}
