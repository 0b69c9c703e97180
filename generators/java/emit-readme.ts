// sdks/java/README.md: install snippet, the DESIGN example, every service's methods (from the model),
// errors and retries (rendered from the policy), pagination, polling, forward compatibility.
import type { SdkModel } from '../model/types.ts';
import type { project as Project } from '../project.ts';
import type { Policy } from '../policy/policy.ts';
import { renderErrorTable, renderRetryPolicy, type PolicySpelling } from '../policy/readme.ts';

const SPELLING: PolicySpelling = {
  errorClass: (name) => `${name}Exception`,
  connectionError: 'CognitionOSIoException',
  timeoutError: 'CognitionOSTimeoutException',
  pollTimeoutError: 'CognitionOSPollTimeoutException',
  maxRetriesOption: 'maxRetries(n)',
  timeoutOption: 'timeout(Duration)',
  idempotencyKeyOption: 'RequestOptions.builder().idempotencyKey(key)',
  errorIdempotencyKey: 'e.idempotencyKey()',
  timeoutUnit: 's',
};

/** A README block that javac compiles as it is: the imports, then a class whose main holds the body. */
function program(name: string, imports: string[], body: string, throwsClause = ''): string {
  const indented = body.trim().split('\n').map((line) => (line ? `        ${line}` : '')).join('\n');
  return `\`\`\`java
${[...imports].sort().map((i) => `import ${i};`).join('\n')}

public class ${name} {
    public static void main(String[] args)${throwsClause} {
${indented}
    }
}
\`\`\``;
}

export function emitReadme(model: SdkModel, policy: Policy, project: typeof Project, version: string): string {
  const java = project.packages.java;
  return `<!-- Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator. -->
# ${project.name} Java SDK

${project.description} Version ${version}, generated from the API spec ${model.specVersion}.
Java 11 or newer; one dependency (Jackson).

## Install

\`\`\`xml
<dependency>
  <groupId>${java.groupId}</groupId>
  <artifactId>${java.artifactId}</artifactId>
  <version>${version}</version>
</dependency>
\`\`\`

Gradle: \`implementation("${java.groupId}:${java.artifactId}:${version}")\`.

## Use

${program('QuickStart', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.models.Tenant', 'io.cognitionos.models.TenantCreateParams', 'io.cognitionos.models.TenantListParams'], `
CognitionOSClient client = CognitionOSClient.builder().apiKey("cog_...").build(); // or CognitionOSClient.fromEnv()
Tenant tenant = client.tenants().create(TenantCreateParams.builder().name("Acme").build());
System.out.println("created " + tenant.id());
for (Tenant t : client.tenants().list(TenantListParams.builder().limit(50).build()).autoPager()) {
    System.out.println(t.id() + " " + t.name());
}`)}

Packages: \`io.cognitionos\` (the client, \`RequestOptions\`, \`Page\`, \`AsyncPage\`, \`RawResponse\`, \`Interceptor\`), \`io.cognitionos.models\` (models and
params), \`io.cognitionos.services\` (one class per resource), \`io.cognitionos.errors\` (exceptions).
\`io.cognitionos.internal\` is the SDK's own plumbing: not an API, it changes without notice, and the module (\`io.cognitionos\`,
with a \`module-info\`) does not export it.

## Configure

${program('Configure', ['io.cognitionos.CognitionOSClient', 'java.net.http.HttpClient', 'java.time.Duration'], `
CognitionOSClient client = CognitionOSClient.builder()
    .apiKey("cog_...")                           // else ${policy.environment.apiKey}
    .baseUrl("https://api.example.com/api/v3")   // else ${policy.environment.baseUrl}, else ${policy.environment.defaultBaseUrl}
    .maxRetries(${policy.retries.maxRetries})
    .timeout(Duration.ofSeconds(${policy.timeouts.requestMs / 1000}))             // per attempt
    .httpClient(HttpClient.newHttpClient())      // your own java.net.http client (proxy, TLS, executor)
    .header("X-Team", "research")                // sent with every request
    .build();
System.out.println(client.health().check().status());`)}

A proxy for the default client, without building your own \`HttpClient\`:

${program('Proxy', ['io.cognitionos.CognitionOSClient', 'java.net.InetSocketAddress', 'java.net.ProxySelector'], `
CognitionOSClient proxied = CognitionOSClient.builder()
    .proxy(ProxySelector.of(new InetSocketAddress("proxy.internal", 3128)))
    .build();
System.out.println(proxied.health().check().status());`)}

\`CognitionOSClient.fromEnv()\` reads ${policy.environment.apiKey} and ${policy.environment.baseUrl} alone; the builder falls
back to them for what it is not given. The client is thread-safe: build one and share it.

Every method takes a last, optional \`RequestOptions\`:

${program('PerRequestOptions', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.RequestOptions', 'io.cognitionos.models.TenantCreateParams', 'java.time.Duration'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
RequestOptions options = RequestOptions.builder()
    .idempotencyKey("order-42")    // instead of the generated one (POST)
    .maxRetries(5)
    .timeout(Duration.ofSeconds(5))
    .header("X-Trace", "abc")
    .build();
client.tenants().create(TenantCreateParams.builder().name("Acme").build(), options);`)}

