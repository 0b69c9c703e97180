// One module per resource (src/resources/<name>.ts): a class whose methods each name their HTTP
// call in one line, and whose nested resources are properties (`tenants.apiKeys`).
import type { Method, Params, Resource, SdkModel } from '../model/types.ts';
import { docComment, httpCall, methodDoc } from './docs.ts';
import { GENERATED_HEADER } from './header.ts';
import { argName, className, clientPath, fileName, methodName, pollMethodName, pollingRead, propertyName } from './naming.ts';

export function emitResource(resource: Resource, model: SdkModel): string {
  const body = [...resource.children.map((child) => childProperty(child, model)), ...resource.methods.flatMap((m) => methodLines(m, model))];
  return [GENERATED_HEADER, ...imports(resource, model), '', resourceDoc(resource, model), `export class ${className(resource, model)} extends APIResource {`, ...body.join('\n').trimEnd().split('\n').map(indent), '}', ''].join('\n');
}

// `client.tenants.apiKeys`: its methods, each with its HTTP call.
function resourceDoc(resource: Resource, model: SdkModel): string {
  const accessor = ['client', ...clientPath(resource)].join('.');
  const calls = resource.methods.map((m) => `\`${methodName(m)}\` (\`${httpCall(m)}\`)`);
  return docComment(`\`${accessor}\`${calls.length ? `: ${calls.join(', ')}` : ''}.`);
}

function childProperty(child: Resource, model: SdkModel): string {
  const name = className(child, model);
  return `${docComment(`The \`${clientPath(child).join('.')}\` calls.`)}\nreadonly ${propertyName(child)}: ${name} = new ${name}(this._client);\n`;
}

// A deprecated operation says so where editors and linters look: the JSDoc tag on its own line.
function methodLines(method: Method, model: SdkModel): string {
  const lines = [methodDoc(method, ''), `${methodName(method)}(${signature(method)}): ${returnType(method)} {`, `  return ${clientCall(method, model)};`, '}', ''];
  if (method.polling) lines.push(...createAndPollLines(method, model));
  return lines.join('\n');
}

export function signature(method: Method, optionsType = 'RequestOptions'): string {
  const args = method.pathParams.map((p) => `${argName(p)}: string`);
  if (method.params) args.push(method.params.required ? `params: ${method.params.type}` : `params: ${method.params.type} = {}`);
  return [...args, `options?: ${optionsType}`].join(', ');
}

export function responseType(method: Method): string {
  return method.response.kind === 'none' ? 'void' : method.response.kind === 'page' ? method.response.item : method.response.type;
}

export function returnType(method: Method): string {
  return method.response.kind === 'page' ? `PagePromise<${method.response.item}>` : `APIPromise<${responseType(method)}>`;
}

function clientCall(method: Method, model: SdkModel): string {
  const path = method.pathParams.length ? routeOf(method) : `'${method.path}'`;
  const params = method.params ? `${paramsPlacement(method.params)}, ` : '';
  if (method.response.kind === 'page') return `this._client.getAPIList(${path}, { ${params}...options })`;
  const secrets = secretFields(method, model);
  const hidden = secrets.length ? `, secrets: [${secrets.map((s) => `'${s}'`).join(', ')}]` : '';
  return `this._client.${method.httpMethod}(${path}, { ${params}...options${hidden} })`;
}

// The answer's fields the model marks secret: the client hides them from util.inspect.
function secretFields(method: Method, model: SdkModel): string[] {
  if (method.response.kind !== 'model') return [];
  const type = model.types.find((t) => t.name === responseType(method));
  return type?.kind === 'object' ? type.fields.filter((f) => f.secret).map((f) => f.wire) : [];
}

// Where the params object goes: the URL, the JSON body, or, for a body with query parameters, the
// query fields in the URL and the others in the body.
function paramsPlacement(params: Params): string {
  if (params.in === 'query') return 'query: params';
  if (params.query.length === 0) return 'body: params';
  return `...splitParams(params, [${params.query.map((q) => `'${q.wire}'`).join(', ')}])`;
}

// `path('/tenants/{tenant_id}', { tenantId })`: the spec's template (errors name it) and the path
// arguments in path order; the runtime checks and encodes each id as one segment.
function routeOf(method: Method): string {
  const order = [...method.path.matchAll(/\{(\w+)\}/g)].map(([, wire]) => method.pathParams.find((p) => p.wire === wire)!);
  return `path('${method.path}', { ${order.map(argName).join(', ')} })`;
}

// createAndPoll re-reads with the sibling read the spec names: `retrieve(...pathParams, id)`.
function createAndPollLines(create: Method, model: SdkModel): string[] {
  const { statusField, terminal, intervalMs, timeoutMs } = create.polling!;
  const args = [...create.pathParams.map(argName), ...(create.params ? ['params'] : [])];
  const readArgs = [...create.pathParams.map(argName), 'id', 'readOptions'].join(', ');
  const until = `{ statusField: '${statusField}', terminal: [${terminal.map((s) => `'${s}'`).join(', ')}], intervalMs: ${intervalMs}, timeoutMs: ${timeoutMs} }`;
  return [
    docComment(`Like \`${methodName(create)}\` (\`${httpCall(create)}\`), then re-reads it until \`${statusField}\` is ${terminal.join(', ')}.`),
    `${pollMethodName(create)}(${signature(create, 'PollOptions')}): Promise<${responseType(create)}> {`,
    `  return pollUntilDone(this.${methodName(create)}(${[...args, 'options'].join(', ')}), (id, readOptions) => this.${methodName(pollingRead(model, create))}(${readArgs}), ${until}, options);`,
    '}',
    '',
  ];
}

function imports(resource: Resource, model: SdkModel): string[] {
  const methods = resource.methods;
  const types = new Set<string>();
  for (const m of methods) {
    if (m.params) types.add(m.params.type);
    if (m.response.kind !== 'none') types.add(responseType(m));
  }
  const paged = (m: Method) => m.response.kind === 'page';
  const lines = ["import { APIResource } from '../core/resource.js';"];
  if (methods.some((m) => !paged(m))) lines.push("import type { APIPromise } from '../core/api-promise.js';");
  lines.push("import type { RequestOptions } from '../core/base-client.js';");
  if (methods.some(paged)) lines.push("import type { PagePromise } from '../core/pagination.js';");
  if (methods.some((m) => m.polling)) lines.push("import { pollUntilDone, type PollOptions } from '../core/polling.js';");
  if (methods.some((m) => m.pathParams.length)) lines.push("import { path } from '../internal/path.js';");
  if (methods.some((m) => m.params?.in === 'body' && m.params.query.length > 0)) lines.push("import { splitParams } from '../internal/params.js';");
  if (types.size) lines.push(`import type { ${[...types].sort().join(', ')} } from '../types.js';`);
  lines.push(...resource.children.map((c) => `import { ${className(c, model)} } from './${fileName(c)}.js';`));
  return lines;
}

function indent(line: string): string {
  return line ? `  ${line}` : line;
}
