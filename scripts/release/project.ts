// generators/project.json, read once: the names and coordinates every release step publishes under.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const project = JSON.parse(readFileSync(`${root}/generators/project.json`, 'utf8'));
export const packages = project.packages;
