// A sample as a complete Java class with `main` on io.cognitionos:cognitionos-java: params and
// nested objects through their builders, enums as their constants, a union through its `of<Variant>`
// factory, lists and maps as List.of and Map.of; spelled by the Java room's naming.
import { pascalCase, splitWords } from '../model/naming.ts';
import type { Field, SdkModel } from '../model/types.ts';
import { camel, constant, literal } from '../java/naming.ts';
import { wrap } from './layout.ts';
import { idField, type Sample, type Value } from './values.ts';

interface Ctx {
  imports: Set<string>;
}

const MODELS = 'io.cognitionos.models';
const JAVA = { unit: '    ', trailing: '' };

/** The class name of an operation's sample: `tenantsApiKeysCreate` -> `TenantsApiKeysCreateExample`
 * (the suffix keeps it apart from a model it imports: `usageRecord` answers a `UsageRecord`). */
export const javaClassName = (sample: Sample) => `${pascalCase(splitWords(sample.method.operationId))}Example`;

export function javaSample(model: SdkModel, sample: Sample): string {
  const client = `${model.name}Client`;
  const ctx: Ctx = { imports: new Set([`io.cognitionos.${client}`]) };
  const service = ['client', ...sample.resource.qualifiedWords.map((words) => `${camel(words)}()`)].join('.');
  const args = sample.ids.map((id) => camel(id.field.words));
  if (sample.params.length) args.push(builder(ctx, sample.method.params!.type, sample.params, ''));
  const call = `${service}.${camel([sample.method.verb])}(${args.join(', ')})`;
  const use = useOf(ctx, sample, call);
  const body = sample.catches ? [...tryCatch(ctx, sample.catches, use)] : use;
  return [
    ...[...ctx.imports].sort().map((name) => `import ${name};`),
    '',
    `public final class ${javaClassName(sample)} {`,
    '    public static void main(String[] args) {',
    `        ${client} client = ${client}.fromEnv(); // reads COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL`,
    ...sample.ids.map((id) => `        String ${camel(id.field.words)} = ${literal(id.value)};`),
    ...body.flatMap((line) => line.split('\n')).map((line) => `        ${line}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

function useOf(ctx: Ctx, sample: Sample, call: string): string[] {
  const { response } = sample.method;
  if (response.kind === 'none') return [`${call};`];
  const type = sample.answer?.name ?? 'Object';
  if (sample.answer) ctx.imports.add(`${MODELS}.${type}`);
  const name = camel(sample.answer?.words ?? ['result']);
  const id = idField(sample.answer);
  const shown = id ? `${name}.${camel(id.words)}()` : name;
  if (response.kind === 'page') return [`for (${type} ${name} : ${call}.autoPager()) {`, `    System.out.println(${shown});`, '}'];
  return [`${type} ${name} = ${call};`, `System.out.println(${shown});`];
}

function tryCatch(ctx: Ctx, errorClass: string, use: string[]): string[] {
  const exception = `${errorClass}Exception`;
  ctx.imports.add(`io.cognitionos.errors.${exception}`);
  return [
    'try {',
    ...use.flatMap((line) => line.split('\n')).map((line) => `    ${line}`),
    `} catch (${exception} e) {`,
    '    System.err.println(e.statusCode() + " " + e.requestId() + " " + e.getMessage());',
    '}',
  ];
}

// `Type.builder().field(value)....build()`, one setter a line when it does not fit on one.
function builder(ctx: Ctx, type: string, fields: { field: Field; value: Value }[], indent: string): string {
  ctx.imports.add(`${MODELS}.${type}`);
  const deeper = `${indent}${JAVA.unit}`;
  const setters = fields.map(({ field, value }) => `.${camel(field.words)}(${render(ctx, value, deeper)})`);
  const flat = `${type}.builder()${setters.join('')}.build()`;
  return flat.length <= 70 && !flat.includes('\n') ? flat : `${type}.builder()\n${[...setters, '.build()'].map((s) => `${deeper}${s}`).join('\n')}`;
}

function render(ctx: Ctx, value: Value, indent: string): string {
  switch (value.kind) {
    case 'scalar':
      return typeof value.json === 'string' ? stringScalar(ctx, value.type.kind === 'string' ? value.type.format : undefined, value.json) : String(value.json);
    case 'enum':
      ctx.imports.add(`${MODELS}.${value.type.name}`);
      return `${value.type.name}.${constant(value.value.words)}`;
    case 'list':
      ctx.imports.add('java.util.List');
      return wrap('List.of(', value.items.map((item) => render(ctx, item, `${indent}${JAVA.unit}`)), ')', indent, JAVA);
    case 'map':
      ctx.imports.add('java.util.Map');
      return wrap('Map.of(', value.entries.map(([k, v]) => `${literal(k)}, ${render(ctx, v, `${indent}${JAVA.unit}`)}`), ')', indent, JAVA);
    case 'object':
      return builder(ctx, value.type.name, value.fields, indent);
    case 'variant':
      ctx.imports.add(`${MODELS}.${value.union.name}`);
      return `${value.union.name}.of${pascalCase(value.variant.words)}(${render(ctx, value.object, indent)})`;
    case 'any':
      return anyLiteral(ctx, value.json);
  }
}

function stringScalar(ctx: Ctx, format: string | undefined, text: string): string {
  if (format === 'date-time') {
    ctx.imports.add('java.time.OffsetDateTime');
    return `OffsetDateTime.parse(${literal(text)})`;
  }
  if (format === 'date') {
    ctx.imports.add('java.time.LocalDate');
    return `LocalDate.parse(${literal(text)})`;
  }
  return literal(text);
}

function anyLiteral(ctx: Ctx, json: unknown): string {
  if (typeof json === 'string') return literal(json);
  if (Array.isArray(json)) {
    ctx.imports.add('java.util.List');
    return `List.of(${json.map((item) => anyLiteral(ctx, item)).join(', ')})`;
  }
  if (json && typeof json === 'object') {
    ctx.imports.add('java.util.Map');
    return `Map.of(${Object.entries(json).map(([k, v]) => `${literal(k)}, ${anyLiteral(ctx, v)}`).join(', ')})`;
  }
  return String(json);
}
