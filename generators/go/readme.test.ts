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
  // The tracing snippet needs the otel module (and its go.sum); the others only the SDK.
  const otel = `${pkg.module}/otel`;
  writeFileSync(
    join(scratch, 'go.mod'),
    `module readme\n\ngo 1.23.0\n\nrequire (\n\t${pkg.module} v0.0.0\n\t${otel} v0.0.0\n)\n\nreplace ${pkg.module} => ${join(root, pkg.dir)}\n\nreplace ${otel} => ${join(root, pkg.dir, 'otel')}\n`,
  );
  writeFileSync(join(scratch, 'go.sum'), readFileSync(join(root, pkg.dir, 'otel', 'go.sum'), 'utf8'));
  writeFileSync(join(scratch, 'main.go'), program);
  const imports = ['context', 'errors', 'fmt', 'log/slog', 'net/http', 'net/url', 'os', 'time', '', pkg.module, `${pkg.module}/option`, otel];
  const used = ['errors.Is', 'fmt.Println', 'slog.New', 'http.ProxyURL', 'url.Parse', 'os.Stderr', 'time.Now', 'option.WithAPIKey', 'cognitionosotel.WithTraceContext'];
  const importBlock = imports.map((i) => (i === otel ? `\tcognitionosotel "${i}"` : i ? `\t"${i}"` : '')).join('\n');
  writeFileSync(join(scratch, 'examples.go'), `package main\n\nimport (\n${importBlock}\n)\n\n${used.map((u) => `var _ = ${u}`).join('\n')}\n\n${functions.join('\n')}`);
  expect(() => execFileSync('go', ['vet', '-mod=mod', '.'], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
}, 120_000);
