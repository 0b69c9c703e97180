// The repository root and generators/project.json's packages: the names and coordinates every
// release step publishes under.
import { fileURLToPath } from 'node:url';
import { project } from '../../generators/project.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const packages = project.packages;
