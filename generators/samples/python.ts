// A sample as a complete Python module on the `cognitionos` package: path ids positional, params as
// keyword arguments (a union variant or a map as a dict, an enum as its string), spelled by the
// Python room's naming.
import { snakeCase, splitWords } from '../model/naming.ts';
import type { SdkModel } from '../model/types.ts';
import { pyIdentifier } from '../python/naming.ts';
import { wrap } from './layout.ts';
import { idField, type Sample } from './values.ts';

export function pythonSample(model: SdkModel, sample: Sample): string {
  const client = `${model.name}Client`;
  const errorClass = sample.catches && `${sample.catches}Error`;
  const target = ['client', ...sample.resource.qualifiedWords.map(pyIdentifier), pyIdentifier(splitWords(sample.method.verb))].join('.');
  const call = callOf(target, callArgs(sample));
  const lines = [
    `from cognitionos import ${[client, errorClass].filter(Boolean).join(', ')}`,
    '',
    `client = ${client}()  # reads COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL`,
    ...sample.ids.map((id) => `${pyIdentifier(id.field.words)} = ${str(id.value)}`),
  ];
  const body = useOf(sample, call).flatMap((line) => line.split('\n'));
  if (!errorClass) return [...lines, ...body, ''].join('\n');
  return [
    ...lines,
    'try:',
    ...body.map((line) => `    ${line}`),
    `except ${errorClass} as error:`,
    '    print(error.status, error.request_id, error)',
    '',
  ].join('\n');
}

function callArgs(sample: Sample): string[] {
  const args = sample.ids.map((id) => pyIdentifier(id.field.words));
  for (const { field, value } of sample.params) args.push(`${pyIdentifier(field.words)}=${literal(value.json, PY.unit)}`);
  return args;
}

const callOf = (target: string, args: string[]) => wrap(`${target}(`, args, ')', '', PY);

function useOf(sample: Sample, call: string): string[] {
  const { response } = sample.method;
  if (response.kind === 'none') return [call];
  const name = snakeCase(sample.answer?.words ?? ['result']);
  const id = idField(sample.answer);
  const shown = id ? `${name}.${pyIdentifier(id.words)}` : name;
  if (response.kind === 'page') return [`for ${name} in ${call}:`, `    print(${shown})`];
  return [`${name} = ${call}`, `print(${shown})`];
}

const str = (text: string) => JSON.stringify(text);

const PY = { unit: '    ' };

function literal(json: unknown, indent = ''): string {
  const deeper = `${indent}${PY.unit}`;
  if (typeof json === 'string') return str(json);
  if (typeof json === 'boolean') return json ? 'True' : 'False';
  if (json === null) return 'None';
  if (Array.isArray(json)) return wrap('[', json.map((item) => literal(item, deeper)), ']', indent, PY);
  if (typeof json === 'object') return wrap('{', Object.entries(json).map(([k, v]) => `${str(k)}: ${literal(v, deeper)}`), '}', indent, PY);
  return String(json);
}
