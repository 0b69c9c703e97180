// sdks/typescript/api.md: the API reference (the Stainless api.md idea), from the model: per
// resource, each method's TypeScript signature, its HTTP call, and links to its params and return
// types; then every type with its fields. The README links here.
import { allResources } from '../model/build.ts';
import type { Field, Method, NamedType, Resource, SdkModel, TypeRef } from '../model/types.ts';
import { callPath, httpCall } from './docs.ts';
import { PACKAGE_NAME } from './emit-package.ts';
import { responseType, returnType, signature } from './emit-resources.ts';
import { clientPath, pollMethodName } from './naming.ts';

export function emitApiMd(model: SdkModel): string {
  const resources = allResources(model.resources).filter((r) => r.methods.length);
  return `<!-- Generated from spec/openapi.json by generators/typescript. Do not edit. -->
# ${PACKAGE_NAME} API reference

Every method of the client, by resource, with the HTTP call it makes; then every type. Each method
takes per-call \`RequestOptions\` last (\`maxRetries\`, \`timeout\`, \`headers\`, \`signal\`,
\`idempotencyKey\`) and returns an \`APIPromise\` (awaitable; \`.withResponse()\` for the raw answer)
or, for lists, a \`PagePromise\` (\`for await\` walks every item).

${resources.map((r) => resourceSection(r, model)).join('\n')}
## Types

All exported by name from \`${PACKAGE_NAME}\`.

${model.types.map((t) => typeSection(t)).join('\n')}`;
}

function resourceSection(resource: Resource, model: SdkModel): string {
  const methods = resource.methods.flatMap((m) => [methodEntry(m, model), ...(m.polling ? [pollEntry(m, model)] : [])]);
  return `## \`${['client', ...clientPath(resource)].join('.')}\`\n\n${methods.join('\n')}\n`;
}

function methodEntry(method: Method, model: SdkModel): string {
  const lines = [
    `### \`${callPath(method, model)}\``,
    '',
    `\`${callPath(method, model)}(${docSignature(signature(method))}): ${returnType(method)}\``,
    '',
    `\`${httpCall(method)}\`${method.summary ? `: ${method.summary}.` : ''}${method.description ? ` ${method.description}` : ''}${method.deprecated ? ' **Deprecated.**' : ''}`,
    '',
    ...ioLines(method, model),
  ];
  return `${lines.join('\n')}\n`;
}

function pollEntry(create: Method, model: SdkModel): string {
  const name = callPath(create, model).replace(/\.\w+$/, `.${pollMethodName(create)}`);
  const { statusField, terminal } = create.polling!;
  return [
    `### \`${name}\``,
    '',
    `\`${name}(${docSignature(signature(create, 'PollOptions'))}): Promise<${responseType(create)}>\``,
    '',
    `\`${httpCall(create)}\`, then re-reads it until \`${statusField}\` is ${terminal.join(', ')} (\`pollIntervalMs\`, \`pollTimeoutMs\` in the options).`,
    '',
    ...ioLines(create, model),
    '',
  ].join('\n');
}

// A parameter with a default is, to the caller, an optional one: `params?: TenantListParams`.
function docSignature(signature: string): string {
  return signature.replace(/(\w+): (\w+) = \{\}/g, '$1?: $2');
}

function ioLines(method: Method, model: SdkModel): string[] {
  // Query params types are not model types: they have no section to link to.
  const link = (name: string) => (model.types.some((t) => t.name === name) ? `[\`${name}\`](#${anchor(name)})` : `\`${name}\``);
  const lines = [];
  if (method.params) lines.push(`- params: ${link(method.params.type)}${method.params.query.length ? ` (query: ${method.params.query.map((q) => `\`${q.wire}\``).join(', ')})` : ''}`);
  lines.push(`- returns: ${method.response.kind === 'none' ? 'nothing' : `${method.response.kind === 'page' ? 'a page of ' : ''}${link(responseType(method))}`}`);
  return lines;
}

function typeSection(type: NamedType): string {
  const head = `### ${type.name}\n\n${type.description ? `${type.description}\n\n` : ''}`;
  if (type.kind === 'object') return `${head}| field | type | |\n| --- | --- | --- |\n${type.fields.map(fieldRow).join('\n')}\n`;
  if (type.kind === 'enum') return `${head}One of ${type.values.map((v) => `\`${JSON.stringify(v.value)}\``).join(', ')}.\n`;
  if (type.kind === 'union') return `${head}One of ${type.variants.map((v) => spell(v.type)).join(', ')}${type.discriminator ? `, by \`${type.discriminator.wire}\`` : ''}.\n`;
  if (type.kind === 'map') return `${head}\`Record<string, ${spell(type.value)}>\`\n`;
  return `${head}${spell(type.target)}\n`;
}

function fieldRow(field: Field): string {
  const notes = [field.required ? 'required' : 'optional', ...(field.nullable ? ['nullable'] : []), ...(field.readOnly ? ['read-only'] : []), ...(field.secret ? ['secret'] : [])];
  const description = (field.description ?? '').replace(/\n/g, ' ').replace(/\|/g, '\\|');
  return `| \`${field.wire}\` | ${spell(field.type)} | ${notes.join(', ')}${description ? `. ${description}` : ''} |`;
}

// A type as TypeScript spells it, named types linked to their section.
function spell(ref: TypeRef): string {
  switch (ref.kind) {
    case 'integer':
      return '`number`';
    case 'list':
      return `${spell(ref.item)}[]`;
    case 'map':
      return `Record<string, ${spell(ref.value)}>`;
    case 'named':
      return `[\`${ref.name}\`](#${anchor(ref.name)})`;
    case 'literal':
      return `\`${JSON.stringify(ref.value)}\``;
    default:
      return `\`${ref.kind}\``;
  }
}

// GitHub's heading anchors: lower case.
const anchor = (name: string) => name.toLowerCase();
