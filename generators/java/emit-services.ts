// io.cognitionos.services: one class per resource, in two flavors: blocking (`TenantsService`) and
// asynchronous (`TenantsServiceAsync`, every method answering a CompletableFuture). Path parameters
// lead, then the params object, then RequestOptions; overloads drop what may be omitted. Nested
// resources are accessor methods. Each call sends its params where the model places them: query
// fields in the URL, the others as the JSON body.
import type { Method, Resource, SdkModel } from '../model/types.ts';
import { hasClass, objectType } from './emit-models.ts';
import { COMMON_IMPORTS, EMITTED_HEADER, importsFor, quietDeprecated } from './header.ts';
import { javaType } from './java-types.ts';
import { camel, docText, documented, javadoc, literal, type DocTags } from './naming.ts';
import { pascalCase } from '../model/naming.ts';

export interface Flavor {
  suffix: '' | 'Async';
  /** The Java type a method of this flavor returns for a response type (`void` for none). */
  returns(type: string): string;
}

export const BLOCKING: Flavor = { suffix: '', returns: (type) => type };
// An async list answers an AsyncPage, whose later pages arrive without blocking too.
export const ASYNC: Flavor = { suffix: 'Async', returns: (type) => `CompletableFuture<${type === 'void' ? 'Void' : type.replace(/^Page</, 'AsyncPage<').replace(/^RawResponse<Page</, 'RawResponse<AsyncPage<')}>` };

export const serviceClass = (resource: Resource, flavor: Flavor = BLOCKING) => `${pascalCase(resource.qualifiedWords.flat())}Service${flavor.suffix}`;

interface Signature {
  returns: string;
  /** Parameter declarations, in order, the arguments that forward them and their javadoc. */
  params: { decl: string; arg: string; doc: string; optional?: 'params' | 'options' }[];
}

/** The Java type a method answers: void, Page<item>, or the response type as Java spells it. */
export function responseType(method: Method, model: Pick<SdkModel, 'types'>): string {
  const response = method.response;
  if (response.kind === 'none') return 'void';
  if (response.kind === 'page') return `Page<${javaType({ kind: 'named', name: response.item }, model).boxed}>`;
  return javaType({ kind: 'named', name: response.type }, model).boxed;
}

function signature(method: Method, model: SdkModel, flavor: Flavor): Signature {
  const params: Signature['params'] = method.pathParams.map((field) => ({ decl: `String ${camel(field.words)}`, arg: camel(field.words), doc: pathParamDoc(field) }));
  if (method.params) params.push({ decl: `${method.params.type} params`, arg: 'params', doc: paramsDoc(method), ...(method.params.required ? {} : { optional: 'params' as const }) });
  params.push({ decl: 'RequestOptions options', arg: 'options', doc: OPTIONS_DOC, optional: 'options' });
  return { returns: flavor.returns(responseType(method, model)), params };
}

const OMITTED: Record<string, string> = { params: 'null', options: 'RequestOptions.none()' };

const OPTIONS_DOC = 'this call\'s settings (retries, timeout, headers, idempotency key), over the client\'s';

const pathParamDoc = (field: Method['pathParams'][number]) => (field.description ? docText(field.description) : `the {@code ${field.wire}} path parameter`);

function paramsDoc(method: Method): string {
  const params = method.params!;
  if (params.required) return `the {@link ${params.type}}`;
  return `the {@link ${params.type}}; null leaves every field out (${params.in === 'body' ? 'the body is {@code {}}' : 'no query'})`;
}

/** What @return says: the value a method answers, wrapped as its flavor and raw-ness wrap it. */
function returnsDoc(method: Method, model: SdkModel, flavor: Flavor, raw: boolean): string | undefined {
  const response = method.response;
  let value = response.kind === 'none' ? undefined
    : response.kind === 'page' ? `the first page of {@link ${javaType({ kind: 'named', name: response.item }, model).boxed}}, whose {@code autoPager()} reads the pages after it`
    : `the {@link ${javaType({ kind: 'named', name: response.type }, model).boxed.replace(/<.*/, '')}}`;
  if (raw) value = `the status and headers${value ? `, beside ${value}` : ' (no value)'}`;
  if (flavor === ASYNC) return value ? `a future of ${value}` : 'a future completed when the call succeeds';
  return value;
}

/** The javadoc of one overload: the spec's summary and description, the HTTP call, its parameters. */
function methodDoc(method: Method, kept: Signature['params'], returns: string | undefined): string {
  const lines = [method.summary, method.description !== method.summary ? method.description : undefined, `Sends \`${method.httpMethod.toUpperCase()} ${method.path}\`.`];
  const tags: DocTags = { params: kept.map((p) => [p.arg, p.doc]), ...(returns ? { returns } : {}) };
  return documented('    ', lines, tags);
}

