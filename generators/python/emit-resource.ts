// One module per top-level resource (resources/tenants.py holds client.tenants and its nested
// resources), every method typed from the spec and routed through the runtime's request loop.
import { FLAVORS, type Flavor } from './flavor.ts';
import type { SdkModel } from '../model/types.ts';
import { modelModule, type Operation, type Param, type PyResource as Resource } from './naming.ts';
import { TypeContext } from './py-types.ts';

// Runtime names a resource module may use, by the module that defines them.
const RUNTIME_NAMES: Record<string, string[]> = {
  _json: ['NOT_GIVEN', 'NotGiven', 'compact', 'path_segment'],
  _options: ['RequestOptions'],
  _pagination: ['AsyncPage', 'AsyncPaginator', 'SyncPage'],
  _polling: ['async_poll_until_final', 'poll_until_final'],
  _request: ['APIRequest'],
  _resource: ['APIResource', 'AsyncAPIResource'],
  _response: ['APIResponse', 'async_to_raw_response', 'to_raw_response'],
};

export function emitResourceModule(model: SdkModel, top: Resource): string {
  const types = new TypeContext(model);
  const classes = FLAVORS.flatMap((flavor) => descendants(top).flatMap((resource) => [emitClass(types, resource, flavor), emitRawClass(types, resource, flavor)]));
  const typing = [...types.typing, 'Optional'].filter((n, i, all) => all.indexOf(n) === i).sort();
  const header = [
    `"""client.${top.attribute}: generated from spec/openapi.json by generators/python. Do not edit."""`,
    '',
    'from __future__ import annotations',
    '',
    ...(types.usesDatetime || types.usesDate ? [`from datetime import ${[types.usesDate ? 'date' : '', types.usesDatetime ? 'datetime' : ''].filter(Boolean).join(', ')}`] : []),
    `from typing import ${typing.join(', ')}`,
    '',
    ...usedRuntimeImports(classes.join('\n')),
    ...(types.parsers.size ? [`from .._parse import ${[...types.parsers].sort().join(', ')}`] : []),
    ...modelImports([...types.models], '..lowlevel.models'),
  ];
  return `${header.join('\n')}\n${classes.join('')}`;
}

/** One import per model, from its own module of the models package `models` (`..lowlevel.models`). */
export function modelImports(models: string[], modelsPackage: string): string[] {
  return models
    .map((model) => ({ model, module: modelModule(model) }))
    .sort((a, b) => (a.module < b.module ? -1 : 1))
    .map(({ model, module }) => `from ${modelsPackage}.${module} import ${model}`);
}

export function descendants(resource: Resource): Resource[] {
  return [...resource.children.flatMap(descendants), resource];
}

function usedRuntimeImports(body: string): string[] {
  return Object.entries(RUNTIME_NAMES).flatMap(([module, names]) => {
    const used = names.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
    return used.length ? [`from ..${module} import ${used.join(', ')}`] : [];
  });
}

function emitClass(types: TypeContext, resource: Resource, flavor: Flavor): string {
  const children = resource.children.map((child) => {
    const childClass = flavor.classPrefix + child.className;
    return childProperty(child, childClass, `${clientName(flavor)}.${child.path}`, `${childClass}(self._client)`);
  });
  const methods = resource.operations.flatMap((op) => [emitMethod(types, op, flavor), ...(op.polling ? [emitCreateAndPoll(types, op, flavor)] : [])]);
  const name = flavor.classPrefix + resource.className;
  const has = resource.operations.map((op) => op.method).join(', ') || 'its nested resources';
  return `\n\nclass ${name}(${flavor.base}):\n    """${clientName(flavor)}.${resource.path}: ${has}."""\n${[...children, ...methods].join('')}`;
}

const clientName = (flavor: Flavor) => (flavor.classPrefix ? 'async_client' : 'client');

function childProperty(child: Resource, childClass: string, documented: string, made: string): string {
  return `\n    @property\n    def ${child.attribute}(self) -> ${childClass}:\n        """${documented}"""\n        return ${made}\n`;
}

/** `XResourceWithRawResponse`: the resource's methods (create_and_poll aside), each answering an APIResponse. */
export function rawClassName(resource: Resource, flavor: Flavor): string {
  return `${flavor.classPrefix}${resource.className}WithRawResponse`;
}

