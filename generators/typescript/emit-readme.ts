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
  maxRetriesOption: 'maxRetries',
  timeoutOption: 'timeout',
  idempotencyKeyOption: 'idempotencyKey',
  errorIdempotencyKey: 'error.idempotencyKey',
  timeoutUnit: 'ms',
};

export function emitReadme(model: SdkModel, policy: Policy): string {
  const client = clientName(model);
  return `<!-- Generated from spec/openapi.json by generators/typescript. Do not edit. -->
# ${PACKAGE_NAME}

TypeScript SDK for the ${model.title} (spec version ${model.specVersion}). No runtime
dependency: it uses the platform's \`fetch\` (Node >= 20, browsers, edge runtimes) by default, and
in Node the faster undici transport (see [Transports](#transports)). ESM and CommonJS, with type
declarations.

## Install

\`\`\`sh
npm install ${PACKAGE_NAME}
\`\`\`

## Quick start

\`\`\`ts
import { ${client} } from '${PACKAGE_NAME}';

const client = new ${client}({ apiKey: 'cog_...' });
const tenant = await client.tenants.create({ name: 'Acme' });
for await (const t of client.tenants.list({ limit: 50 })) console.log(t.id, t.name);
\`\`\`

Path parameters are leading arguments, then one params object (body or query), then per-request
options: \`client.tenants.apiKeys.create(tenantId, { name: 'ci' })\`. Field names are the API's
own (snake_case). Every type is exported by name (\`Tenant\`, \`TenantCreateParams\`,
\`TenantListParams\`, ...).

## Resources and methods

An id is always sent as one path segment (\`/\`, \`?\`, \`#\` and \`%\` are escaped); an empty, \`.\` or \`..\`
id is refused with a \`BadRequestError\` naming the parameter before any request is sent.

${model.resources.map((r) => resourceSection(r, 'client')).join('\n')}
## Errors

Every failure is a \`CognitionOSError\`. Answers other than 2xx throw an \`APIError\` subclass with
\`status\`, \`problem\` (the RFC 9457 body, with \`errors[]\` naming bad fields), \`headers\` and
\`requestId\` (the response's X-Request-Id). The API key never appears in a message.

${renderErrorTable(policy, SPELLING)}
| your signal aborted | \`APIUserAbortError\` |

\`\`\`ts
import { NotFoundError } from '${PACKAGE_NAME}';
try {
  await client.tenants.retrieve('ten_missing');
} catch (error) {
  if (error instanceof NotFoundError) console.log(error.status, error.requestId, error.problem?.detail);
  else throw error;
}
\`\`\`

## Retries, timeouts and idempotency

${renderRetryPolicy(policy, SPELLING)}

\`\`\`ts
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
const page = await client.tenants.list({ limit: 20 });
for await (const tenant of client.tenants.list()) console.log(tenant.id);
\`\`\`

## Configuration

| option | default | |
| --- | --- | --- |
| \`apiKey\` | \`${policy.environment.apiKey}\` | sent as \`Authorization: Bearer ...\` |
| \`baseURL\` | \`${policy.environment.baseUrl}\`, else \`${policy.environment.defaultBaseUrl}\` | includes the \`/api/v3\` prefix |
| \`maxRetries\` | ${policy.retries.maxRetries} | per client; per request too |
| \`timeout\` | ${policy.timeouts.requestMs} ms | per attempt; per request too |
| \`transport\` | \`createFetchTransport()\` | how requests travel; see [Transports](#transports) |
| \`defaultHeaders\` | | sent on every request; \`null\` removes a header |

Per request, the last argument takes \`{ maxRetries, timeout, headers, signal, idempotencyKey }\`.
\`.withResponse()\` on any call gives \`{ data, response }\` with the raw answer (\`status\`,
\`statusText\`, \`headers\`, \`body\` text):

\`\`\`ts
const { data: tenant, response } = await client.tenants.retrieve(id).withResponse();
console.log(response.headers.get('x-request-id'));
\`\`\`

Unknown fields, enum values and step types a newer server sends are kept as they arrived: nothing
is validated away.

## Transports

The client hands each attempt to a transport (send a request, get status, headers and body);
retries, timeouts, idempotency keys, errors and forward compatibility live above it, so they behave
the same on every transport (the contract suite runs on both).

- \`createFetchTransport(fetch?)\` (default): the platform's \`fetch\`, or one you pass.
- \`createUndiciTransport({ connections, pipelining, dispatcher })\` from \`${PACKAGE_NAME}/undici\`:
  \`undici.request\` on a keep-alive \`Agent\`, for Node; it skips fetch's WHATWG streams and serves
  far more calls per second. undici is an optional peer dependency (\`npm install undici\`, 6.21+ or 7).

\`\`\`ts
import { ${client} } from '${PACKAGE_NAME}';
import { createUndiciTransport } from '${PACKAGE_NAME}/undici';

const client = new ${client}({ transport: createUndiciTransport({ connections: 64 }) });
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
