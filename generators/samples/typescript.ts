// A sample as a complete TypeScript ES module (top-level await) on @cognitionos/sdk. Field names are
// the API's own (snake_case), as the SDK's params types are; calls are spelled by the TypeScript
// room's naming.
import { camelCase } from '../model/naming.ts';
import type { SdkModel } from '../model/types.ts';
import { argName, clientName, clientPath, methodName } from '../typescript/naming.ts';
import { wrap } from './layout.ts';
import { idField, type Sample, type Value } from './values.ts';

export function typescriptSample(model: SdkModel, sample: Sample): string {
  const { method } = sample;
  const client = clientName(model);
  const errorClass = sample.catches && `${sample.catches}Error`;
  const call = `client.${[...clientPath(sample.resource), methodName(method)].join('.')}(${callArgs(sample)})`;
  const lines = [
    `import { ${[client, errorClass].filter(Boolean).join(', ')} } from '@cognitionos/sdk';`,
    '',
    `const client = new ${client}(); // reads COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL`,
    ...sample.ids.map((id) => `const ${argName(id.field)} = ${str(id.value)};`),
  ];
  const body = useOf(sample, call).flatMap((line) => line.split('\n'));
  if (!errorClass) return [...lines, ...body, ''].join('\n');
  return [
    ...lines,
    'try {',
    ...body.map((line) => `  ${line}`),
    '} catch (error) {',
    `  if (error instanceof ${errorClass}) console.error(error.status, error.requestId, error.message);`,
    '  else throw error;',
    '}',
    '',
  ].join('\n');
}

function callArgs(sample: Sample): string {
  const args = sample.ids.map((id) => argName(id.field));
  if (sample.params.length) args.push(entries(sample.params.map((p) => [p.field.wire, p.value]), ''));
  return args.join(', ');
}

function useOf(sample: Sample, call: string): string[] {
  const { response } = sample.method;
  const id = idField(sample.answer);
  if (response.kind === 'none') return [`await ${call};`];
  const name = camelCase(sample.answer?.words ?? ['result']);
  const shown = id ? `${name}.${id.wire}` : name;
  if (response.kind === 'page') return [`for await (const ${name} of ${call}) console.log(${shown});`];
  return [`const ${name} = await ${call};`, `console.log(${shown});`];
}

const TS = { unit: '  ' };
const str = (text: string) => `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
const key = (wire: string) => (/^[A-Za-z_$][\w$]*$/.test(wire) ? wire : str(wire));

function render(value: Value, indent: string): string {
  switch (value.kind) {
    case 'scalar':
    case 'enum':
      return typeof value.json === 'string' ? str(value.json) : String(value.json);
    case 'list':
      return wrap('[', value.items.map((item) => render(item, `${indent}  `)), ']', indent, TS);
    case 'map':
      return entries(value.entries, indent);
    case 'object':
      return entries(value.fields.map((f) => [f.field.wire, f.value]), indent);
    case 'variant':
      // The discriminator first, as the union's type narrows on it.
      return entries([[value.union.discriminator!.wire, { kind: 'scalar', type: { kind: 'string' }, json: value.variant.value! }], ...value.object.fields.map((f): [string, Value] => [f.field.wire, f.value])], indent);
    case 'any':
      return anyJson(value.json);
  }
}

function entries(pairs: [string, Value][], indent: string): string {
  return wrap('{', pairs.map(([k, v]) => `${key(k)}: ${render(v, `${indent}  `)}`), '}', indent, { ...TS, pad: ' ' });
}

function anyJson(json: unknown): string {
  if (typeof json === 'string') return str(json);
  if (Array.isArray(json)) return `[${json.map(anyJson).join(', ')}]`;
  if (json && typeof json === 'object') return `{ ${Object.entries(json).map(([k, v]) => `${key(k)}: ${anyJson(v)}`).join(', ')} }`;
  return String(json);
}