// The full method, an overload without RequestOptions and, when the params may be omitted, one without both.
function methodSource(method: Method, model: SdkModel, flavor: Flavor, raw = false): string {
  const { returns: plain, params } = signature(method, model, flavor);
  const returns = raw ? rawReturns(method, model, flavor) : plain;
  const name = camel([method.verb]);
  const returned = returnsDoc(method, model, flavor, raw);
  const result = returns === 'void' ? '' : 'return ';
  const deprecated = method.deprecated ? '    @Deprecated\n' : '';
  const shorter = [params.filter((p) => p.optional !== 'options')];
  if (params.some((p) => p.optional === 'params')) shorter.push(params.filter((p) => !p.optional));
  const overload = (kept: Signature['params']) => `
${methodDoc(method, kept, returned)}${deprecated}    public ${returns} ${name}(${kept.map((p) => p.decl).join(', ')}) {
        ${result}${name}(${params.map((p) => (kept.includes(p) ? p.arg : OMITTED[p.optional!])).join(', ')});
    }
`;
  return `${shorter.map(overload).join('')}
${methodDoc(method, params, returned)}${deprecated}    public ${returns} ${name}(${params.map((p) => p.decl).join(', ')}) {
        ${result}${call(method, model, flavor, raw ? 'Raw' : '')};
    }
`;
}

/** What a method of withRawResponse() answers: RawResponse of what the plain method answers. */
function rawReturns(method: Method, model: SdkModel, flavor: Flavor): string {
  const type = responseType(method, model);
  return flavor.returns(`RawResponse<${type === 'void' ? 'Void' : type}>`);
}

/** withRawResponse(): the same methods, each answering the status and headers beside the value. */
function rawSource(resource: Resource, model: SdkModel, flavor: Flavor): string {
  if (resource.methods.length === 0) return '';
  const indented = resource.methods.map((m) => methodSource(m, model, flavor, true).replace(/\n(?=.)/g, '\n    ')).join('');
  return `
    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** ${flavor === ASYNC ? 'Asynchronous calls' : 'Calls'} that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}
${indented}    }
`;
}

function call(method: Method, model: SdkModel, flavor: Flavor, raw = ''): string {
  const path = `${literal(method.path)}, PathTemplate.fill(${[literal(method.path), ...method.pathParams.flatMap((f) => [literal(camel(f.words)), camel(f.words)])].join(', ')})`;
  const response = method.response;
  if (response.kind === 'page') {
    // Pages are read with GET and the params in the URL, the cursor beside them.
    if (method.httpMethod !== 'get' || method.params?.in === 'body') throw new Error(`${method.operationId}: the Java SDK pages only GET calls whose params are all in the URL`);
    const item = javaType({ kind: 'named', name: response.item }, model);
    return `core.page${raw}${flavor.suffix}(${path}, ${method.params ? 'params' : 'null'}, options, ${item.decode})`;
  }
  const decode = response.kind === 'none' ? 'json -> null' : javaType({ kind: 'named', name: response.type }, model).decode;
  return `core.call${raw}${flavor.suffix}(${[literal(method.httpMethod.toUpperCase()), path, ...placed(method), 'options', decode].join(', ')})`;
}

/** The query and the body a call sends, as Java expressions (null for none). */
function placed(method: Method): [string, string] {
  const params = method.params;
  if (!params) return ['null', 'null'];
  if (params.in === 'query') return ['Wire.all(params)', 'null'];
  if (params.query.length === 0) return ['null', 'Wire.body(params)'];
  const names = params.query.map((f) => literal(f.wire)).join(', ');
  return [`Wire.only(params, ${names})`, `Wire.except(params, ${names})`];
}

