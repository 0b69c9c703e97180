// Every Go snippet of sdks/go/README.md compiles against the SDK: the quick start as a program, the
// others as function bodies, in a scratch module that replaces the SDK's module path with sdks/go.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { goPackage } from './index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = goPackage;
const snippets = [...readFileSync(join(root, pkg.dir, 'README.md'), 'utf8').matchAll(/```go\n([\s\S]*?)```/g)].map((m) => m[1]);
const scratch = mkdtempSync(join(tmpdir(), 'go-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('the README has a quick start program and further snippets', () => {
  expect(snippets[0]).toContain('func main()');
  expect(snippets.length).toBeGreaterThan(2);
});

it('every README snippet compiles (go vet)', () => {
  const [program, ...bodies] = snippets;
  const functions = bodies.map((body, i) => `func example${i}(ctx context.Context, client *cognitionos.Client) error {\n${body}\nreturn nil\n}\n`);
  writeFileSync(join(scratch, 'go.mod'), `module readme\n\ngo 1.23\n\nrequire ${pkg.module} v0.0.0\n\nreplace ${pkg.module} => ${join(root, pkg.dir)}\n`);
  writeFileSync(join(scratch, 'main.go'), program);
  writeFileSync(join(scratch, 'examples.go'), `package main\n\nimport (\n\t"context"\n\t"errors"\n\t"fmt"\n\n\t"${pkg.module}"\n)\n\nvar _ = errors.Is\nvar _ = fmt.Println\n\n${functions.join('\n')}`);
  expect(() => execFileSync('go', ['vet', '.'], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
}, 120_000);
