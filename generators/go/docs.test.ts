// The Go reference docs cover the whole model: api.md has a section for every method, each of its
// links lands on a heading, and example_test.go has an Example for every service.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { allResources, buildModel } from '../model/build.ts';
import { goPackage } from './index.ts';
import { methodPath, serviceType } from './naming.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const model = buildModel(JSON.parse(readFileSync(join(root, 'spec/openapi.json'), 'utf8')));
const api = readFileSync(join(root, goPackage.dir, 'api.md'), 'utf8');

it('api.md has a section for every method', () => {
  const missing = model.methods.map((m) => `client.${methodPath(model, m)}`).filter((call) => !api.includes(`### \`${call}\``));
  expect(missing).toEqual([]);
});

it("every link of api.md lands on one of its headings", () => {
  const anchors = new Set([...api.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replaceAll(' ', '-')));
  const broken = [...api.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!).filter((anchor) => !anchors.has(anchor));
  expect(broken).toEqual([]);
});

it('example_test.go has an Example for every service', () => {
  const examples = readFileSync(join(root, goPackage.dir, 'example_test.go'), 'utf8');
  const missing = allResources(model.resources).map(serviceType).filter((service) => !examples.includes(`func Example${service}_`));
  expect(missing).toEqual([]);
});
