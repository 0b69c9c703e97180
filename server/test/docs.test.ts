// /docs: Redoc loads the docs variant of the spec, in which every operation carries its code samples
// in six languages, while the contract the server serves stays the spec alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useServer } from './support.ts';

const ctx = useServer();
const LABELS = ['TypeScript', 'Python', 'Go', 'Java', 'CLI', 'curl'];
const committedSpec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));

type Operations = Record<string, Record<string, { operationId: string; 'x-codeSamples'?: { lang: string; label: string; source: string }[] }>>;
const operationsOf = (spec: { paths: Operations }) => Object.values(spec.paths).flatMap((item) => Object.values(item));

async function docsSpec() {
  const html = await (await fetch(`${ctx.server.origin}/docs`)).text();
  const specUrl = /<redoc spec-url="([^"]+)"/.exec(html)?.[1];
  expect(specUrl).toBeDefined();
  const response = await fetch(`${ctx.server.origin}${specUrl}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as { paths: Operations };
}

describe('/docs', () => {
  it('loads a spec in which every operation has six samples, one per language, none empty', async () => {
    const operations = operationsOf(await docsSpec());
    expect(operations.map((o) => o.operationId)).toEqual(operationsOf(committedSpec).map((o) => o.operationId));
    for (const operation of operations) {
      const samples = operation['x-codeSamples'] ?? [];
      expect(samples.map((s) => s.label), operation.operationId).toEqual(LABELS);
      for (const sample of samples) expect(sample.source.trim(), `${operation.operationId} ${sample.label}`).not.toBe('');
    }
  });

  it('differs from the contract only by the samples', async () => {
    const docs = await docsSpec();
    for (const operation of operationsOf(docs)) delete operation['x-codeSamples'];
    expect(docs).toEqual(committedSpec);
    const contract = await (await fetch(`${ctx.server.baseUrl}/openapi.json`)).json();
    expect(operationsOf(contract).some((o) => 'x-codeSamples' in o)).toBe(false);
  });
});
