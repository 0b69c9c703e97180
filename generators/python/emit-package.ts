// The package around the resources: the client class, the public names, version, pyproject, README.
import type { SdkModel } from '../model/types.ts';
import type { Policy } from '../policy/policy.ts';
import { renderErrorTable, renderRetryPolicy, type PolicySpelling } from '../policy/readme.ts';
import { errorNames } from './emit-errors.ts';
import { classNames, modelImports, pollingArguments, preorder, rawClassName } from './emit-resource.ts';
import { ASYNC, FLAVORS, SYNC, type Flavor } from './flavor.ts';
import type { Operation, PyResource as Resource } from './naming.ts';
import { modelClasses } from './py-types.ts';
import { project } from '../project.ts';

const RUNTIME_DEPENDENCIES = [
  // The sync transport (urllib3's floor is below 2.7, which wants Python 3.10, so Python 3.9 resolves
  // 2.6.x) and what openapi-generator's models import.
  'urllib3>=2.1.0,<3',
  'pydantic>=2.11,<3',
  'typing-extensions>=4.7.1',
];

// Only AsyncCognitionOSClient needs aiohttp: `pip install 'cognitionos[async]'`.
const ASYNC_EXTRA = ['aiohttp>=3.9,<4'];
// Trace context (traceparent from the caller's active span): `pip install 'cognitionos[otel]'`.
const OTEL_EXTRA = ['opentelemetry-api>=1.20,<2'];

export function emitClient(resources: Resource[], policy: Policy): string {
  const properties = (flavor: Flavor, made: (r: Resource) => string, className: (r: Resource) => string) =>
    resources
      .map((r) => `\n    @property\n    def ${r.attribute}(self) -> ${className(r)}:\n        """${flavor.classPrefix ? 'async_client' : 'client'}.${r.attribute}"""\n        return ${made(r)}\n`)
      .join('');
  const resourceProperties = (flavor: Flavor) => properties(flavor, (r) => `${flavor.classPrefix}${r.className}(self)`, (r) => flavor.classPrefix + r.className);
  const rawProperties = (flavor: Flavor) =>
    properties(flavor, (r) => `${rawClassName(r, flavor)}(${flavor.classPrefix}${r.className}(self._client))`, (r) => rawClassName(r, flavor));
  const imported = FLAVORS.flatMap((flavor) => resources.flatMap((r) => [flavor.classPrefix + r.className, rawClassName(r, flavor)])).sort();
  const withRaw = (flavor: Flavor) => `
    @property
    def with_raw_response(self) -> ${flavor.classPrefix}CognitionOSClientWithRawResponse:
        """The same calls, each answering an APIResponse: status_code, headers, and parse() for the usual value."""
        return ${flavor.classPrefix}CognitionOSClientWithRawResponse(self._raw_mode())
`;
  const rawClient = (flavor: Flavor) => `

class ${flavor.classPrefix}CognitionOSClientWithRawResponse:
    """${flavor.classPrefix ? 'async_client' : 'client'}.with_raw_response: every resource, each method answering an APIResponse."""

    def __init__(self, client: ${flavor.classPrefix}CognitionOSClient) -> None:
        self._client = client
${rawProperties(flavor)}`;
  return `"""The clients: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from ._async_client import AsyncBaseClient
from ._base_client import BaseClient
from .resources import (
${imported.map((name) => `    ${name},`).join('\n')}
)


class CognitionOSClient(BaseClient):
    """The CognitionOS API.

    CognitionOSClient(api_key=..., base_url=..., max_retries=${policy.retries.maxRetries}, timeout=${(policy.timeouts.requestMs / 1000).toFixed(1)}); the key falls back to
    ${policy.environment.apiKey} and the base URL (with its /api/v3 prefix) to ${policy.environment.baseUrl}.
    """
${withRaw(SYNC)}${resourceProperties(SYNC)}

class AsyncCognitionOSClient(AsyncBaseClient):
    """The CognitionOS API for asyncio: the same resources and options, every method awaitable."""
${withRaw(ASYNC)}${resourceProperties(ASYNC)}${rawClient(SYNC)}${rawClient(ASYNC)}`;
}