function emitRawClass(types: TypeContext, resource: Resource, flavor: Flavor): string {
  const children = resource.children.map((child) =>
    childProperty(child, rawClassName(child, flavor), `${clientName(flavor)}.with_raw_response.${child.path}`, `${rawClassName(child, flavor)}(self._resource.${child.attribute})`),
  );
  return `

class ${rawClassName(resource, flavor)}:
    """${clientName(flavor)}.with_raw_response.${resource.path}: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: ${flavor.classPrefix}${resource.className}) -> None:
        self._resource = resource
${[...children, ...resource.operations.map((op) => emitRawMethod(types, op, flavor))].join('')}`;
}

// The resource's method, called on a client in raw mode (see with_raw_response); typed as what it
// answers there. A list's raw answer parses to its first page.
function emitRawMethod(types: TypeContext, op: Operation, flavor: Flavor): string {
  const parsed = op.pageItem ? `${flavor.classPrefix ? 'AsyncPage' : 'SyncPage'}[${types.response({ kind: 'named', name: op.pageItem })}]` : returnType(types, op, flavor);
  const signature = methodSignature(types, op, [], `APIResponse[${parsed}]`);
  const wrap = flavor.classPrefix ? 'async_to_raw_response' : 'to_raw_response';
  const args = [...forwarded(op), 'request_options=request_options'];
  return `
    ${flavor.def} ${op.method}(
${signature}:
        """\`${op.http} ${op.path}\`, answering an APIResponse."""
        return ${flavor.await}${wrap}(self._resource.${op.method})(${args.join(', ')})
`;
}

/** A resource, then its nested ones: the reading order. */
export function preorder(resource: Resource): Resource[] {
  return [resource, ...resource.children.flatMap(preorder)];
}

/** The class names a resource tree emits, both flavors. */
export function classNames(resource: Resource): string[] {
  return FLAVORS.flatMap((flavor) => descendants(resource).flatMap((r) => [flavor.classPrefix + r.className, rawClassName(r, flavor)]));
}

// A list method is a plain `def` in both flavors: its page object sends when awaited or iterated,
// so `async for t in client.tenants.list()` needs no await in front.
function emitMethod(types: TypeContext, op: Operation, flavor: Flavor): string {
  const signature = methodSignature(types, op, [], returnType(types, op, flavor));
  const [def, awaits] = op.pageItem ? ['def', ''] : [flavor.def, flavor.await];
  return `\n    ${def} ${op.method}(\n${signature}:\n${docstring(op)}        return ${awaits}${requestCall(types, op)}\n`;
}

/** `self, path params, *, query and body params, extra, request_options) -> T`, one per line. */
function methodSignature(types: TypeContext, op: Operation, extra: string[], returns: string): string {
  const keywordParams = [...op.queryParams, ...op.bodyParams];
  const ordered = [...keywordParams.filter((p) => p.required), ...keywordParams.filter((p) => !p.required)];
  const lines = [
    'self',
    ...op.pathParams.map((p) => `${p.name}: str`),
    '*',
    ...ordered.map((p) => paramDeclaration(types, p)),
    ...extra,
    'request_options: Optional[RequestOptions] = None',
  ];
  return `${lines.map((line) => `        ${line},`).join('\n')}\n    ) -> ${returns}`;
}

// None leaves an optional field out of the request; a nullable one takes None as a value to send
// (null), so "not given" is its own default there: NOT_GIVEN.
export function paramDeclaration(types: TypeContext, param: Param): string {
  const annotation = types.request(param.type);
  if (param.nullable) return param.required ? `${param.name}: ${types.optional(annotation)}` : `${param.name}: ${types.union([annotation, 'None', 'NotGiven'])} = NOT_GIVEN`;
  return param.required ? `${param.name}: ${annotation}` : `${param.name}: ${types.optional(annotation)} = None`;
}

export function returnType(types: TypeContext, op: Operation, flavor: Flavor): string {
  if (!op.response) return 'None';
  if (!op.pageItem) return types.response({ kind: 'named', name: op.response });
  types.response({ kind: 'named', name: op.response });
  return `${flavor.page}[${types.response({ kind: 'named', name: op.pageItem })}]`;
}

