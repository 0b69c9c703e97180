// sdks/python/api.md: the API reference, from the model. Per resource, each method's signature, its
// HTTP call, its params and its return type, every model named linked to the module that defines it.
import type { SdkModel } from '../model/types.ts';
import { paramDeclaration, pollingArguments, preorder, returnType } from './emit-resource.ts';
import { SYNC } from './flavor.ts';
import { modelModule, type Operation, type Param, type PyResource as Resource } from './naming.ts';
import { TypeContext } from './py-types.ts';

export function emitApiMd(model: SdkModel, resources: Resource[]): string {
  const sections = resources.flatMap(preorder).map((resource) => {
    const methods = resource.operations.flatMap((op) => [methodSection(model, resource, op), ...(op.polling ? [pollSection(model, resource, op)] : [])]);
    return `## client.${resource.path}\n\n${methods.join('\n')}`;
  });
  return `# cognitionos API reference

Generated from \`spec/openapi.json\` (spec version ${model.specVersion}) by \`generators/python\`: do not edit by hand.
Each method is shown on the sync client; \`AsyncCognitionOSClient\` has the same ones, awaitable (a list method
returns an \`AsyncPaginator\`). Every method also takes \`request_options\` (\`RequestOptions\`: \`max_retries\`,
\`timeout\`, \`idempotency_key\`, \`extra_headers\`), and \`client.with_raw_response.<resource>.<method>(...)\`
answers an \`APIResponse\` of the same value (\`status_code\`, \`headers\`, \`parse()\`). Models are
pydantic classes, each importable from \`cognitionos\`.

${sections.join('\n')}`;
}

function methodSection(model: SdkModel, resource: Resource, op: Operation): string {
  const types = new TypeContext(model);
  const returns = returnType(types, op, SYNC);
  const signature = `client.${resource.path}.${op.method}(${parameters(types, op, []).join(', ')}) -> ${returns}`;
  const [title, ...rest] = op.summary.split('\n\n');
  const lines = [`### ${op.method}`, '', `\`${signature}\``, '', `\`${op.http} ${op.path}\`${title ? `: ${title}` : ''}`];
  if (rest.length) lines.push('', rest.join('\n\n'));
  if (op.deprecated) lines.push('', 'Deprecated: the API may remove this operation.');
  const params = [...op.pathParams, ...op.queryParams, ...op.bodyParams];
  if (params.length) lines.push('', '| param | type | required | description |', '| --- | --- | --- | --- |', ...params.map((p) => paramRow(model, p)));
  lines.push('', `Returns: ${linked(model, returns, op.pageItem ? [op.pageItem] : op.response ? [op.response] : [])}`, '');
  return lines.join('\n');
}

function pollSection(model: SdkModel, resource: Resource, create: Operation): string {
  const types = new TypeContext(model);
  const returns = returnType(types, create, SYNC);
  const signature = `client.${resource.path}.create_and_poll(${parameters(types, create, pollingArguments(create)).join(', ')}) -> ${returns}`;
  const { read, statusAttribute, final } = create.polling!;
  return [
    '### create_and_poll',
    '',
    `\`${signature}\``,
    '',
    `\`${create.http} ${create.path}\`, then \`${read.http} ${read.path}\` every \`poll_interval\` seconds until \`${statusAttribute}\` is ${final.join(', ')}; APITimeoutError after \`max_wait\` seconds.`,
    '',
    `Returns: ${linked(model, returns, [create.response!])}`,
    '',
  ].join('\n');
}

function parameters(types: TypeContext, op: Operation, extra: string[]): string[] {
  const keywords = [...op.queryParams, ...op.bodyParams];
  const ordered = [...keywords.filter((p) => p.required), ...keywords.filter((p) => !p.required)].map((p) => paramDeclaration(types, p));
  const named = [...ordered, ...extra];
  return [...op.pathParams.map((p) => `${p.name}: str`), ...(named.length ? ['*', ...named] : [])];
}

function paramRow(model: SdkModel, param: Param): string {
  const types = new TypeContext(model);
  const annotation = types.request(param.type);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  return `| \`${param.name}\` | ${cell(linked(model, annotation, [...types.models]))} | ${param.required ? 'yes' : 'no'} | ${cell(param.description ?? '')} |`;
}

/** The annotation in code, then a link to each model it names. */
function linked(model: SdkModel, annotation: string, models: string[]): string {
  const links = [...new Set(models)].filter((name) => model.types.some((t) => t.name === name)).sort();
  const code = `\`${annotation}\``;
  if (links.length === 1 && links[0] === annotation) return `[${code}](${modelPath(annotation)})`;
  return links.length ? `${code} (${links.map((name) => `[${name}](${modelPath(name)})`).join(', ')})` : code;
}

const modelPath = (name: string) => `cognitionos/lowlevel/models/${modelModule(name)}.py`;
