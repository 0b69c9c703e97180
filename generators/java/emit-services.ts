// io.cognitionos.services: one class per resource. Path parameters lead, then the params object,
// then RequestOptions; overloads drop what may be omitted. Nested resources are accessor methods.
import type { Json, Method, Resource, SdkModel } from '../model/types.ts';
import { COMMON_IMPORTS, EMITTED_HEADER, importsFor } from './header.ts';
import { javaType } from './java-types.ts';
import { camel, javadoc, literal, pascal } from './naming.ts';

export const serviceClass = (resource: Resource) => `${pascal(resource.qualifiedWords.flat())}Service`;

interface Signature {
  returns: string;
  /** Parameter declarations, in order, and the arguments that forward them. */
  params: { decl: string; arg: string; optional?: 'params' | 'options' }[];
}

function signature(method: Method): Signature {
  const response = method.response;
  const returns = response.kind === 'none' ? 'void' : response.kind === 'page' ? `Page<${response.item}>` : response.type;
  const params: Signature['params'] = method.pathParams.map((field) => ({ decl: `String ${camel(field.words)}`, arg: camel(field.words) }));
  if (method.params) params.push({ decl: `${method.params.type} params`, arg: 'params', ...(method.params.required ? {} : { optional: 'params' as const }) });
  params.push({ decl: 'RequestOptions options', arg: 'options', optional: 'options' });
  return { returns, params };
}

const OMITTED: Record<string, string> = { params: 'null', options: 'RequestOptions.none()' };

// The full method, an overload without RequestOptions and, when the params may be omitted, one without both.
function methodSource(method: Method): string {
  const { returns, params } = signature(method);
  const name = camel([method.verb]);
  const doc = javadoc('    ', method.summary, method.description !== method.summary ? method.description : undefined);
  const shorter = [params.filter((p) => p.optional !== 'options')];
  if (params.some((p) => p.optional === 'params')) shorter.push(params.filter((p) => !p.optional));
  const overload = (kept: Signature['params']) => `
${doc}    public ${returns} ${name}(${kept.map((p) => p.decl).join(', ')}) {
        ${returns === 'void' ? '' : 'return '}${name}(${params.map((p) => (kept.includes(p) ? p.arg : OMITTED[p.optional!])).join(', ')});
    }
`;
  return `${shorter.map(overload).join('')}
${doc}    public ${returns} ${name}(${params.map((p) => p.decl).join(', ')}) {
        ${returns === 'void' ? '' : 'return '}${call(method)};
    }
`;
}

function call(method: Method): string {
  const path = `PathTemplate.fill(${[literal(method.path), ...method.pathParams.flatMap((f) => [literal(camel(f.words)), camel(f.words)])].join(', ')})`;
  const params = method.params ? 'params' : 'null';
  const response = method.response;
  if (response.kind === 'page') return `core.page(${path}, ${params}, options, Json.model(${response.item}::new))`;
  const decode = response.kind === 'none' ? 'json -> null' : `${response.type}::new`;
  return `core.call(${literal(method.httpMethod.toUpperCase())}, ${path}, ${params}, options, ${decode})`;
}

// create-and-poll: the create, then the read the spec names, repeated until a terminal status.
function pollingSource(method: Method, model: SdkModel): string {
  const polling = method.polling!;
  const retrieve = model.methods.find((m) => m.operationId === polling.retrieve)!;
  const created = method.response.kind === 'model' ? method.response.type : '';
  const statusField = model.schemas[created].properties[polling.statusField] as Json;
  const status = `${camel([polling.statusField])}()${javaType(statusField, model.schemas).enumeration ? '.asString()' : ''}`;
  const ids = method.pathParams.map((f) => camel(f.words));
  const { params } = signature(method);
  const head = params.filter((p) => p.optional !== 'options');
  const withParams = head.map((p) => p.decl).join(', ');
  const args = head.map((p) => p.arg).join(', ');
  const terminal = polling.terminal.map(literal).join(', ');
  const withoutParams = method.params && !method.params.required ? `
    /** Starts one and waits until it ends (see the overload with timing). */
    public ${created} createAndPoll(${head.filter((p) => p.arg !== 'params').map((p) => p.decl).join(', ')}) {
        return createAndPoll(${[...ids, 'null'].join(', ')});
    }
` : '';
  return `${withoutParams}
    /** Starts one and waits until it ends: polls every ${polling.intervalMs} ms, for up to ${polling.timeoutMs} ms. */
    public ${created} createAndPoll(${withParams}) {
        return createAndPoll(${args}, Duration.ofMillis(${polling.intervalMs}), Duration.ofMillis(${polling.timeoutMs}));
    }

    /**
     * Starts one and reads it again every {@code pollInterval} until its ${polling.statusField} is one of ${polling.terminal.join(', ')};
     * throws CognitionOSTimeoutException after {@code maxWait}.
     */
    public ${created} createAndPoll(${withParams}, Duration pollInterval, Duration maxWait) {
        ${created} created = ${method.verb}(${args});
        return Polling.untilTerminal(created, () -> ${retrieve.verb}(${[...ids, 'created.id()'].join(', ')}), current -> current.${status},
                Set.of(${terminal}), pollInterval, maxWait);
    }
`;
}

export function emitService(resource: Resource, model: SdkModel): string {
  const name = serviceClass(resource);
  const children = resource.children.map((child) => ({ field: camel(child.words), type: serviceClass(child) }));
  const body = `${javadoc('', `The ${resource.id} operations.`)}public final class ${name} {
    private final ClientCore core;
${children.map((c) => `    private final ${c.type} ${c.field};\n`).join('')}
    public ${name}(ClientCore core) {
        this.core = core;
${children.map((c) => `        this.${c.field} = new ${c.type}(core);\n`).join('')}    }
${children.map((c) => `\n    public ${c.type} ${c.field}() {\n        return ${c.field};\n    }\n`).join('')}${resource.methods.map((m) => methodSource(m) + (m.polling ? pollingSource(m, model) : '')).join('')}}
`;
  const modelTypes = Object.fromEntries(
    [...Object.keys(model.schemas), ...model.methods.flatMap((m) => (m.params ? [m.params.type] : []))].map((type) => [type, `io.cognitionos.models.${type}`]),
  );
  const imports = importsFor(body, {
    ...COMMON_IMPORTS,
    ...modelTypes,
    ClientCore: 'io.cognitionos.internal.ClientCore',
    PathTemplate: 'io.cognitionos.internal.PathTemplate',
    Polling: 'io.cognitionos.internal.Polling',
    Page: 'io.cognitionos.Page',
    RequestOptions: 'io.cognitionos.RequestOptions',
  });
  return `${EMITTED_HEADER}\npackage io.cognitionos.services;\n\n${imports}\n\n${body}`;
}
