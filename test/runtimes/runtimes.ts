// What each SDK supports, and where that is tested: the one list the README's "Supported runtimes"
// table, `npm run test:runtimes` (run.ts) and .github/workflows/ci.yml's matrices are checked
// against (runtimes.test.ts), so a claim nobody tests cannot stay in the README.
// `here`: runtimes run.ts runs on this kind of machine (their builds come from registries: npm
// packages, Go toolchains from the module proxy, the JDKs installed beside each other). `ci`: the
// versions of ci.yml's matrix for the language, on GitHub's runners.
export interface Support {
  sdk: 'typescript' | 'python' | 'go' | 'java';
  /** The range the README and the package metadata claim. */
  range: string;
  here: string[];
  ci: string[];
}

export const SUPPORT: Support[] = [
  { sdk: 'typescript', range: 'Node 20, 22, 24; Bun 1.4; Deno 2.9; workerd (Cloudflare Workers)', here: ['node 20', 'node 22', 'node 24', 'bun 1.4', 'deno 2.9 (net only)', 'deno 2.9 (net + env)', 'workerd'], ci: ['20', '22', '24'] },
  { sdk: 'python', range: 'CPython 3.9, 3.10, 3.11, 3.12, 3.13', here: ['python 3.11'], ci: ['3.9', '3.10', '3.11', '3.12', '3.13'] },
  { sdk: 'go', range: 'Go 1.23 (the go.mod floor) and 1.27 (the current release)', here: ['go 1.23', 'go 1.27'], ci: ['1.23', '1.27'] },
  { sdk: 'java', range: 'Java 11, 17, 21, 25 (one jar, bytecode release 11)', here: ['java 17', 'java 25'], ci: ['11', '17', '21', '25'] },
];

/** The README's table, rendered from SUPPORT. */
export function supportTable(): string {
  return [
    '| SDK | supported | run by `npm run test:runtimes` here | CI matrix (`.github/workflows/ci.yml`) |',
    '| --- | --- | --- | --- |',
    ...SUPPORT.map((s) => `| ${s.sdk} | ${s.range} | ${s.here.join(', ')} | ${s.ci.join(', ')} |`),
  ].join('\n');
}
