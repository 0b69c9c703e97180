// One module per resource (src/resources/<name>.ts): a class whose methods each name their HTTP
// call in one line, and whose nested resources are properties (`tenants.apiKeys`).
import { GENERATED_HEADER } from './header.ts';
import { camelCase } from './naming.ts';
import type { Method, Resource } from './resource-tree.ts';

export function emitResource(resource: Resource): string {
  const body = [...resource.children.map(childProperty), ...resource.methods.flatMap(methodLines)];
  return [GENERATED_HEADER, ...imports(resource), '', `export class ${resource.className} extends APIResource {`, ...body.join('\n').trimEnd().split('\n').map(indent), '}', ''].join('\n');
}

function childProperty(child: Resource): string {
  return `readonly ${child.property}: ${child.className} = new ${child.className}(this._client);\n`;
}

function methodLines(method: Method): string {
  const lines = [jsDoc(method), `${method.name}(${signature(method)}): ${returnType(method)} {`, `  return ${httpCall(method)};`, '}', ''];
  if (method.pollWhile) lines.push(...createAndPollLines(method));
  return lines.join('\n');
}

function jsDoc(method: Method): string {
  return `/** ${method.summary ? `${method.summary}: ` : ''}\`${method.httpMethod.toUpperCase()} ${method.path}\` */`;
}

function signature(method: Method, optionsType = 'RequestOptions'): string {
  const args = method.pathParams.map((name) => `${name}: string`);
  if (method.params) args.push(method.params.required ? `params: ${method.params.type}` : `params: ${method.params.type} = {}`);
  return [...args, `options?: ${optionsType}`].join(', ');
}

function returnType(method: Method): string {
  return method.pageItem ? `PagePromise<${method.pageItem}>` : `APIPromise<${method.response}>`;
}

function httpCall(method: Method): string {
  const path = method.pathParams.length ? `path\`${method.path.replace(/\{(\w+)\}/g, (_, p: string) => `\${${camelCase(p)}}`)}\`` : `'${method.path}'`;
  const params = method.params ? `${method.params.in}: params, ` : '';
  if (method.pageItem) return `this._client.getAPIList(${path}, { ${params}...options })`;
  return `this._client.${method.httpMethod}(${path}, { ${params}...options })`;
}

// createAndPoll re-reads with the sibling `retrieve(...pathParams, id)`.
function createAndPollLines(create: Method): string[] {
  const args = [...create.pathParams, ...(create.params ? ['params'] : [])];
  const statuses = create.pollWhile!.map((s) => `'${s}'`).join(', ');
  const retrieveArgs = [...create.pathParams, 'id', 'readOptions'].join(', ');
  return [
    `/** Like \`${create.name}\`, then re-reads until the status leaves ${create.pollWhile!.join(', ')}. */`,
    `createAndPoll(${signature(create, 'PollOptions')}): Promise<${create.response}> {`,
    `  return pollUntilDone(this.${create.name}(${[...args, 'options'].join(', ')}), (id, readOptions) => this.retrieve(${retrieveArgs}), [${statuses}], options);`,
    '}',
    '',
  ];
}

function imports(resource: Resource): string[] {
  const methods = resource.methods;
  const types = new Set<string>();
  for (const m of methods) {
    if (m.params) types.add(m.params.type);
    if (m.pageItem) types.add(m.pageItem);
    else if (m.response !== 'void') types.add(m.response);
  }
  const lines = ["import { APIResource } from '../core/resource.js';"];
  if (methods.some((m) => !m.pageItem)) lines.push("import type { APIPromise } from '../core/api-promise.js';");
  lines.push("import type { RequestOptions } from '../core/base-client.js';");
  if (methods.some((m) => m.pageItem)) lines.push("import type { PagePromise } from '../core/pagination.js';");
  if (methods.some((m) => m.pollWhile)) lines.push("import { pollUntilDone, type PollOptions } from '../core/polling.js';");
  if (methods.some((m) => m.pathParams.length)) lines.push("import { path } from '../internal/path.js';");
  if (types.size) lines.push(`import type { ${[...types].sort().join(', ')} } from '../types.js';`);
  lines.push(...resource.children.map((c) => `import { ${c.className} } from './${c.fileName}.js';`));
  return lines;
}

function indent(line: string): string {
  return line ? `  ${line}` : line;
}