function requestCall(types: TypeContext, op: Operation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, wire: string) => {
    const name = op.pathParams.find((p) => p.wire === wire)!.name;
    return `{path_segment('${name}', ${name})}`;
  });
  const request = [
    `"${op.http}"`,
    path.includes('{') ? `f"${path}"` : `"${path}"`,
    ...(op.queryParams.length ? [`query=${fieldsDict(op.queryParams)}`] : []),
    ...(op.bodyParams.length || op.constants.length ? [`body=${bodyDict(op)}`] : []),
    'options=request_options',
    ...(path.includes('{') ? [`route="${op.path}"`] : []),
  ];
  const helper = !op.response ? '_request_none' : op.pageItem ? '_request_page' : '_request_model';
  const args = [`APIRequest(\n${request.map((arg) => `                ${arg},`).join('\n')}\n            )`, ...(op.response ? [types.parser({ kind: 'named', name: op.response })] : [])];
  return `self._client.${helper}(\n${args.map((arg) => `            ${arg},`).join('\n')}\n        )`;
}

function fieldsDict(params: Param[]): string {
  return `{${params.map((p) => `"${p.wire}": ${p.name}`).join(', ')}}`;
}

// The caller's fields (None and NOT_GIVEN left out, a nullable field's None kept as null), then the
// constants the spec fixes (a variant's discriminator), which the caller never passes.
function bodyDict(op: Operation): string {
  const nullable = op.bodyParams.filter((p) => p.nullable).map((p) => `"${p.wire}"`);
  const given = `compact(${fieldsDict(op.bodyParams)}${nullable.length ? `, nullable=(${nullable.join(', ')},)` : ''})`;
  if (!op.constants.length) return given;
  return `{**${given}, ${op.constants.map((c) => `"${c.wire}": ${JSON.stringify(c.value)}`).join(', ')}}`;
}

/** The method's own arguments passed on to it: path params by position, the others by keyword. */
function forwarded(op: Operation): string[] {
  return [...op.pathParams.map((p) => p.name), ...[...op.queryParams, ...op.bodyParams].map((p) => `${p.name}=${p.name}`)];
}

/** The create_and_poll arguments beyond the create's: the spec's interval and give-up time as defaults. */
export function pollingArguments(create: Operation): string[] {
  const { intervalSeconds, maxWaitSeconds } = create.polling!;
  return [`poll_interval: float = ${pyFloat(intervalSeconds)}`, `max_wait: float = ${pyFloat(maxWaitSeconds)}`];
}

const pyFloat = (n: number) => (Number.isInteger(n) ? `${n}.0` : `${n}`);

function emitCreateAndPoll(types: TypeContext, create: Operation, flavor: Flavor): string {
  const { final, read, statusAttribute } = create.polling!;
  const signature = methodSignature(types, create, pollingArguments(create), returnType(types, create, flavor));
  const readArgs = [...create.pathParams.map((p) => p.name), 'created.id'];
  return `
    ${flavor.def} create_and_poll(
${signature}:
        """Creates (\`${create.http} ${create.path}\`), then retrieves (\`${read.http} ${read.path}\`) every \`poll_interval\`
        seconds until \`${statusAttribute}\` is final: ${final.join(', ')}. Raises APITimeoutError after \`max_wait\` seconds.
        """
        created = ${flavor.await}self.${create.method}(${[...forwarded(create), 'request_options=request_options'].join(', ')})
        return ${flavor.await}${flavor.poll}(
            lambda: self.${read.method}(${[...readArgs, 'request_options=request_options'].join(', ')}),
            lambda current: current.${statusAttribute},
            (${final.map((s) => JSON.stringify(s)).join(', ')},),
            poll_interval,
            max_wait,
        )
`;
}

// The spec's summary and description, then the HTTP call the method makes.
function docstring(op: Operation): string {
  const call = `\`${op.http} ${op.path}\``;
  const parts = [op.summary, op.deprecated ? 'Deprecated: the API may remove this operation.' : '', call];
  const text = parts.filter(Boolean).join('\n\n');
  const clean = (text || '').replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"').trim();
  if (!clean) return '';
  const [first, ...rest] = clean.split('\n');
  if (!rest.length) return `        """${first}"""\n`;
  const body = rest.map((line) => (line ? `        ${line}` : '')).join('\n');
  return `        """${first}\n${body}\n        """\n`;
}
