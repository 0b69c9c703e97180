// Every Go block of sdks/go/README.md is a complete, gofmt-formatted program that go vet accepts: each is a main
// package of its own in one scratch module (one go vet for all), which replaces the SDK's module
// path, and its otel module's, with sdks/go.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { goPackage } from './index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = goPackage;
const readme = readFileSync(join(root, pkg.dir, 'README.md'), 'utf8');
const programs = [...readme.matchAll(/```go\n([\s\S]*?)```/g)].map((m) => m[1]);
const scratch = mkdtempSync(join(tmpdir(), 'go-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('every Go block is a complete program, and the README links the API reference', () => {
  expect(programs.length).toBeGreaterThan(5);
  for (const program of programs) expect(program).toMatch(/^package main\n[\s\S]*\nfunc main\(\) \{\n/);
  expect(readme).toContain('](api.md)');
});

it('every Go block compiles (go vet) and is gofmt-formatted', () => {
  const otel = `${pkg.module}/otel`;
  writeFileSync(
    join(scratch, 'go.mod'),
    `module readme\n\ngo 1.23.0\n\nrequire (\n\t${pkg.module} v0.0.0\n\t${otel} v0.0.0\n)\n\nreplace ${pkg.module} => ${join(root, pkg.dir)}\n\nreplace ${otel} => ${join(root, pkg.dir, 'otel')}\n`,
  );
  writeFileSync(join(scratch, 'go.sum'), readFileSync(join(root, pkg.dir, 'otel', 'go.sum'), 'utf8'));
  programs.forEach((program, i) => {
    mkdirSync(join(scratch, `block${i}`));
    writeFileSync(join(scratch, `block${i}`, 'main.go'), program);
  });
  expect(execFileSync('gofmt', ['-l', '.'], { cwd: scratch, encoding: 'utf8' })).toBe('');
  expect(() => execFileSync('go', ['vet', '-mod=mod', './...'], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
}, 120_000);
