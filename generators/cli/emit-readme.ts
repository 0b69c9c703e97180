// sdks/cli/README.md: install, log in, the commands (one line per command, from the table), output
// formats, credentials, lists/waits/writes, exit codes (from the runtime's table) and completion.
import type { Policy } from '../policy/policy.ts';
import type { SdkModel } from '../model/types.ts';
import { EXIT_CODES } from './runtime/errors.ts';
import { BIN, type TableEntry } from './command-table.ts';
import { CLI_PACKAGE, SDK_PACKAGE } from './emit-package.ts';

export function emitReadme(model: SdkModel, policy: Policy, table: TableEntry[]): string {
  const commands = table.map(({ spec }) => {
    const alias = spec.aliases.some((a) => a.length) || spec.verbAliases.length ? ` (alias: ${[...spec.aliases.map((a, i) => a[0] ?? spec.resource[i]), ...(spec.verbAliases.length ? [spec.verbAliases[0]] : [spec.verb])].join(' ')})` : '';
    const usage = [...spec.resource, spec.verb, ...spec.positionals.map((p) => `<${p.name}>`)].join(' ');
    return `| \`${usage}\`${alias} | ${spec.summary} | \`${spec.httpMethod} ${spec.path}\` |`;
  });
  const env = policy.environment;
  return `# ${CLI_PACKAGE}

\`${BIN}\`: the command line of the ${model.title} (spec ${model.specVersion}). It is generated from
the same SDK model as the SDKs and calls the API through the TypeScript SDK (\`${SDK_PACKAGE}\`), so
retries, paging, idempotency keys and errors are the SDK's own. Node >= 20.

## Install

\`\`\`sh
npm install -g ${CLI_PACKAGE}      # then: ${BIN} --help
npx ${CLI_PACKAGE} tenant list     # or without installing
\`\`\`

In this repository, \`npm ci\` builds it (the root \`prepare\` script builds the TypeScript SDK and
this package), then: \`npm exec ${BIN} -- tenant list\`. After changing the generator or runtime:
\`npm run generate && npm run build -w ${CLI_PACKAGE}\`.

## First steps

\`\`\`sh
${BIN} auth login                                  # asks for the key (not echoed), checks it, stores it
${BIN} tenant list                                 # a table on a terminal
${BIN} tenants list --format json                  # JSON (the default when piped)
${BIN} tenants create --name acme --metadata env=prod
${BIN} tenants api-keys create <tenant_id> --name ci   # the secret is shown once
${BIN} workflows executions create <workflow_id> --input '{"x":1}' --wait
${BIN} tenants retrieve ten_missing; echo $?       # 3: not found
\`\`\`

## Commands

\`${BIN} <resource> [<sub-resource>] <verb> [path ids...] [--flags]\`. Resource names are kebab case,
plural as the SDK spells them, with the singular as an alias (\`tenants list\` = \`tenant list\`);
\`get\` is an alias of \`retrieve\`. Path ids are positional, in path order. Every body or query
field is a flag in kebab case (\`--top-k\`), typed from the spec: numbers and booleans are parsed
(\`--enabled\` / \`--no-enabled\`), enum values are checked (\`--help\` lists them), maps and objects
take JSON (\`--metadata '{"env":"prod"}'\`) and maps also repeated \`key=value\`, lists take repeats or
commas. \`--data '<json>'\`, \`--data @file.json\` or \`--data -\` (stdin) gives the whole body; flags
override its fields. Each command's \`--help\` shows the spec's summary, every flag and an example.

| command | does | request |
| --- | --- | --- |
${commands.join('\n')}

Also: \`${BIN} auth login|status|logout\`, \`${BIN} api <METHOD> <path> [--data ...]\` (any request,
e.g. \`${BIN} api GET '/tenants?limit=2'\`), \`${BIN} completion bash|zsh|fish\`.

## Output

\`--format auto|table|json|jsonl|yaml\`: \`auto\` is a table when stdout is a terminal and JSON when it
is piped. Data goes to stdout only; messages, progress and errors go to stderr. \`--fields id,name\`
picks columns (table) or keys (json, jsonl, yaml). \`NO_COLOR\` turns colour off.

A list prints one page (\`--limit\`, \`--cursor\`; in JSON the page object \`{data, has_more,
next_cursor}\`); \`--all\` follows every page, writing each as it arrives (\`jsonl\`: one line per item;
\`json\`: one array).

\`--include\` (\`-i\`) prints the answer's status line and headers before its body, as \`curl -i\` does:
\`HTTP/1.1 200 OK\`, one \`name: value\` line per header (\`x-request-id\`, \`cognitionos-spec-version\`,
\`traceresponse\`, ...), a blank line, then the body in the chosen format. It shows one answer, so it is
refused with \`--all\` and \`--wait\`; an error prints no head (its message names the request id).

\`\`\`sh
${BIN} tenants retrieve <tenant_id> --include
${BIN} health check --include
\`\`\`

## Tracing and logging

A command started inside a trace joins it: \`TRACEPARENT\` (and \`TRACESTATE\`) in the environment, the
OpenTelemetry convention for processes, are sent as the W3C \`traceparent\` and \`tracestate\` headers
of every request. The server continues the trace and answers a \`traceresponse\` header with the same
trace id, which \`--include\` shows. A malformed \`TRACEPARENT\` is not sent: the command says so on
stderr and runs anyway.

\`\`\`sh
export TRACEPARENT=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
${BIN} tenants list --limit 1 --include    # traceresponse: 00-4bf92f3577b34da6a3ce929d0e0e4736-...
\`\`\`

\`${env.log}=debug\` logs the SDK's record of each attempt (method, path, status, request id, attempt,
elapsed milliseconds; never a header or body) on stderr, \`info\` only its retries; stdout keeps the data alone.

## Credentials and target

The key: \`--api-key\`, then \`${env.apiKey}\`, then the profile written by \`${BIN} auth login\`
(\`--profile NAME\`, default \`default\`), stored in \`$XDG_CONFIG_HOME/${model.name.toLowerCase()}/config.json\`
(\`~/.config\` when unset) with mode 0600. \`auth login\` reads the key from the terminal without echo,
or from stdin when piped (\`echo "$KEY" | ${BIN} auth login\`), and checks it against the API first.
\`auth status\` shows the key's prefix, where it came from and the base URL, never the key;
\`auth logout\` removes the profile. The base URL: \`--base-url\`, then \`${env.baseUrl}\`, then the
profile's, then \`${env.defaultBaseUrl}\`.

## Waits and writes

\`workflows executions create <workflow_id> --wait\` starts an execution and re-reads it until it
ends, with a progress line on stderr (status, step, elapsed) when stderr is a terminal; it exits 1
unless the execution succeeded. Destructive verbs (delete, revoke, uninstall, cancel) ask for
confirmation on a terminal unless \`--yes\`, and refuse without \`--yes\` when stdin is not a terminal.
\`--dry-run\` prints the request (method, URL, headers with the key redacted, body) and sends nothing.
\`--idempotency-key\` sends your own key (by default the SDK sends one per POST and keeps it across
retries); \`--timeout <ms>\` and \`--max-retries <n>\` tune the SDK's per-attempt timeout and retries.

## Errors and exit codes

The stderr message is the SDK's: the call (method and the spec's path template), the status, the
problem's title and detail, the field errors and the request id, e.g. \`error: POST
/workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ...\` (with \`--format json\`:
the problem object). No key is ever printed. The SDK retries only what may be retried: the server's
\`x-should-retry\` header decides first, so a state conflict such as cancelling a finished execution is
sent once and exits 5 at once.

| code | meaning |
| --- | --- |
${EXIT_CODES.map(([code, meaning]) => `| ${code} | ${meaning} |`).join('\n')}

## Shell completion

\`\`\`sh
eval "$(${BIN} completion bash)"                                   # bash (~/.bashrc)
${BIN} completion zsh > "\${fpath[1]}/_${BIN}"                      # zsh
${BIN} completion fish > ~/.config/fish/completions/${BIN}.fish     # fish
\`\`\`
`;
}