export function emitResourcesInit(resources: Resource[]): string {
  const lines = [...resources]
    .sort((a, b) => (a.attribute < b.attribute ? -1 : 1))
    .map((top) => `from .${top.attribute} import (\n${classNames(top).sort().map((name) => `    ${name},`).join('\n')}\n)`);
  const names = resources.flatMap(classNames).map((name) => `    "${name}",`);
  return `"""The resources of the clients, one module per top-level resource."""\n\n${lines.join('\n')}\n\n__all__ = [\n${names.join('\n')}\n]\n`;
}

export function emitPackageInit(model: SdkModel, policy: Policy): string {
  const models = modelClasses(model);
  const errors = errorNames(policy);
  const runtime = ['Configuration', 'RequestOptions', 'SyncPage', 'AsyncPage', 'AsyncPaginator', 'APIResponse', 'HTTPRequest', 'HTTPResponse', 'Middleware', 'AsyncMiddleware', 'Send', 'AsyncSend'];
  const exported = ['CognitionOSClient', 'AsyncCognitionOSClient', ...errors, ...runtime, 'SPEC_VERSION', '__version__', ...models];
  return `"""CognitionOS Python SDK: generated from spec/openapi.json by generators/python. Do not edit.

from cognitionos import CognitionOSClient
client = CognitionOSClient(api_key="cog_...")
tenant = client.tenants.create(name="Acme")
"""

from ._client import AsyncCognitionOSClient, CognitionOSClient
from ._configuration import Configuration
from ._errors import (
${[...errors].sort().map((e) => `    ${e},`).join('\n')}
)
from ._http import HTTPRequest, HTTPResponse
from ._middleware import AsyncMiddleware, AsyncSend, Middleware, Send
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._version import SPEC_VERSION, __version__
${modelImports(models, '.lowlevel.models').join('\n')}

__all__ = [
${exported.map((name) => `    "${name}",`).join('\n')}
]
`;
}

export function emitVersion(model: SdkModel, version: string): string {
  return `"""Versions: generated from spec/openapi.json by generators/python. Do not edit."""

# The SDK's version, shared by the four SDKs (generators/sdk-version.ts).
__version__ = ${JSON.stringify(version)}
# The API contract this SDK was generated from; the server sends its own in CognitionOS-Spec-Version.
SPEC_VERSION = ${JSON.stringify(model.specVersion)}
`;
}

// The Python versions the SDK supports: requires-python's floor up to the newest CI tests
// (.github/workflows/ci.yml's python matrix; the README says the same).
const PYTHON_VERSIONS = ['3.9', '3.10', '3.11', '3.12', '3.13'];

export function emitPyproject(model: SdkModel, version: string): string {
  return `# Generated from spec/openapi.json by generators/python. Do not edit.
[build-system]
requires = ["setuptools>=77"]
build-backend = "setuptools.build_meta"

[project]
name = ${JSON.stringify(project.packages.python.name)}
version = ${JSON.stringify(version)}
description = "Python SDK for the CognitionOS API"
readme = "README.md"
authors = [{ name = ${JSON.stringify(project.author)} }]
license = ${JSON.stringify(model.license ?? 'Apache-2.0')}
requires-python = ">=3.9"
dependencies = [
${RUNTIME_DEPENDENCIES.map((d) => `    "${d}",`).join('\n')}
]
classifiers = [
    "Programming Language :: Python :: 3",
${PYTHON_VERSIONS.map((v) => `    "Programming Language :: Python :: ${v}",`).join('\n')}
    "Typing :: Typed",
]

[project.optional-dependencies]
async = [
${ASYNC_EXTRA.map((d) => `    "${d}",`).join('\n')}
]
otel = [
${OTEL_EXTRA.map((d) => `    "${d}",`).join('\n')}
]

[project.urls]
Homepage = ${JSON.stringify(project.homepage)}
Repository = ${JSON.stringify(project.repository)}
Changelog = ${JSON.stringify(`${project.repository}/blob/main/CHANGELOG.md`)}

[tool.setuptools.packages.find]
include = ["cognitionos*"]

[tool.setuptools.package-data]
"*" = ["py.typed"]

[tool.pytest.ini_options]
pythonpath = ["."]
testpaths = ["tests/unit"]

[tool.ruff]
line-length = 120
target-version = "py39"
# The low-level layer is openapi-generator's output, checked by its own project.
extend-exclude = ["cognitionos/lowlevel"]

[tool.ruff.lint]
# typing.Optional/List rather than PEP 604/585 forms: the package supports Python 3.9.
select = ["E", "F", "W", "I", "B"]
# Emitted signatures and docstrings taken from the spec run long; splitting them helps no reader.
ignore = ["E501"]

[tool.mypy]
strict = true
`;
}

