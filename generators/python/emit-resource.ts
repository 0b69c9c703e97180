// One module per top-level resource (resources/tenants.py holds client.tenants and its nested
// resources), every method typed from the spec and routed through the runtime's request loop.
import { FLAVORS, type Flavor } from './flavor.ts';
import { snake, type Operation, type Param, type PyResource as Resource, type Schema } from './naming.ts';
import { TypeContext } from './py-types.ts';

// Runtime names a resource module may use, by the module that defines them.
const RUNTIME_NAMES: Record<string, string[]> = {
  _json: ['compact', 'path_segment'],
  _options: ['RequestOptions'],
  _pagination: ['AsyncPage', 'SyncPage'],
  _polling: ['async_poll_until_final', 'poll_until_final'],
  _request: ['APIRequest'],
  _resource: ['APIResource', 'AsyncAPIResource'],
};

export function emitResourceModule(schemas: Record<string, Schema>, top: Resource): string {
  const types = new TypeContext(schemas);
  const classes = FLAVORS.flatMap((flavor) => descendants(top).map((resource) => emitClass(types, resource, flavor)));
  const typing = [...types.typing, 'Optional'].filter((n, i, all) => all.indexOf(n) === i).sort();
  const header = [
    `"""client.${top.attribute}: generated from spec/openapi.json by generators/python. Do not edit."""`,
    '',
    'from __future__ import annotations',
    '',
    ...(types.usesDatetime ? ['from datetime import datetime'] : []),
    `from typing import ${typing.join(', ')}`,
    '',
    ...usedRuntimeImports(classes.join('\n')),
    ...modelImports([...types.models], '..'),
  ];
  return `${header.join('\n')}\n${classes.join('')}`;
}

/** One import per model, from its own module: the models package only re-exports implicitly. */
export function modelImports(models: string[], prefix: string): string[] {
  return models
    .map((model) => ({ model, module: snake(model) }))
    .sort((a, b) => (a.module < b.module ? -1 : 1))
    .map(({ model, module }) => `from ${prefix}lowlevel.models.${module} import ${model}`);
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
    return `\n    @property\n    def ${child.attribute}(self) -> ${childClass}:\n        return ${childClass}(self._client)\n`;
  });
  const methods = resource.operations.flatMap((op) => [emitMethod(types, op, flavor), ...(op.polling ? [emitCreateAndPoll(types, op, flavor)] : [])]);
  const name = flavor.classPrefix + resource.className;
  const client = `${flavor.classPrefix ? 'async_client' : 'client'}.${pythonPath(resource)}`;
  return `\n\nclass ${name}(${flavor.base}):\n    """${client}"""\n${[...children, ...methods].join('')}`;
}

/** A resource, then its nested ones: the reading order. */
export function preorder(resource: Resource): Resource[] {
  return [resource, ...resource.children.flatMap(preorder)];
}

/** The class names a resource tree emits, both flavors. */
export function classNames(resource: Resource): string[] {
  return FLAVORS.flatMap((flavor) => descendants(resource).map((r) => flavor.classPrefix + r.className));
}

export function pythonPath(resource: Resource): string {
  return resource.dotted.split('.').map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()).join('.');
}

function emitMethod(types: TypeContext, op: Operation, flavor: Flavor): string {
  const signature = methodSignature(types, op, [], returnType(types, op, flavor));
  return `\n    ${flavor.def} ${op.method}(\n${signature}:\n${docstring(op.summary)}        return ${flavor.await}${requestCall(op)}\n`;
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

function paramDeclaration(types: TypeContext, param: Param): string {
  const annotation = types.annotation(param.schema);
  return param.required ? `${param.name}: ${annotation}` : `${param.name}: ${types.optional(annotation)} = None`;
}

function returnType(types: TypeContext, op: Operation, flavor: Flavor): string {
  if (!op.response) return 'None';
  types.models.add(op.response);
  if (!op.pageItem) return op.response;
  types.models.add(op.pageItem);
  return `${flavor.page}[${op.pageItem}]`;
}

function requestCall(op: Operation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, wire: string) => {
    const name = op.pathParams.find((p) => p.wire === wire)!.name;
    return `{path_segment('${name}', ${name})}`;
  });
  const request = [
    `"${op.http}"`,
    path.includes('{') ? `f"${path}"` : `"${path}"`,
    ...(op.queryParams.length ? [`query=${fieldsDict(op.queryParams)}`] : []),
    ...(op.bodyParams.length ? [`body=compact(${fieldsDict(op.bodyParams)})`] : []),
    'options=request_options',
  ];
  const helper = !op.response ? '_request_none' : op.pageItem ? '_request_page' : '_request_model';
  const args = [`APIRequest(\n${request.map((arg) => `                ${arg},`).join('\n')}\n            )`, ...(op.response ? [`${op.response}.from_dict`] : [])];
  return `self._client.${helper}(\n${args.map((arg) => `            ${arg},`).join('\n')}\n        )`;
}

function fieldsDict(params: Param[]): string {
  return `{${params.map((p) => `"${p.wire}": ${p.name}`).join(', ')}}`;
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
  const forwarded = [...create.pathParams.map((p) => p.name), ...[...create.queryParams, ...create.bodyParams].map((p) => `${p.name}=${p.name}`)];
  const readArgs = [...create.pathParams.map((p) => p.name), 'created.id'];
  return `
    ${flavor.def} create_and_poll(
${signature}:
        """Creates, then retrieves every \`poll_interval\` seconds until \`${statusAttribute}\` is final:
        ${final.join(', ')}. Raises APITimeoutError after \`max_wait\` seconds.
        """
        created = ${flavor.await}self.${create.method}(${[...forwarded, 'request_options=request_options'].join(', ')})
        return ${flavor.await}${flavor.poll}(
            lambda: self.${read.method}(${[...readArgs, 'request_options=request_options'].join(', ')}),
            lambda current: current.${statusAttribute},
            (${final.map((s) => JSON.stringify(s)).join(', ')},),
            poll_interval,
            max_wait,
        )
`;
}

function docstring(text: string): string {
  const clean = (text || '').replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"').trim();
  if (!clean) return '';
  const [first, ...rest] = clean.split('\n');
  if (!rest.length) return `        """${first}"""\n`;
  const body = rest.map((line) => (line ? `        ${line}` : '')).join('\n');
  return `        """${first}\n${body}\n        """\n`;
}
