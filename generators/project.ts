// generators/project.json, read once: publishing names, coordinates and links for every emitter.
import { readFileSync } from 'node:fs';

export const project = JSON.parse(readFileSync(new URL('./project.json', import.meta.url), 'utf8'));