const SPELLING: PolicySpelling = {
  errorClass: (name) => `${name}Error`,
  connectionError: 'APIConnectionError',
  timeoutError: 'APITimeoutError',
  pollTimeoutError: 'PollTimeoutError',
  maxRetriesOption: 'max_retries',
  timeoutOption: 'timeout',
  idempotencyKeyOption: 'request_options={"idempotency_key": ...}',
  errorIdempotencyKey: 'error.idempotency_key',
  timeoutUnit: 's',
};

// One snippet per row of issue 23's parity table: each block is a complete module (mypy --strict).
const PARITY = `## Your HTTP client, a proxy

\`http_client=\` takes your own urllib3 \`PoolManager\` (sync) or aiohttp \`ClientSession\` (async), used as it is and
left open when the client closes; \`proxy=\` is a proxy URL (\`configuration=Configuration(proxy=..., proxy_headers=...)\`
for the rest). Give one or the other: a client of your own carries its own proxy and TLS settings.

\`\`\`python
import urllib3

from cognitionos import CognitionOSClient

pool = urllib3.PoolManager(maxsize=20)
client = CognitionOSClient(http_client=pool)
proxied = CognitionOSClient(proxy="http://proxy.internal:3128")
print(client.health.check().status, proxied.base_url)
\`\`\`

\`\`\`python
import asyncio

import aiohttp

from cognitionos import AsyncCognitionOSClient


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with AsyncCognitionOSClient(http_client=session) as client:
            print((await client.health.check()).status)


asyncio.run(main())
\`\`\`

## Raw responses

\`client.with_raw_response\` has every resource and method; each answers an \`APIResponse\`: \`status_code\`, \`headers\`,
\`request_id\`, \`content\`, and \`parse()\`, the value the plain call returns. On the async client, \`await\` it.

\`\`\`python
from cognitionos import CognitionOSClient

client = CognitionOSClient()
raw = client.with_raw_response.tenants.create(name="Acme")
print(raw.status_code, raw.headers["X-Request-Id"], raw.headers["CognitionOS-Spec-Version"])
tenant = raw.parse()  # the Tenant that client.tenants.create returns
print(tenant.id)
\`\`\`

## Middleware

\`middleware=[fn, ...]\` runs around each attempt, the first outermost: \`fn(request, call_next)\` gets an \`HTTPRequest\`
(\`method\`, \`url\`, \`route\`, mutable \`headers\`, \`body\`, \`timeout\`, \`attempt\`) and returns the \`HTTPResponse\`
(\`status\`, \`headers\`, \`content\`); a failed attempt raises \`APIConnectionError\` out of \`call_next\`. A retry is a
new attempt through every layer. The async client takes \`async def\` middleware (\`AsyncSend\`).

\`\`\`python
import asyncio
import time

from cognitionos import AsyncCognitionOSClient, AsyncSend, CognitionOSClient, HTTPRequest, HTTPResponse, Send


def timing(request: HTTPRequest, call_next: Send) -> HTTPResponse:
    started = time.monotonic()
    response = call_next(request)
    print(request.method, request.route, request.attempt, response.status, f"{time.monotonic() - started:.3f}s")
    return response


async def tagging(request: HTTPRequest, call_next: AsyncSend) -> HTTPResponse:
    request.headers["X-Team"] = "billing"
    return await call_next(request)


client = CognitionOSClient(middleware=[timing])
client.health.check()


async def main() -> None:
    async with AsyncCognitionOSClient(middleware=[tagging]) as async_client:
        await async_client.health.check()


asyncio.run(main())
\`\`\`

## Logging

The SDK logs to the stdlib logger \`cognitionos\`: one record per attempt with the method, path, status, request id,
attempt and elapsed milliseconds (also as \`record.cognitionos\`, a dict), at DEBUG for a success and INFO for a failed
attempt. Headers and bodies are never logged, so neither is the API key. \`COGNITIONOS_LOG=debug\` (or \`info\`,
\`warning\`, \`error\`) sets the level and prints to stderr when nothing else handles the logger; or configure it yourself:

\`\`\`python
import logging

from cognitionos import CognitionOSClient

logging.basicConfig(format="%(asctime)s %(name)s %(message)s")
logging.getLogger("cognitionos").setLevel(logging.DEBUG)
CognitionOSClient().health.check()  # GET /api/v3/health: 200 (request req_..., attempt 1, 3 ms)
\`\`\`

## Trace context

With \`pip install 'cognitionos[otel]'\` (opentelemetry-api) and a span active in your OpenTelemetry context, every call
sends that span's W3C \`traceparent\` (and \`tracestate\`); the server continues the trace and answers a
\`traceresponse\` header with the same trace id. Without the extra nothing is imported or sent.

\`\`\`python
from opentelemetry import trace

from cognitionos import CognitionOSClient

tracer = trace.get_tracer("billing")
client = CognitionOSClient()
with tracer.start_as_current_span("nightly-sync"):
    raw = client.with_raw_response.tenants.list(limit=10)
    print(raw.headers.get("traceresponse"))
\`\`\`
`;

