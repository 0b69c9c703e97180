// A sample as a complete Go program (`package main`) on github.com/cognitionos/sdk-platform/sdks/go:
// params structs with Go's names, optional fields through the SDK's pointer helpers, enums as
// their constants, a union as its variant field; spelled by the Go room's naming.
import { typeNamed } from '../model/build.ts';
import type { Field, SdkModel, TypeRef } from '../model/types.ts';
import { fieldType, goType, goTypeNamed, typeName } from '../go/go-types.ts';
import { exported, goVerb, paramsType, unexported } from '../go/naming.ts';
import { wrap } from './layout.ts';
import { idField, type Sample, type Value } from './values.ts';

const MODULE = 'github.com/cognitionos/sdk-platform/sdks/go';
const PKG = 'cognitionos';

/** The SDK's helper that takes a value and returns a pointer to it, per Go type. */
const POINTER_HELPERS: Record<string, string> = { string: 'String', int64: 'Int', int32: 'Int32', float64: 'Float', bool: 'Bool', 'time.Time': 'Time' };

interface Ctx {
  model: SdkModel;
  imports: Set<string>;
}

export function goSample(model: SdkModel, sample: Sample): string {
  const ctx: Ctx = { model, imports: new Set(['context', 'fmt']) };
  const service = ['client', ...sample.resource.qualifiedWords.map(exported)].join('.');
  const verb = sample.method.response.kind === 'page' ? `${goVerb(sample.method)}AutoPaging` : goVerb(sample.method);
  const args = ['ctx', ...sample.ids.map((id) => unexported(id.field.words))];
  if (sample.method.params) args.push(`${PKG}.${paramsType(sample.resource, sample.method)}${fields(ctx, sample.params, '')}`);
  const call = `${service}.${verb}(${args.join(', ')})`;
  const body = [
    'ctx := context.Background()',
    `client := ${PKG}.NewClient() // reads COGNITIONOS_API_KEY and COGNITIONOS_BASE_URL`,
    ...sample.ids.map((id) => `${unexported(id.field.words)} := ${JSON.stringify(id.value)}`),
    ...useOf(ctx, sample, call),
  ];
  const imports = [...ctx.imports].sort().map((name) => `\t"${name}"`);
  return [
    'package main',
    '',
    'import (',
    ...imports,
    '',
    `\t"${MODULE}"`,
    ')',
    '',
    'func main() {',
    ...body.flatMap((line) => line.split('\n')).map((line) => `\t${line}`),
    '}',
    '',
  ].join('\n');
}

function useOf(ctx: Ctx, sample: Sample, call: string): string[] {
  const { response } = sample.method;
  const name = unexported(sample.answer?.words ?? ['result']);
  const id = idField(sample.answer);
  const shown = id ? `${name}.${exported(id.words)}` : name;
  if (response.kind === 'page') return [`for ${name}, err := range ${call} {`, '\tif err != nil {', '\t\tpanic(err)', '\t}', `\tfmt.Println(${shown})`, '}'];
  const first = response.kind === 'none' ? `err := ${call}` : `${name}, err := ${call}`;
  const lines = [first, ...caught(ctx, sample), 'if err != nil {', '\tpanic(err)', '}'];
  return response.kind === 'none' ? lines : [...lines, `fmt.Println(${shown})`];
}

// errors.Is against the class's sentinel; errors.As for the request id and status.
function caught(ctx: Ctx, sample: Sample): string[] {
  if (!sample.catches) return [];
  ctx.imports.add('errors');
  return [
    `var apiErr *${PKG}.Error`,
    `if errors.As(err, &apiErr) && errors.Is(err, ${PKG}.Err${sample.catches}) {`,
    '\tfmt.Println(apiErr.StatusCode, apiErr.RequestID, apiErr)',
    '\treturn',
    '}',
  ];
}

/** `{Name: "Acme", ...}`: a struct literal's braces and fields. */
function fields(ctx: Ctx, values: { field: Field; value: Value }[], indent: string): string {
  return braces(values.map(({ field, value }) => `${exported(field.words)}: ${fieldValue(ctx, field, value, indent)}`), indent);
}

const braces = (parts: string[], indent: string) => wrap('{', parts, '}', indent, { unit: '\t' });

// A field's value: a pointer helper (or &T{...}) where the field's Go type is a pointer, NewOpt where null is allowed.
function fieldValue(ctx: Ctx, field: Field, value: Value, indent: string): string {
  const inner = render(ctx, value, `${indent}\t`);
  if (field.nullable) return `${PKG}.NewOpt(${inner})`;
  const type = fieldType(ctx.model, field);
  if (!type.startsWith('*')) return inner;
  if (value.kind === 'object') return `&${inner}`;
  const helper = POINTER_HELPERS[goType(ctx.model, field.type)] ?? POINTER_HELPERS[type.slice(1)];
  if (!helper) throw new Error(`${field.wire}: no pointer helper for Go type ${type}`);
  return `${PKG}.${helper}(${inner})`;
}

function render(ctx: Ctx, value: Value, indent: string): string {
  switch (value.kind) {
    case 'scalar':
      return scalar(ctx, value.type, value.json);
    case 'enum':
      return `${PKG}.${typeName(value.type)}${exported(value.value.words)}`;
    case 'list':
      return `${qualified(ctx, value.type)}${braces(value.items.map((item) => render(ctx, item, `${indent}\t`)), indent)}`;
    case 'map':
      return `${qualified(ctx, value.type)}${braces(value.entries.map(([k, v]) => `${JSON.stringify(k)}: ${render(ctx, v, `${indent}\t`)}`), indent)}`;
    case 'object':
      return `${PKG}.${typeName(value.type)}${fields(ctx, value.fields, indent)}`;
    case 'variant':
      return `${PKG}.${typeName(value.union)}{${exported(value.variant.words)}: &${render(ctx, value.object, indent)}}`;
    case 'any':
      return anyLiteral(value.json);
  }
}

function scalar(ctx: Ctx, type: TypeRef, json: string | number | boolean): string {
  if (type.kind === 'string' && type.format === 'date-time') {
    ctx.imports.add('time');
    const at = new Date(String(json));
    return `time.Date(${at.getUTCFullYear()}, ${at.getUTCMonth() + 1}, ${at.getUTCDate()}, ${at.getUTCHours()}, ${at.getUTCMinutes()}, ${at.getUTCSeconds()}, 0, time.UTC)`;
  }
  return JSON.stringify(json);
}

/** A Go type written outside the SDK's package: its named types qualified. */
function qualified(ctx: Ctx, ref: TypeRef): string {
  if (ref.kind === 'named' && typeNamed(ctx.model, ref.name).kind !== 'alias') return `${PKG}.${goTypeNamed(ctx.model, ref.name)}`;
  if (ref.kind === 'list') return `[]${qualified(ctx, ref.item)}`;
  if (ref.kind === 'map') return `map[string]${qualified(ctx, ref.value)}`;
  if (ref.kind === 'named') return qualified(ctx, (typeNamed(ctx.model, ref.name) as { target: TypeRef }).target);
  if (ref.kind === 'string' && ref.format === 'date-time') ctx.imports.add('time');
  return goType(ctx.model, ref);
}

function anyLiteral(json: unknown): string {
  if (Array.isArray(json)) return `[]any{${json.map(anyLiteral).join(', ')}}`;
  if (json && typeof json === 'object') return `map[string]any{${Object.entries(json).map(([k, v]) => `${JSON.stringify(k)}: ${anyLiteral(v)}`).join(', ')}}`;
  return json === null ? 'nil' : JSON.stringify(json);
}