## Services and methods

[api.md](api.md) lists every method of every service: its Java signature, the HTTP call it sends, its
params' fields and what it answers, each type linked to its source. Path parameters come first, then the
params object (built with its builder; one that may be left out has an overload without it), then an
optional \`RequestOptions\`. The javadoc carries the spec's descriptions.

## Asynchronous calls

\`client.async()\` has the same services; each method answers a \`CompletableFuture\` and blocks no thread
while it waits (retries and polling are scheduled, not slept). Failures complete the future
exceptionally with the same exceptions.

A list answers an \`AsyncPage<T>\`, whose \`nextPage()\` and \`autoPager().forEach(action)\` fetch the pages after
it without blocking either:

${program('Async', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.models.Tenant', 'io.cognitionos.models.TenantCreateParams', 'java.util.concurrent.CompletableFuture'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
CompletableFuture<Tenant> pending = client.async().tenants().create(TenantCreateParams.builder().name("Acme").build());
pending.thenAccept(tenant -> System.out.println(tenant.id())).join();
client.async().tenants().list()
    .thenCompose(page -> page.autoPager().forEach(tenant -> System.out.println(tenant.id())))
    .join();`)}

## Pagination

\`list(...)\` returns one \`Page<T>\`: \`data()\`, \`hasMore()\`, \`nextCursor()\` and \`nextPage()\` (call it only when
\`hasMore()\`). \`autoPager()\` is an \`Iterable<T>\` over every item of this page and the ones after it,
fetched as the iteration reaches them, with \`stream()\` too:

${program('Pagination', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.Page', 'io.cognitionos.models.Tenant', 'io.cognitionos.models.TenantListParams', 'java.util.List', 'java.util.stream.Collectors'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
Page<Tenant> page = client.tenants().list(TenantListParams.builder().limit(10).build());
List<String> names = page.autoPager().stream().map(Tenant::name).collect(Collectors.toList());
System.out.println(names);`)}

## Errors

Every exception is unchecked and extends \`CognitionOSException\`. An answer other than 2xx throws a
\`CognitionOSServiceException\` subclass with \`statusCode()\`, \`requestId()\`, \`problem()\` (the RFC 9457 body,
whose \`errors()\` name each offending field; a body that is not JSON, such as a proxy's HTML page, gets its
title and status from the answer) and \`headers()\`. The message names the call first, then the answer:
\`POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ...\`, each field error of a 400
listed once, a timeout with the timeout it waited. The API key never appears in a message.

${renderErrorTable(policy, SPELLING)}

${program('Errors', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.errors.NotFoundException'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
try {
    client.tenants().retrieve("ten_missing");
} catch (NotFoundException e) {
    System.err.println(e.statusCode() + " " + e.requestId() + " " + e.getMessage());
}`)}

An id that could change which route is called (empty, \`.\` or \`..\`) is refused before any request with a
\`BadRequestException\` whose message and \`problem().errors()\` name the parameter (\`statusCode()\` is 0: nothing was
sent); every other id is sent as exactly one percent-encoded path segment. A params builder missing a
required field throws \`IllegalStateException\`.

## Retries, timeouts and idempotency

${renderRetryPolicy(policy, SPELLING)}

The server's word comes first: an error answer with \`x-should-retry: false\` (a state conflict such as
canceling a finished execution) is never retried, and one with \`x-should-retry: true\` is retried within the
budget whatever its status; without the header, the table above decides.

## Waiting for an execution

${program('Polling', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.RequestOptions', 'io.cognitionos.models.Execution', 'io.cognitionos.models.ExecutionCreateParams', 'java.time.Duration', 'java.util.Map'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
String workflowId = args[0];
Execution done = client.workflows().executions().createAndPoll(workflowId,
    ExecutionCreateParams.builder().input(Map.of("customer", "Acme")).build());
System.out.println(done.status());
// your own pace, in the same RequestOptions as every other call:
Execution paced = client.workflows().executions().createAndPoll(workflowId, null,
    RequestOptions.builder().pollInterval(Duration.ofMillis(200)).pollTimeout(Duration.ofMinutes(2)).build());
System.out.println(paced.status());`)}