export function emitReadme(model: SdkModel, resources: Resource[], policy: Policy): string {
  const sections = resources.flatMap(preorder).map((r) => {
    const rows = r.operations.flatMap((op) => [methodRow(op), ...(op.polling ? [pollRow(op)] : [])]);
    return `### client.${r.path}\n\n| method | HTTP | what |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
  });
  return `# cognitionos: Python SDK for the CognitionOS API

Generated from \`spec/openapi.json\` (spec version ${model.specVersion}) by \`generators/python\`: do not edit by hand.
The pydantic models come from openapi-generator (\`cognitionos.lowlevel.models\`, each re-exported from
\`cognitionos\`); the client, resources, transport, retries, pagination and errors are emitted beside them.

Python >= 3.9. \`pip install cognitionos\` (or \`pip install sdks/python\` from the repo).

\`\`\`python
from cognitionos import CognitionOSClient, NotFoundError

client = CognitionOSClient(api_key="cog_...")  # or COGNITIONOS_API_KEY; base_url or COGNITIONOS_BASE_URL
tenant = client.tenants.create(name="Acme")
for t in client.tenants.list(limit=50):  # walks every page
    print(t.id, t.name)
key = client.tenants.api_keys.create(tenant.id, name="ci")
try:
    client.tenants.retrieve("ten_missing")
except NotFoundError as error:
    print(error.status, error.request_id, error.body)
\`\`\`

## Behaviour

- **Client options**: \`CognitionOSClient(api_key=None, base_url=None, max_retries=${policy.retries.maxRetries}, timeout=${(policy.timeouts.requestMs / 1000).toFixed(1)}, default_headers=None, configuration=None, proxy=None, http_client=None, middleware=())\`;
  the base URL includes \`/api/v3\` (default \`${policy.environment.defaultBaseUrl}\`); \`configuration\` is a
  \`cognitionos.Configuration\` for TLS (\`verify_ssl\`, \`ssl_ca_cert\`, \`cert_file\`, \`key_file\`), proxy and pool settings. \`client.with_options(max_retries=..., timeout=...)\` shares connections.
- **Per request**: every method takes \`request_options={"max_retries": 0, "timeout": 5.0, "idempotency_key": "...", "extra_headers": {...}}\`.
- **Errors**: \`CognitionOSError\` > \`APIError\` > \`APIStatusError\` (one subclass per status below) or
  \`APIConnectionError\` (and its \`APITimeoutError\`). Each has \`status\`, \`body\` (the problem+json), \`headers\`,
  \`request_id\`, \`errors\` (the offending fields) and \`idempotency_key\` (the key a POST sent). No message contains the API key.
- **Ids**: a path parameter is always sent as one escaped segment (\`/\`, \`?\`, \`#\`, \`%\`); an empty, \`.\` or \`..\` id
  is refused with a \`BadRequestError\` naming the parameter before any request is sent.
- **Pagination**: list methods return a \`SyncPage\` (\`data\`, \`has_more\`, \`next_cursor\`, \`next_page()\`,
  \`iter_pages()\`); iterating it yields every item of every page.
- **Forward compatibility**: fields the SDK does not know are kept in the model's \`additional_properties\`;
  an unknown enum value stays readable (\`tenant.status.value == "archived"\`); a workflow step of an unknown
  \`type\` is kept as its raw dict in \`step.actual_instance\`.
- **Waiting**: \`client.workflows.executions.create_and_poll(workflow_id, input={...})\` returns the finished execution.
- **asyncio**: \`pip install 'cognitionos[async]'\`. \`AsyncCognitionOSClient\` has the same resources, methods
  and options, each awaitable; list methods return an \`AsyncPaginator\`: \`await\` it for the first \`AsyncPage\`, or
  \`async for\` over it (no \`await\` in front) for every item. Requests are coroutines on your event loop (aiohttp,
  one pooled keep-alive session per client), so one thread carries any number of them; retry waits are
  \`asyncio.sleep\`; cancelling the task aborts the request in flight; \`async with\` or \`await client.aclose()\`
  closes the connections. Without the extra, making the client raises an error that names it.
  *Why aiohttp, not httpx*: at hundreds of requests in flight it serves more calls per second on one core
  (bench/sdk-python measures both raw clients), and its timeouts and cancellation are asyncio's own.

\`\`\`python
import asyncio
from cognitionos import AsyncCognitionOSClient

async def main() -> None:
    async with AsyncCognitionOSClient() as client:
        tenant = await client.tenants.create(name="Acme")
        async for t in client.tenants.list(limit=50):
            print(t.id)
        first_page = await client.tenants.list(limit=50)

asyncio.run(main())
\`\`\`

## Errors

${renderErrorTable(policy, SPELLING)}

## Retries, timeouts and idempotency

${renderRetryPolicy(policy, SPELLING)}

\`\`\`python
from cognitionos import APIError, CognitionOSClient

client = CognitionOSClient()
try:
    client.tenants.create(name="Acme")
except APIError as error:
    if error.idempotency_key is None:
        raise
    # Written or not, the same key makes the second try return the first one's answer.
    client.tenants.create(name="Acme", request_options={"idempotency_key": error.idempotency_key})
\`\`\`

The server's \`${policy.retries.shouldRetryHeader}: true|false\` header, on an error answer, decides before the table above: a
state conflict (cancelling a finished execution, 409) is answered \`false\` and sent once; a request whose \`Idempotency-Key\` is still in progress is \`true\`.

## Messages and secrets

An error's message names the call by the spec's path template, then the status and the problem:
\`POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ... (request req_...)\`; a 400 lists its
field errors once; a timeout states the timeout it was given (\`GET /tenants: Request timed out after 500 ms\`). No
message holds your API key (the server's own hint, such as the key form it expects, stays). A secret field
(\`ApiKeyWithSecret.secret\`) shows as a short prefix in \`repr()\`, \`str()\` and \`to_str()\` (\`cog_live_5b…\`); \`model_dump()\`,
\`to_dict()\` and \`to_json()\` keep it whole.

${PARITY}
## Methods

Every method, with its params and return type: [api.md](api.md).

${sections.join('\n')}
## Tests

From the repository root: \`npm test\` runs \`.venv/bin/pytest sdks/python/tests/unit\`; the contract suite
(\`sdks/python/tests/contract\`) runs against live servers under \`test/contract/run.ts\`.
`;
}

function methodRow(op: Operation): string {
  const returns = op.response ? (op.pageItem ? `SyncPage[${op.pageItem}]` : op.response) : 'None';
  const what = (op.summary.split('\n')[0] || '').replace(/\|/g, '\\|');
  return `| \`${op.method}(${arguments_(op, [])}) -> ${returns}\` | \`${op.http} ${op.path}\` | ${what} |`;
}

function pollRow(create: Operation): string {
  const args = arguments_(create, pollingArguments(create).map((a) => a.replace(': float = ', '=')));
  return `| \`create_and_poll(${args}) -> ${create.response}\` | ${create.method}, then ${create.polling!.read.method} until final | waits for ${create.polling!.final.join(' / ')} |`;
}

function arguments_(op: Operation, extra: string[]): string {
  const keywords = [...op.queryParams, ...op.bodyParams].map((p) => (p.required ? p.name : `${p.name}=None`));
  const named = [...keywords, ...extra];
  return [...op.pathParams.map((p) => p.name), ...(named.length ? ['*', ...named] : [])].join(', ');
}

/** cognitionos/lowlevel/__init__.py: the package of openapi-generator's models, each re-exported as
 * its own package file did, without the low-level client that file also imported (python.ignore
 * drops that client). */
export function emitLowLevelInit(model: SdkModel): string {
  const models = modelClasses(model);
  return `"""openapi-generator's pydantic models (cognitionos.lowlevel.models), each also re-exported from cognitionos.

Generated by generators/python. Do not edit.
"""

${modelImports(models, '.models').join('\n')}

__all__ = [
${models.map((name) => `    "${name}",`).join('\n')}
]
`;
}
