// `node --import tsx test/docs/run.ts`: every code sample /docs shows (docs/openapi.samples.json) and
// every code block of the root README and the SDK READMEs, checked by its language's own checker in
// one batch each (tsc --strict, mypy --strict, go vet, javac), CLI lines against the command table,
// curl lines against the spec, JSON parsed. Prints each failure as file:line and exits 1 on any.
// Needs the TypeScript SDK built (dist) and the Java SDK's jar (the java phase of test/all.sh).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, buildCommandTable } from '../../generators/cli/command-table.ts';
import { buildModel } from '../../generators/model/build.ts';
import { DOCS_SPEC } from '../../generators/samples/index.ts';
import { markdownSnippets, sampleSnippets, where, type Snippet } from './extract.ts';
import { checkers, runChecker, type CheckResult } from './checkers.ts';
import { checkCli, checkCurl, cliArguments, shellCommands, specPaths } from './shell.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BASE_PATH = '/api/v3';

const spec = JSON.parse(readFileSync(join(root, 'spec/openapi.json'), 'utf8'));
const readmes = ['README.md', ...readdirSync(join(root, 'sdks')).map((dir) => `sdks/${dir}/README.md`).filter((file) => existsSync(join(root, file)))];
const snippets: Snippet[] = [
  ...sampleSnippets(DOCS_SPEC, JSON.parse(readFileSync(join(root, DOCS_SPEC), 'utf8'))),
  ...readmes.flatMap((file) => markdownSnippets(file, readFileSync(join(root, file), 'utf8'))),
];


// Shell and JSON in process; the four compilers side by side, two at a time (the machine has two cores).
// A Go or Java snippet that is not a whole file is reported here and kept out of its batch: its parse
// error would stop go vet or javac before they check the others.
const incomplete = snippets.filter((s) => incompleteProblem(s) !== undefined);
const inProcess = [
  ...incomplete.map((s) => `${where(s)}: ${incompleteProblem(s)}`),
  ...shellProblems(snippets.filter((s) => s.kind === 'shell')),
  ...jsonProblems(snippets.filter((s) => s.kind === 'json')),
];
const work = mkdtempSync(join(tmpdir(), 'docs-snippets-'));
const languages = checkers(root);
const results: CheckResult[] = [];
try {
  for (const pair of [['typescript', 'python'], ['go', 'java']] as const) {
    results.push(...(await Promise.all(pair.map((kind) => runChecker(languages[kind], join(work, kind), snippets.filter((s) => s.kind === kind && !incomplete.includes(s)))))));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const kinds = [...new Set(snippets.map((s) => s.kind))];
const counts = kinds.map((kind) => `${snippets.filter((s) => s.kind === kind).length} ${kind}`);
console.log(`docs snippets: ${snippets.length} (${counts.join(', ')}) from ${DOCS_SPEC} and ${readmes.length} READMEs`);
for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds.toFixed(1)} s)${result.ok ? '' : `\n${indent(result.output)}`}`);
console.log(`  ${inProcess.length ? 'FAIL' : 'ok  '} whole Go and Java files, CLI and curl lines, JSON blocks${inProcess.length ? `\n${indent(inProcess.join('\n'))}` : ''}`);
if (inProcess.length || results.some((r) => !r.ok)) process.exit(1);

function shellProblems(shell: Snippet[]): string[] {
  const table = buildCommandTable(buildModel(spec));
  const paths = specPaths(spec);
  return shell.flatMap((snippet) => {
    let commands;
    try {
      commands = shellCommands(snippet.code);
    } catch (error) {
      return [`${where(snippet)}: ${(error as Error).message}`];
    }
    return commands.flatMap(({ words, line }) => {
      const cli = cliArguments(words, BIN);
      const problems = cli ? checkCli(cli, table) : words[0] === 'curl' ? checkCurl(words.slice(1), paths, BASE_PATH) : [];
      return problems.map((problem) => `${where(snippet, line)}: ${problem}`);
    });
  });
}

// The convention (README code blocks are complete programs): Go a file with its package clause, Java a class with main.
function incompleteProblem(snippet: Snippet): string | undefined {
  if (snippet.kind === 'go' && !/^package \w+/m.test(snippet.code)) return 'not a whole Go file: no `package` clause (the convention: package main, imports, func main)';
  if (snippet.kind === 'java' && !/\bstatic\s+void\s+main\s*\(/.test(snippet.code)) return 'not a whole Java compilation unit: no class with `main` (the convention: imports and a class with main)';
  return undefined;
}

function jsonProblems(json: Snippet[]): string[] {
  return json.flatMap((snippet) => {
    try {
      JSON.parse(snippet.code);
      return [];
    } catch (error) {
      return [`${where(snippet)}: not JSON: ${(error as Error).message}`];
    }
  });
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}
