// sdks/java/api.md: the API reference (the Stainless api.md idea), from the model. Per resource: its
// service classes, then each method's Java signature, its HTTP call, its params' fields and what it
// answers, every model type linked to its source file.
import type { Field, Method, Resource, SdkModel } from '../model/types.ts';
import { hasClass } from './emit-models.ts';
import { responseType, serviceClass, ASYNC } from './emit-services.ts';
import { javaType } from './java-types.ts';
import { camel } from './naming.ts';

const ROOT = 'src/main/java/io/cognitionos';
const MODELS = `${ROOT}/models`;
const SERVICES = `${ROOT}/services`;
/** The runtime's classes a signature names (io.cognitionos). */
const RUNTIME = new Set(['Page', 'RequestOptions']);

/** A Java type with each model class in it linked to its source, as HTML (inside <code>). */
type Linker = (type: string) => string;

function linker(model: SdkModel): Linker {
  const classes = new Set([...model.types.filter(hasClass).map((t) => t.name), ...model.methods.flatMap((m) => (m.params ? [m.params.type] : []))]);
  return (type) =>
    type.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\b[A-Z]\w*\b/g, (name) => {
      if (classes.has(name)) return `<a href="./${MODELS}/${name}.java">${name}</a>`;
      return RUNTIME.has(name) ? `<a href="./${ROOT}/${name}.java">${name}</a>` : name;
    });
}

function signature(path: string, method: Method, verb: string, model: SdkModel, link: Linker): string {
  const args = [
    ...method.pathParams.map((f) => `String ${camel(f.words)}`),
    ...(method.params ? [`${link(method.params.type)} params${method.params.required ? '' : '?'}`] : []),
    `${link('RequestOptions')} options?`,
  ];
  return `<code>${path}.<b>${verb}</b>(${args.join(', ')}) -&gt; ${link(responseType(method, model))}</code>`;
}

function fieldLine(field: Field, model: SdkModel, link: Linker, where: string): string {
  const type = javaType(field.type, model).boxed;
  const about = field.description ? `: ${field.description.replace(/\s+/g, ' ')}` : '';
  return `  - <code>${camel(field.words)}</code> (${link(type)}, ${field.required ? 'required' : 'optional'}, ${where} \`${field.wire}\`)${about}`;
}

function methodEntry(path: string, method: Method, model: SdkModel, link: Linker): string[] {
  const call = `${method.httpMethod.toUpperCase()} \`${method.path}\``;
  const lines = [`- ${signature(path, method, camel([method.verb]), model, link)}<br>${call}: ${method.summary}${method.deprecated ? ' (deprecated)' : ''}`];
  for (const field of method.pathParams) lines.push(fieldLine(field, model, link, 'path'));
  const params = method.params;
  if (params) for (const field of params.fields) lines.push(fieldLine(field, model, link, params.query.includes(field) ? 'query' : 'body'));
  if (method.polling) {
    lines.push(`- ${signature(path, method, 'createAndPoll', model, link)}<br>${call}, then GET until \`${method.polling.statusField}\` is ${method.polling.terminal.join(', ')}: ${method.summary}, then wait for it to end`);
  }
  return lines;
}

function resourceSection(resource: Resource, model: SdkModel, link: Linker, path: string, depth: number): string[] {
  const accessor = `${path}.${camel(resource.words)}()`;
  const services = [serviceClass(resource), serviceClass(resource, ASYNC)].map((name) => `[${name}](./${SERVICES}/${name}.java)`).join(', async ');
  return [
    `${'#'.repeat(depth)} ${resource.id}`,
    '',
    `\`${accessor}\`: ${services}.`,
    '',
    ...resource.methods.flatMap((method) => methodEntry(accessor, method, model, link)),
    ...(resource.methods.length ? [''] : []),
    ...resource.children.flatMap((child) => resourceSection(child, model, link, accessor, depth + 1)),
  ];
}

export function emitApiReference(model: SdkModel): string {
  const link = linker(model);
  return `<!-- Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator. -->
# CognitionOS Java SDK: API reference

Every method of every service, as the client spells it: path parameters first, then the params object
(\`?\`: it may be left out), then an optional \`RequestOptions\`. \`client.async()\` has the same services, each
method answering a \`CompletableFuture\` (a list: \`AsyncPage\`); \`withRawResponse()\` on a service answers
\`RawResponse<T>\` (status and headers beside the value). Each type links to its source, javadoc included.

${model.resources.flatMap((resource) => resourceSection(resource, model, link, 'client', 2)).join('\n')}`;
}
