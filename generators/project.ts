// generators/project.json, read once: publishing names, coordinates and links for every emitter.
import { readFileSync } from 'node:fs';

export const project = JSON.parse(readFileSync(new URL('./project.json', import.meta.url), 'utf8'));

/** The fields every npm package of the project opens with (the SDK, the CLI, the MCP server): its
 * name and the one version, the license from the spec, and the repository folder it is built from
 * (npm provenance checks that the package names it). */
export function npmPackageHead(pkg: { name: string; dir: string }, license: string | undefined, version: string, description: string) {
  return {
    name: pkg.name,
    version,
    description,
    license: license ?? 'UNLICENSED',
    author: project.author as string,
    repository: { type: 'git', url: `git+${project.repository}.git`, directory: pkg.dir },
    homepage: project.homepage as string,
    type: 'module',
  };
}
