// How snippets are found: README fences by their info string, with the line their code starts on,
// and the docs spec's x-codeSamples by their tab.
import { describe, expect, it } from 'vitest';
import { kindOfFence, markdownSnippets, sampleSnippets, where } from './extract.ts';

describe('kindOfFence', () => {
  it.each([
    ['ts', 'typescript'],
    ['typescript', 'typescript'],
    ['TypeScript', 'typescript'],
    ['python', 'python'],
    ['go', 'go'],
    ['java', 'java'],
    ['bash', 'shell'],
    ['sh', 'shell'],
    ['shell', 'shell'],
    ['json', 'json'],
    ['ts title="a.ts"', 'typescript'],
    ['text', undefined],
    ['console', undefined],
    ['xml', undefined],
    ['', undefined],
  ])('%j -> %s', (info, kind) => expect(kindOfFence(info)).toBe(kind));
});

describe('markdownSnippets', () => {
  it.each([
    ['one block', 'intro\n```ts\nconst a = 1;\n```\n', [{ kind: 'typescript', line: 3, code: 'const a = 1;\n' }]],
    ['a block nothing checks is skipped', '```text\nhello\n```\n```go\npackage main\n```\n', [{ kind: 'go', line: 5, code: 'package main\n' }]],
    ['tildes, and a longer fence holding a shorter one', '~~~~python\nx = """\n```\n"""\n~~~~\n', [{ kind: 'python', line: 2, code: 'x = """\n```\n"""\n' }]],
    ['an indented block (in a list) loses its indent', '- step\n  ```sh\n  cognition-cli tenants list\n  ```\n', [{ kind: 'shell', line: 3, code: 'cognition-cli tenants list\n' }]],
    ['an unclosed fence runs to the end', '```json\n{"a": 1}\n', [{ kind: 'json', line: 2, code: '{"a": 1}\n\n' }]],
    ['no blocks', 'just text\n', []],
  ])('%s', (_, text, want) => {
    expect(markdownSnippets('README.md', text)).toEqual(want.map((w) => ({ ...w, file: 'README.md', label: '' })));
  });
});

describe('sampleSnippets', () => {
  const spec = {
    paths: {
      '/tenants': {
        post: {
          operationId: 'tenantsCreate',
          'x-codeSamples': [
            { lang: 'go', label: 'Go', source: 'package main\n' },
            { lang: 'shell', label: 'CLI', source: 'cognition-cli tenants create --name a\n' },
            { lang: 'shell', label: 'curl', source: 'curl "$COGNITIONOS_BASE_URL/tenants"\n' },
          ],
        },
      },
      '/health': { get: { operationId: 'healthCheck' } },
    },
  };

  it('gives each tab the kind of its checker, named by operation and tab', () => {
    expect(sampleSnippets('docs.json', spec).map((s) => [s.kind, s.label])).toEqual([
      ['go', 'tenantsCreate Go'],
      ['shell', 'tenantsCreate CLI'],
      ['shell', 'tenantsCreate curl'],
    ]);
  });

  it('refuses a tab no checker reads', () => {
    const odd = { paths: { '/x': { get: { operationId: 'x', 'x-codeSamples': [{ lang: 'ruby', label: 'Ruby', source: '' }] } } } };
    expect(() => sampleSnippets('docs.json', odd)).toThrow(/x has a sample labelled Ruby/);
  });

  it('where names the file, the sample and the line', () => {
    const [go] = sampleSnippets('docs.json', spec);
    expect(where(go!, 3)).toBe('docs.json (tenantsCreate Go):3');
    expect(where({ kind: 'ts' as never, file: 'README.md', line: 10, label: '', code: '' }, 2)).toBe('README.md:11');
  });
});
