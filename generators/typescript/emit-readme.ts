// sdks/typescript/README.md: install, quick start, every resource's methods (from the spec, so
// the list cannot drift), then errors, retries, pagination and configuration.
import type { Method, Resource, SdkModel } from '../model/types.ts';
import type { Policy } from '../policy/policy.ts';
import { renderErrorTable, renderRetryPolicy, type PolicySpelling } from '../policy/readme.ts';
import { PACKAGE_NAME } from './emit-package.ts';
import { errorClassName } from './emit-policy.ts';
import { argName, clientName, methodName, propertyName } from './naming.ts';

const SPELLING: PolicySpelling = {
  errorClass: errorClassName,
  connectionError: 'APIConnectionError',
  timeoutError: 'APITimeoutError',
  pollTimeoutError: 'PollTimeoutError',
  maxRetriesOption: 'maxRetries',
  timeoutOption: 'timeout',
  idempotencyKeyOption: 'idempotencyKey',
  errorIdempotencyKey: 'error.idempotencyKey',
  timeoutUnit: 'ms',
};

export function emitReadme(model: SdkModel, policy: Policy): string {
  const client = clientName(model);
  const head = `import { ${client} } from '${PACKAGE_NAME}';\n\nconst client = new ${client}();`;
  const withImports = (names: string[]) => `import { ${[client, ...names].sort().join(', ')} } from '${PACKAGE_NAME}';\n\nconst client = new ${client}();`;
  return `<!-- Generated from spec/openapi.json by generators/typescript. Do not edit. -->
# ${PACKAGE_NAME}

TypeScript SDK for the ${model.title} (spec version ${model.specVersion}). No runtime
dependency: it uses the platform's \`fetch\` (Node >= 20, browsers, edge runtimes) by default, and
in Node the faster undici transport (see [Transports and proxies](#transports-and-proxies)). ESM and
CommonJS, with type declarations carrying the spec's documentation. Every method, its HTTP call,
params and return type: [api.md](api.md).

## Install

\`\`\`sh
npm install ${PACKAGE_NAME}
\`\`\`

## Quick start

\`\`\`ts
import { ${client} } from '${PACKAGE_NAME}';

const client = new ${client}({ apiKey: process.env['${policy.environment.apiKey}'] });
const tenant = await client.tenants.create({ name: 'Acme' });
console.log(tenant.id);
for await (const t of client.tenants.list({ limit: 50 })) console.log(t.id, t.name);
\`\`\`

Path parameters are leading arguments, then one params object (body or query), then per-request
options: \`client.tenants.apiKeys.create(tenantId, { name: 'ci' })\`. A params object whose fields
are all optional may be left out (a body is then sent as \`{}\`). Field names are the API's own
(snake_case). Every type is exported by name (\`Tenant\`, \`TenantCreateParams\`,
\`TenantListParams\`, ...).

## Resources and methods

An id is always sent as one path segment (\`/\`, \`?\`, \`#\` and \`%\` are escaped); an empty, \`.\` or \`..\`
id is refused with a \`BadRequestError\` naming the parameter before any request is sent.
Signatures and types: [api.md](api.md).

${model.resources.map((r) => resourceSection(r, 'client')).join('\n')}
## Errors

Every failure is a \`CognitionOSError\`. Answers other than 2xx throw an \`APIError\` subclass with
\`status\`, \`problem\` (the RFC 9457 body, with \`errors[]\` naming bad fields), \`headers\` and
\`requestId\` (the response's X-Request-Id). The message names the call by the spec's path
(\`POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ...\`). The API key
never appears in a message (the server's own words, such as a hint about a malformed key, stay).

${renderErrorTable(policy, SPELLING)}
| your signal aborted | \`APIUserAbortError\` |

\`\`\`ts
${withImports(['NotFoundError'])}
try {
  await client.tenants.retrieve('ten_missing');
} catch (error) {
  if (error instanceof NotFoundError) console.log(error.status, error.requestId, error.problem?.detail);
  else throw error;
}
\`\`\`

A secret the API returns once (the \`secret\` of a new API key) is shown as a short prefix
(\`cog_live_ab…\`) by \`console.log\` and \`util.inspect\`; the object and \`JSON.stringify\` keep it whole.

## Retries, timeouts and idempotency

${renderRetryPolicy(policy, SPELLING)}

The server has the last word: an error answer with \`${policy.retries.shouldRetryHeader}: false\` (a state conflict, such as
cancelling a finished execution) is never retried, and one with \`${policy.retries.shouldRetryHeader}: true\` is retried even
when its status is not in the list above.

\`\`\`ts
${withImports(['APIError'])}
try {
  await client.tenants.create({ name: 'Acme' });
} catch (error) {
  // Written or not, the same key makes the second try return the first one's answer.
  if (error instanceof APIError && error.idempotencyKey) await client.tenants.create({ name: 'Acme' }, { idempotencyKey: error.idempotencyKey });
  else throw error;
}
\`\`\`

## Pagination

List methods return a \`PagePromise\`: \`await\` it for one page (\`data\`, \`has_more\`,
\`next_cursor\`, \`hasNextPage()\`, \`getNextPage()\`), or \`for await\` it to walk every item of
every page.

\`\`\`ts
${head}
const page = await client.tenants.list({ limit: 20 });
console.log(page.data.length, page.hasNextPage());
for await (const tenant of client.tenants.list()) console.log(tenant.id);
\`\`\`

## Configuration

| option | default | |
| --- | --- | --- |
| \`apiKey\` | \`${policy.environment.apiKey}\` | sent as \`Authorization: Bearer ...\` |
| \`baseURL\` | \`${policy.environment.baseUrl}\`, else \`${policy.environment.defaultBaseUrl}\` | includes the \`/api/v3\` prefix |
| \`maxRetries\` | ${policy.retries.maxRetries} | per client; per request too |
| \`timeout\` | ${policy.timeouts.requestMs} ms | per attempt; per request too |
| \`transport\` | \`createFetchTransport()\` | how requests travel; see [Transports and proxies](#transports-and-proxies) |
| \`defaultHeaders\` | | sent on every request; \`null\` removes a header |
| \`middleware\` | \`[]\` | functions around each attempt; see [Middleware](#middleware) |
| \`logger\` | \`console\` | receives the records \`${policy.environment.log}\` asks for; see [Logging](#logging) |

Per request, the last argument takes \`{ maxRetries, timeout, headers, signal, idempotencyKey }\`.
Unknown fields, enum values and step types a newer server sends are kept as they arrived: nothing
is validated away.

## Raw response

\`.withResponse()\` on any call gives \`{ data, response }\`: the same parsed object, and the raw
answer (\`status\`, \`statusText\`, \`headers\`, \`body\` text).

\`\`\`ts
${head}
const { data: tenant, response } = await client.tenants.retrieve('ten_123').withResponse();
console.log(tenant.name, response.status, response.headers.get('x-request-id'));
\`\`\`

## Transports and proxies

The client hands each attempt to a transport (send a request, get status, headers and body);
retries, timeouts, idempotency keys, errors and forward compatibility live above it, so they behave
the same on every transport (the contract suite runs on both).

- \`createFetchTransport(fetch?)\` (default): the platform's \`fetch\`, or one you pass (a test
  double, an instrumented fetch).
- \`createUndiciTransport({ connections, pipelining, dispatcher })\` from \`${PACKAGE_NAME}/undici\`:
  \`undici.request\` on a keep-alive \`Agent\`, for Node; it skips fetch's WHATWG streams and serves
  far more calls per second. undici is an optional peer dependency (\`npm install undici\`, 6.21+ or 7).
  Its \`dispatcher\` takes any undici dispatcher: a \`ProxyAgent\` sends every call through a proxy.

\`\`\`ts
import { ${client} } from '${PACKAGE_NAME}';
import { createUndiciTransport } from '${PACKAGE_NAME}/undici';
import { ProxyAgent } from 'undici';

const fast = new ${client}({ transport: createUndiciTransport({ connections: 64 }) });
const proxied = new ${client}({ transport: createUndiciTransport({ dispatcher: new ProxyAgent('http://proxy.internal:3128') }) });
console.log(fast.baseURL, proxied.baseURL);
\`\`\`

\`\`\`ts
import { ${client}, createFetchTransport } from '${PACKAGE_NAME}';

// Any function with fetch's signature: here one that counts the requests it sends.
let sent = 0;
const client = new ${client}({ transport: createFetchTransport((url, init) => { sent++; return fetch(url, init); }) });
await client.health.check();
console.log(sent);
\`\`\`

## Middleware

\`middleware\` functions run around each attempt, the first one outermost: a retried call passes
through them once per attempt (retries carry \`${policy.retries.retryCountHeader}\`). One may change the request, must
call \`next\` to send it, and may read or replace the answer.

\`\`\`ts
import { ${client}, type Middleware } from '${PACKAGE_NAME}';

const timing: Middleware = async (request, next) => {
  const started = Date.now();
  const response = await next({ ...request, headers: { ...request.headers, 'x-team': 'billing' } });
  console.log(request.method, request.url, response.status, Date.now() - started, 'ms');
  return response;
};
const client = new ${client}({ middleware: [timing] });
await client.tenants.list();
\`\`\`

## Logging

\`${policy.environment.log}=debug\` (or \`info\`, \`warn\`, \`error\`, \`off\`) logs one record per attempt (method,
path, status, request id, attempt number, elapsed ms) and one per retry, to \`console\` or to the
\`logger\` you give (anything with \`debug\`, \`info\`, \`warn\` and \`error\`: console, pino, winston).
A given logger gets every record unless \`${policy.environment.log}\` says otherwise. Records never hold a
header or a body: the API key and secrets cannot reach a log.

\`\`\`ts
import { ${client}, type Logger } from '${PACKAGE_NAME}';

const logger: Logger = {
  debug: (message, fields) => console.error(message, JSON.stringify(fields)),
  info: (message, fields) => console.error(message, JSON.stringify(fields)),
  warn: (message, fields) => console.error(message, JSON.stringify(fields)),
  error: (message, fields) => console.error(message, JSON.stringify(fields)),
};
const client = new ${client}({ logger });
await client.health.check();
\`\`\`

## Trace context

When your app uses OpenTelemetry (\`@opentelemetry/api\`, with a registered context manager and
propagator, as the OpenTelemetry Node SDK sets up) and a span is active, every request carries its
W3C \`traceparent\` and \`tracestate\`, so the server's work joins your trace; the server answers a
\`traceresponse\` header with the same trace id. \`@opentelemetry/api\` is an optional peer
dependency, loaded only if installed: without it nothing is sent and nothing is added to your install.

\`\`\`ts
import { trace } from '@opentelemetry/api';
import { ${client} } from '${PACKAGE_NAME}';

const client = new ${client}();
await trace.getTracer('billing').startActiveSpan('monthly-report', async (span) => {
  const { response } = await client.usage.summary({ start: '2026-11-01T00:00:00Z', end: '2026-12-01T00:00:00Z' }).withResponse();
  console.log(response.headers.get('traceresponse'));
  span.end();
});
\`\`\`
`;
}

function resourceSection(resource: Resource, parent: string): string {
  const accessor = `${parent}.${propertyName(resource)}`;
  const rows = resource.methods.flatMap((m) => methodRows(accessor, m));
  const own = rows.length ? `### \`${accessor}\`\n\n| method | HTTP |\n| --- | --- |\n${rows.join('\n')}\n` : '';
  return own + resource.children.map((child) => `\n${resourceSection(child, accessor)}`).join('');
}

function methodRows(accessor: string, method: Method): string[] {
  const args = [...method.pathParams.map(argName), ...(method.params ? [method.params.required ? 'params' : 'params?'] : [])].join(', ');
  const http = `\`${method.httpMethod.toUpperCase()} ${method.path}\``;
  const row = `| \`${accessor}.${methodName(method)}(${args})\` | ${http}${method.summary ? `: ${method.summary}` : ''} |`;
  if (!method.polling) return [row];
  const { statusField, terminal } = method.polling;
  return [row, `| \`${accessor}.createAndPoll(${args})\` | ${http}, then polls until \`${statusField}\` is ${terminal.join(', ')} |`];
}