It polls every ${policy.polling.intervalMs} ms for up to ${policy.polling.timeoutMs / 1000} s by default and throws \`CognitionOSPollTimeoutException\` (with
\`lastStatus()\`) when the execution is still running after that: not a network error, so not a
\`CognitionOSIoException\`; the execution goes on and can be read or canceled. The other options apply to the
create and to every read.

## Raw responses

\`withRawResponse()\` on any service gives the same methods, each answering a \`RawResponse<T>\` with the
status and headers beside the value:

${program('RawResponses', ['io.cognitionos.CognitionOSClient', 'io.cognitionos.RawResponse', 'io.cognitionos.models.Tenant'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
RawResponse<Tenant> raw = client.tenants().withRawResponse().retrieve("ten_123");
System.out.println(raw.statusCode() + " " + raw.headers().firstValue("X-Request-Id").orElse("-"));
Tenant tenant = raw.data();
System.out.println(tenant.name());`)}

## Interceptors

An \`Interceptor\` wraps each attempt of a call (a retried call passes through once per attempt): it sees
the \`HttpRequest\`, may answer itself or pass it on, and sees the \`HttpResponse\`. Interceptors run in the
order added, the first outermost. \`client.async()\` calls go through \`interceptAsync\` (by default it passes
the request on unchanged).

${program('Interceptors', ['io.cognitionos.CognitionOSClient', 'java.net.http.HttpResponse'], `
CognitionOSClient timed = CognitionOSClient.builder()
    .interceptor((request, chain) -> {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = chain.proceed(request);
        System.out.println(request.method() + " " + request.uri() + " " + response.statusCode() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return response;
    })
    .build();
timed.tenants().list();`)}

## Logging

With \`COGNITIONOS_LOG=debug\` in the environment, or a \`System.Logger\` given to the builder, the client logs
one line per attempt: method, path, status (or the error), request id, attempt and elapsed time, as
\`cognitionos: GET /api/v3/tenants/ten_1 -> 200 (request req_..., attempt 1, 12 ms)\`. Headers and bodies are
never logged and the API key is redacted. A given logger gets the lines at \`DEBUG\`; the environment
switch logs them at \`INFO\` to the \`System.Logger\` named \`io.cognitionos\` (java.util.logging by default,
or SLF4J and the others through their System.Logger bridges).

${program('Logging', ['io.cognitionos.CognitionOSClient'], `
CognitionOSClient logged = CognitionOSClient.builder().logger(System.getLogger("my.app.cognitionos")).build();
logged.tenants().list();`)}

## Trace context

When \`io.opentelemetry:opentelemetry-api\` is on the class path and the calling thread has an active, valid
span, every request carries the W3C \`traceparent\` (and \`tracestate\`) of that span, so the server continues
your trace. The SDK does not depend on OpenTelemetry: it reads the span reflectively, and without the library
(or without a span) it sends nothing. The server answers a \`traceresponse\` header with the same trace id.
With \`io.opentelemetry:opentelemetry-api\` as your dependency and an OpenTelemetry SDK registered (under the API's no-op
default a span is not valid, so nothing is sent):

${program('TraceContext', ['io.cognitionos.CognitionOSClient', 'io.opentelemetry.api.GlobalOpenTelemetry', 'io.opentelemetry.api.trace.Span', 'io.opentelemetry.context.Scope'], `
CognitionOSClient client = CognitionOSClient.fromEnv();
Span span = GlobalOpenTelemetry.getTracer("my.app").spanBuilder("sync-tenants").startSpan();
try (Scope ignored = span.makeCurrent()) {
    client.tenants().list(); // carries traceparent: 00-<the span's trace id>-<its span id>-01
} finally {
    span.end();
}`)}

## Forward compatibility

Models are immutable views of the JSON the server sent, read when an accessor is called, so an answer
from a newer server never fails to read:

- a field this version does not know: \`model._additionalProperties()\` (and \`model._json()\` holds everything);
- an enum value it does not know: \`tenant.status().asString()\` is the raw value, \`tenant.status().value()\` is
  \`Value._UNKNOWN\` (switch on \`value()\`, compare with constants such as \`TenantStatus.ACTIVE\`);
- a workflow step type it does not know: \`step.type()\` names it, \`step.isDelay()\` and the others are false,
  \`step._json()\` holds its fields.

Builders take \`putAdditionalProperty(name, value)\` for a field the server knows and this SDK does not yet.

## Build and test

\`mvn verify\` builds the jar, its sources and javadoc jars and runs the unit tests (a local HTTP stub); the
compile runs doclint on the public packages, so a public member without its javadoc fails the build;
\`mvn -Pcontract test\` runs the contract suite against the servers \`test/contract/run.ts\` starts.
`;
}
