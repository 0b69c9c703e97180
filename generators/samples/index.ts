// Code samples for every operation in six languages, from the SDK model and the spec's examples
// (values.ts decides what a sample calls with; one file per language spells it), and the docs
// variant of the spec that carries them as Redoc's `x-codeSamples`.
//
// The docs variant is a generated, committed file (docs/openapi.samples.json, written by
// `npm run generate`) rather than built at server start: the drift check then proves it matches the
// generators, the compile harness (test/docs) checks exactly the text /docs shows, and the server
// keeps no dependency on generators/.
import { buildCommandTable } from '../cli/command-table.ts';
import type { GeneratorInput } from '../input.ts';
import { cliSample } from './cli.ts';
import { curlSample } from './curl.ts';
import { goSample } from './go.ts';
import { javaSample } from './java.ts';
import { pythonSample } from './python.ts';
import { typescriptSample } from './typescript.ts';
import { buildSample } from './values.ts';

/** One entry of `x-codeSamples`: `lang` picks Redoc's highlighting, `label` names the tab. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** Where the docs variant is written, relative to the repository. */
export const DOCS_SPEC = 'docs/openapi.samples.json';

/** Every operation's samples, by operationId, in tab order. */
export function buildSamples({ model, spec }: Pick<GeneratorInput, 'model' | 'spec'>): Map<string, CodeSample[]> {
  const table = buildCommandTable(model);
  const samples = new Map<string, CodeSample[]>();
  for (const method of model.methods) {
    const sample = buildSample(model, spec, method);
    const entry = table.find((e) => e.spec.path === method.path && e.spec.httpMethod === method.httpMethod.toUpperCase());
    if (!entry) throw new Error(`${method.operationId}: no command in the CLI's command table`);
    samples.set(method.operationId, [
      { lang: 'typescript', label: 'TypeScript', source: typescriptSample(model, sample) },
      { lang: 'python', label: 'Python', source: pythonSample(model, sample) },
      { lang: 'go', label: 'Go', source: goSample(model, sample) },
      { lang: 'java', label: 'Java', source: javaSample(model, sample) },
      { lang: 'shell', label: 'CLI', source: cliSample(sample, entry) },
      { lang: 'shell', label: 'curl', source: curlSample(sample) },
    ]);
  }
  return samples;
}

/** The spec with each operation's samples added; the contract itself (spec/openapi.json) is untouched. */
export function docsSpec(input: Pick<GeneratorInput, 'model' | 'spec'>): string {
  const samples = buildSamples(input);
  const docs = structuredClone(input.spec) as { paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: CodeSample[] }>> };
  for (const item of Object.values(docs.paths)) {
    for (const operation of Object.values(item)) {
      const own = operation.operationId && samples.get(operation.operationId);
      if (own) operation['x-codeSamples'] = own;
    }
  }
  return `${JSON.stringify(docs, null, 2)}\n`;
}
