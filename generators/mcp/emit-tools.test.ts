// The tool table against the model it comes from: a tool per operation, named and annotated from
// the method, with an input schema that ajv compiles and that requires the path ids and required fields.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { readFixture, FIXTURES } from '../fixtures/generate.ts';
import { allResources, buildModel } from '../model/build.ts';
import type { SdkModel } from '../model/types.ts';
import { emitTools } from './emit-tools.ts';

const realSpec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));

function toolsOf(model: SdkModel): any[] {
  const source = emitTools(model);
  return JSON.parse(source.slice(source.indexOf('= [') + 2, source.lastIndexOf(';')));
}

describe.each<[string, Record<string, unknown>]>([['the real spec', realSpec], ...FIXTURES.map((name): [string, Record<string, unknown>] => [`fixture ${name}`, readFixture(name)])])('%s', (_name, spec) => {
  const model = buildModel(spec);
  const tools = toolsOf(model);

  it('has one tool per operation, named <resource>_<verb>, annotated from its effects', () => {
    const methods = allResources(model.resources).flatMap((r) => r.methods.map((m) => ({ r, m })));
    expect(tools).toHaveLength(methods.length);
    methods.forEach(({ r, m }, i) => {
      expect(tools[i].name).toBe([...r.qualifiedWords.flat(), ...m.verb.replace(/([A-Z])/g, '_$1').toLowerCase().split('_')].join('_'));
      expect(tools[i].name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(tools[i].annotations).toMatchObject({ readOnlyHint: m.effects.readOnly, destructiveHint: m.effects.destructive, idempotentHint: m.effects.idempotent });
    });
  });

  it('has input schemas that compile and require the path ids and required params', () => {
    const ajv = new Ajv({ strict: false });
    for (const [i, m] of model.methods.entries()) {
      const tool = tools.find((t) => t.http === `${m.httpMethod.toUpperCase()} ${m.path}`);
      expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      const required = [...m.pathParams.map((p) => p.wire), ...(m.params?.required ? m.params.fields.filter((f) => f.required && f.constant === undefined).map((f) => f.wire) : [])];
      expect(tool.inputSchema.required ?? [], `${i} ${tool.name}`).toEqual(required);
    }
  });
});
