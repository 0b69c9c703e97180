// sdks/typescript/README.md: install, quick start, every resource's methods (from the spec, so
// the list cannot drift), then errors, retries, pagination and configuration.
import type { Method, Resource, SdkModel } from './resource-tree.ts';
import { PACKAGE_NAME } from './emit-package.ts';

export function emitReadme(spec: Record<string, any>, model: SdkModel): string {
  const client = model.clientName;
  return `<!-- Generated from spec/openapi.json by generators/typescript. Do not edit. -->
# ${PACKAGE_NAME}

TypeScript SDK for the ${spec.info.title} (spec version ${spec.info.version}). No runtime
dependency: it uses the platform's \`fetch\` (Node >= 20, browsers, edge runtimes) and accepts
your own. ESM and CommonJS, with type declarations.

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

${model.resources.map((r) => resourceSection(r, 'client')).join('\n')}
## Errors

Every failure is a \`CognitionOSError\`. Answers other than 2xx throw an \`APIError\` subclass with
\`status\`, \`problem\` (the RFC 9457 body, with \`errors[]\` naming bad fields), \`headers\` and
\`requestId\` (the response's X-Request-Id). The API key never appears in a message.

| status | class |
| --- | --- |
| 400 | \`BadRequestError\` |
| 401 | \`AuthenticationError\` |
| 403 | \`PermissionDeniedError\` |
| 404 | \`NotFoundError\` |
| 409 | \`ConflictError\` |
| 422 | \`UnprocessableEntityError\` |
| 429 | \`RateLimitError\` |
| >= 500 | \`InternalServerError\` |
| no answer | \`APIConnectionError\`; \`APITimeoutError\` (a subclass) when the timeout fired |
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

Connection errors, timeouts, 408, 409, 429 and 5xx are retried (default \`maxRetries: 2\`) with
exponential backoff: 0.5 s doubling, capped at 8 s, minus up to 25% jitter; a \`Retry-After\`
(seconds or HTTP-date, up to 60 s) is honoured instead. Only GET, DELETE and requests carrying an
\`Idempotency-Key\` are retried. Every POST gets a generated \`Idempotency-Key\`, the same on every
retry of that call, so a retried create never duplicates; set your own with \`idempotencyKey\`.
Retries carry \`CognitionOS-Retry-Count: n\`. Each attempt times out after \`timeout\` ms
(default 60 000).

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
| \`apiKey\` | \`COGNITIONOS_API_KEY\` | sent as \`Authorization: Bearer ...\` |
| \`baseURL\` | \`COGNITIONOS_BASE_URL\`, else \`${spec.servers?.[0]?.url ?? ''}\` | includes the \`/api/v3\` prefix |
| \`maxRetries\` | 2 | per client; per request too |
| \`timeout\` | 60 000 ms | per attempt; per request too |
| \`fetch\` | \`globalThis.fetch\` | e.g. undici's \`fetch\` with a tuned \`Agent\` |
| \`defaultHeaders\` | | sent on every request; \`null\` removes a header |

Per request, the last argument takes \`{ maxRetries, timeout, headers, signal, idempotencyKey }\`.
\`.withResponse()\` on any call gives \`{ data, response }\` with the raw \`Response\`:

\`\`\`ts
const { data: tenant, response } = await client.tenants.retrieve(id).withResponse();
console.log(response.headers.get('x-request-id'));
\`\`\`

Unknown fields, enum values and step types a newer server sends are kept as they arrived: nothing
is validated away.
`;
}

function resourceSection(resource: Resource, parent: string): string {
  const accessor = `${parent}.${resource.property}`;
  const rows = resource.methods.flatMap((m) => methodRows(accessor, m));
  const own = rows.length ? `### \`${accessor}\`\n\n| method | HTTP |\n| --- | --- |\n${rows.join('\n')}\n` : '';
  return own + resource.children.map((child) => `\n${resourceSection(child, accessor)}`).join('');
}

function methodRows(accessor: string, method: Method): string[] {
  const args = [...method.pathParams, ...(method.params ? [method.params.required ? 'params' : 'params?'] : [])].join(', ');
  const http = `\`${method.httpMethod.toUpperCase()} ${method.path}\``;
  const row = `| \`${accessor}.${method.name}(${args})\` | ${http}${method.summary ? `: ${method.summary}` : ''} |`;
  if (!method.pollWhile) return [row];
  return [row, `| \`${accessor}.createAndPoll(${args})\` | ${http}, then polls \`retrieve\` until done |`];
}
