// bench/generate: the full `npm run generate` (every language; openapi-generator's runs in one JVM
// via `batch`, skipped when a run of the same inputs is cached) against the naive way: one
// openapi-generator JVM per language, one after the other. The naive runs write into a scratch copy, so sdks/ is not touched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJar } from '../../generators/openapi-generator/jar.ts';
import { LANGUAGES } from '../../generators/openapi-generator/index.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET = 0.4;
const REPEATS = 3;

function seconds(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function naiveRun(jar: string): number {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  try {
    mkdirSync(join(scratch, 'generators/python'), { recursive: true });
    cpSync(join(root, 'spec/openapi.json'), join(scratch, 'spec/openapi.json'));
    cpSync(join(root, 'generators/openapi-generator'), join(scratch, 'generators/openapi-generator'), { recursive: true });
    cpSync(join(root, 'generators/python/templates'), join(scratch, 'generators/python/templates'), { recursive: true });
    return seconds(() => {
      for (const language of LANGUAGES) {
        const config = `generators/openapi-generator/${language}.yaml`;
        execFileSync('java', ['-jar', jar, 'generate', '-c', config, '-i', 'spec/openapi.json', '-o', `out/${language}`], { cwd: scratch, stdio: 'ignore' });
      }
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function fullRun(cold: boolean): number {
  // Cold: forget the cached runs, so the one-JVM batch really runs (the cache would skip it).
  if (cold) rmSync(join(root, '.cache/openapi-generator/runs'), { recursive: true, force: true });
  return seconds(() => execFileSync('npm', ['run', '--silent', 'generate'], { cwd: root, stdio: 'ignore' }));
}

const jar = ensureJar(root);
const naive = median(Array.from({ length: REPEATS }, () => naiveRun(jar)));
const cold = median(Array.from({ length: REPEATS }, () => fullRun(true)));
const warm = median(Array.from({ length: REPEATS }, () => fullRun(false)));
const ratio = (value: number) => (value / naive).toFixed(2);
console.log(
  `generate: naive ${LANGUAGES.length} JVMs ${naive.toFixed(2)} s | npm run generate: unchanged spec ${warm.toFixed(2)} s (ratio ${ratio(warm)}), ` +
    `changed spec ${cold.toFixed(2)} s (ratio ${ratio(cold)}) (target <= ${TARGET})`,
);
writeBenchSection(
  'generate',
  `## npm run generate vs one JVM per language (bench/generate)

Naive: \`java -jar openapi-generator-cli.jar generate -c <language>.yaml\` for ${LANGUAGES.join(', ')}, one JVM each, in sequence
(what the npm wrapper's \`generators\` map does). Full: \`npm run generate\`, every language including the TypeScript and
Python emitters; openapi-generator runs all three languages in one JVM (\`batch\`, C1-only JIT, a class-data-sharing archive made by its first run) and is skipped when spec, configs and
templates are unchanged and its outputs intact. Medians of ${REPEATS} runs on the 2-core machine. Target: ratio <= ${TARGET}.

| run | seconds | ratio to naive |
| --- | ---: | ---: |
| naive: ${LANGUAGES.length} JVMs, openapi-generator only | ${naive.toFixed(2)} | 1.00 |
| npm run generate, spec unchanged (the usual run) | ${warm.toFixed(2)} | **${ratio(warm)}** |
| npm run generate, spec changed (one batch JVM) | ${cold.toFixed(2)} | ${ratio(cold)} |`,
);