// create-and-poll: the create, then the read the spec names, repeated until a terminal status.
function pollingSource(method: Method, model: SdkModel, flavor: Flavor): string {
  const polling = method.polling!;
  const retrieve = model.methods.find((m) => m.operationId === polling.retrieve)!;
  const created = responseType(method, model);
  const returns = flavor.returns(created);
  const statusField = objectType(model, created).fields.find((f) => f.wire === polling.statusField);
  const statusType = statusField && javaType(statusField.type, model);
  if (!statusField || !statusField.required || !(statusType!.boxed === 'String' || statusType!.enumeration === 'string')) {
    throw new Error(`${method.operationId}: polling reads ${created}.${polling.statusField}, which must be a required string or string enum`);
  }
  const status = `${camel(statusField.words)}()${statusType!.enumeration ? '.asString()' : ''}`;
  const ids = method.pathParams.map((f) => camel(f.words));
  const head = signature(method, model, flavor).params.filter((p) => p.optional !== 'options');
  const withParams = head.map((p) => p.decl).join(', ');
  const args = head.map((p) => p.arg).join(', ');
  const reread = `() -> ${retrieve.verb}(${[...ids, 'created.id()', 'options'].join(', ')})`;
  const until = `${reread}, current -> current.${status},\n                Set.of(${polling.terminal.map(literal).join(', ')}), pollInterval, maxWait)`;
  const options = `RequestOptions options`;
  const body = flavor === ASYNC
    ? `return ${method.verb}(${args}, options).thenCompose(created -> Polling.untilTerminalAsync(created, ${until});`
    : `${created} created = ${method.verb}(${args}, options);\n        return Polling.untilTerminal(created, ${until};`;
  const doc = (lines: string[], kept: Signature['params']) => documented('    ', lines, { params: kept.map((p) => [p.arg, p.doc]), returns: returnsDoc(method, model, flavor, false)! });
  const idParams = head.filter((p) => p.arg !== 'params');
  const full = [...head, signature(method, model, flavor).params.find((p) => p.arg === 'options')!];
  const withoutParams = method.params && !method.params.required ? `
${doc(['Starts one with no params and waits until it ends (see the overload with RequestOptions).'], idParams)}    public ${returns} createAndPoll(${idParams.map((p) => p.decl).join(', ')}) {
        return createAndPoll(${[...ids, 'null'].join(', ')}, RequestOptions.none());
    }
` : '';
  return `${withoutParams}
${doc([`Starts one and waits until it ends: polls every ${polling.intervalMs} ms, for up to ${polling.timeoutMs} ms.`], head)}    public ${returns} createAndPoll(${withParams}) {
        return createAndPoll(${args}, RequestOptions.none());
    }

${doc([`Starts one and reads it again every \`options.pollInterval()\` (default ${polling.intervalMs} ms) until its ${polling.statusField} is one of
${polling.terminal.join(', ')}; ${flavor === ASYNC ? 'fails with' : 'throws'} CognitionOSPollTimeoutException after \`options.pollTimeout()\` (default ${polling.timeoutMs} ms).
The other options apply to the create and to every read.`], full)}    public ${returns} createAndPoll(${withParams}, ${options}) {
        Duration pollInterval = options.pollInterval().orElse(Duration.ofMillis(${polling.intervalMs}));
        Duration maxWait = options.pollTimeout().orElse(Duration.ofMillis(${polling.timeoutMs}));
        ${body}
    }
`;
}

export function emitService(resource: Resource, model: SdkModel, flavor: Flavor): string {
  const name = serviceClass(resource, flavor);
  const children = resource.children.map((child) => ({ field: camel(child.words), type: serviceClass(child, flavor), id: child.id }));
  const what = flavor === ASYNC ? `The ${resource.id} operations, each answering a CompletableFuture.` : `The ${resource.id} operations.`;
  const body = `${javadoc('', what)}public final class ${name} {
    private final ClientCore core;
${resource.methods.length ? '    private final WithRawResponse raw = new WithRawResponse();\n' : ''}${children.map((c) => `    private final ${c.type} ${c.field};\n`).join('')}
    /** Built by the client (io.cognitionos.internal.Construct). */
    ${name}(ClientCore core) {
        this.core = core;
${children.map((c) => `        this.${c.field} = new ${c.type}(core);\n`).join('')}    }
${children.map((c) => `\n${documented('    ', [`The ${c.id} operations.`], { returns: 'that service' })}    public ${c.type} ${c.field}() {\n        return ${c.field};\n    }\n`).join('')}${resource.methods.map((m) => methodSource(m, model, flavor) + (m.polling ? pollingSource(m, model, flavor) : '')).join('')}${rawSource(resource, model, flavor)}}
`;
  const modelTypes = Object.fromEntries(
    [...model.types.filter(hasClass).map((t) => t.name), ...model.methods.flatMap((m) => (m.params ? [m.params.type] : []))].map((type) => [type, `io.cognitionos.models.${type}`]),
  );
  const imports = importsFor(body, {
    ...COMMON_IMPORTS,
    ...modelTypes,
    ClientCore: 'io.cognitionos.internal.ClientCore',
    PathTemplate: 'io.cognitionos.internal.PathTemplate',
    Wire: 'io.cognitionos.internal.Wire',
    Polling: 'io.cognitionos.internal.Polling',
    Page: 'io.cognitionos.Page',
    AsyncPage: 'io.cognitionos.AsyncPage',
    RawResponse: 'io.cognitionos.RawResponse',
    RequestOptions: 'io.cognitionos.RequestOptions',
    CompletableFuture: 'java.util.concurrent.CompletableFuture',
  });
  return `${EMITTED_HEADER}\npackage io.cognitionos.services;\n\n${imports}\n\n${quietDeprecated(body, name, model)}`;
}
