// sdks/mcp/README.md: how an MCP client starts the server, its flags, and every tool it serves.
import { allResources } from '../model/build.ts';
import type { SdkModel } from '../model/types.ts';
import { MCP_PACKAGE } from './emit-package.ts';
import { toolName } from './naming.ts';

export function emitReadme(model: SdkModel): string {
  const rows = allResources(model.resources).flatMap((resource) =>
    resource.methods.map((m) => `| \`${toolName(resource, m)}\` | ${m.summary} | \`${m.httpMethod.toUpperCase()} ${m.path}\` | ${hints(m.effects)} |`),
  );
  return `# ${MCP_PACKAGE}

An [MCP](https://modelcontextprotocol.io) server for the ${model.title}: AI agents call the API through one
tool per operation (\`tenants_list\`, \`workflows_executions_create\`, ...). It is generated from the same SDK
model as the SDKs and calls the API through the TypeScript SDK (\`@cognitionos/sdk\`), so retries,
idempotency keys, paging and error handling are the SDK's own.

## Configure your MCP client

Most clients (Claude Desktop, Cursor, VS Code, ...) take a block like this one:

\`\`\`json
{
  "mcpServers": {
    "cognitionos": {
      "command": "npx",
      "args": ["-y", "${MCP_PACKAGE}"],
      "env": {
        "COGNITIONOS_API_KEY": "cog_...",
        "COGNITIONOS_BASE_URL": "http://localhost:8100/api/v3"
      }
    }
  }
}
\`\`\`

Tools that delete, revoke, uninstall or cancel are served only when you add \`"--allow-destructive"\` to
\`args\`. In this repository, after \`npm ci\`, the same server runs as \`npm exec cognitionos-mcp\`.

## Command line

| flag | does |
| --- | --- |
| \`--transport stdio\\|http\` | stdio (default), or streamable HTTP on 127.0.0.1 (\`--port N\`, default 3333, at \`/mcp\`); an HTTP session may bring its own key as \`Authorization: Bearer cog_...\` |
| \`--resource GLOB\` | only the tools of matching resources, repeatable: \`--resource 'tenants*'\`, \`--resource workflows.executions\` |
| \`--operation read\\|write\` | only reads, or only writes |
| \`--tool NAME\` | only this tool, repeatable |
| \`--allow-destructive\` | also serve the destructive tools (marked below) |
| \`--tools dynamic\` | three tools instead of one per operation: \`list_api_endpoints\`, \`get_api_endpoint_schema\`, \`invoke_api_endpoint\` (its arguments are checked against the endpoint's schema), for clients that cope badly with many tools |
| \`--list\` | print the tools that would be served, then exit |

Credentials and target come from \`COGNITIONOS_API_KEY\` and \`COGNITIONOS_BASE_URL\` (which includes
\`/api/v3\`; default \`http://localhost:8100/api/v3\`), as in the SDKs. \`COGNITIONOS_LOG=debug\` logs the SDK's
record of each request (method, path, status, request id, attempt, elapsed) on stderr, never on stdout,
which belongs to the protocol over stdio. A wrong flag exits with code 2 and says which.

## What a tool answers

A result carries the API's JSON twice: as \`structuredContent\` and as text. A list answers one page,
\`{data, has_more, next_cursor}\`: pass \`cursor\` to get the next. \`workflows_executions_create\` takes
\`wait: true\` to run the execution to its end before answering. An API error is a result with
\`isError: true\` whose first line is the error class and the SDK's message (the call's method and path
template, the status, the problem's title and detail, the request id), e.g. \`ConflictError: POST
/workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ...\`; then a line per offending
field, the request id to quote to support and, for a write, the idempotency key to retry it with. It
never holds the API key. A call is retried only when the server's \`x-should-retry\` header (then the
SDK's policy) allows it.

## Trace context

A tool call may carry the caller's W3C trace context in its \`_meta\` (the convention under discussion
for MCP): \`{"_meta": {"traceparent": "00-<trace id>-<span id>-01", "tracestate": "..."}}\`. The server
sends them as the \`traceparent\` and \`tracestate\` headers of the call's requests, so the API's spans
join the caller's trace (the API answers a \`traceresponse\` with the same trace id). A malformed
\`traceparent\` is not forwarded (a line on stderr says so) and the call runs anyway.

## Tools

| tool | what it does | HTTP | hints |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}

function hints(effects: { readOnly: boolean; destructive: boolean; idempotent: boolean }): string {
  return [effects.readOnly && 'read-only', effects.destructive && 'destructive', effects.idempotent && 'idempotent'].filter(Boolean).join(', ');
}
