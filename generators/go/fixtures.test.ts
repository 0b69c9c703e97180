// Every fixture spec of generators/fixtures generates a Go module that `go vet` accepts: all of them
// in one go vet run (check.ts), so a schema shape the Go emitter cannot spell fails here.
import { afterAll, expect, it } from 'vitest';
import { FIXTURES, generateFixtures } from '../fixtures/generate.ts';
import { go } from './index.ts';

let cleanup = () => {};
afterAll(() => cleanup());

it(`every fixture (${FIXTURES.length}) compiles as a Go module (go vet)`, async () => {
  const generated = await generateFixtures(go);
  cleanup = generated.cleanup;
  expect(generated.dirs).toHaveLength(FIXTURES.length);
  expect(() => go.check(generated.dirs)).not.toThrow();
}, 180_000);
