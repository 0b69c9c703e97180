// A checker's complaint about a temp file is turned into the snippet's own file and line.
import { describe, expect, it } from 'vitest';
import { relocate, type Placed } from './checkers.ts';

const readme: Placed = { path: 's001.ts', snippet: { kind: 'typescript', file: 'sdks/typescript/README.md', line: 135, label: '', code: '' } };
const sample: Placed = { path: 's002/main.go', snippet: { kind: 'go', file: 'docs/openapi.samples.json', line: 1, label: 'tenantsCreate Go', code: '' } };
const java: Placed = { path: 's003/Main.java', snippet: { kind: 'java', file: 'sdks/java/README.md', line: 20, label: '', code: '' } };

describe('relocate', () => {
  it.each([
    ['tsc', "s001.ts(3,9): error TS2304: Cannot find name 'client'.", "sdks/typescript/README.md:137:9: error TS2304: Cannot find name 'client'."],
    ['mypy', 's001.ts:2: error: Name "client" is not defined', 'sdks/typescript/README.md:136: error: Name "client" is not defined'],
    ['go vet, relative', 'vet: ./s002/main.go:14:69: unknown field Nam', 'vet: docs/openapi.samples.json (tenantsCreate Go):14:69: unknown field Nam'],
    ['javac, absolute', '/tmp/docs-x/java/s003/Main.java:5: error: cannot find symbol', 'sdks/java/README.md:24: error: cannot find symbol'],
    ['a line naming no snippet is kept', '27 errors', '27 errors'],
  ])('%s', (_, output, want) => expect(relocate(output, '/tmp/docs-x/java', [readme, sample, java])).toBe(want));
});
