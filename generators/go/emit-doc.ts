// doc.go: the package doc go doc shows first: the client, auth and environment, errors, paging,
// options, retries, logging and middleware; its figures come from the model and the policy, so the
// doc cannot drift from what the code does.
import type { Policy } from '../policy/policy.ts';
import type { SdkModel } from '../model/types.ts';
import { fieldName, joinWords } from './naming.ts';
import { GENERATED } from './header.ts';
import type { GoPackage } from './index.ts';

export function emitDoc(model: SdkModel, policy: Policy, pkg: GoPackage): string {
  const { retries, timeouts, environment, headers } = policy;
  const services = model.resources.map((r) => `Client.${fieldName(r)}`).join(', ');
  const classes = policy.errors.map((e) => `Err${e.class} (${e.status})`).join(', ');
  return `${GENERATED}

/*
Package cognitionos is the Go SDK of the ${model.name} API (spec ${model.specVersion}).

# Client

NewClient makes a [Client]; its fields are the API's resources (${services}),
each with one method per operation. Every method takes a [context.Context] first, then the path
parameters, then its params struct, then any [option.RequestOption]; it returns (*T, error), or only
error when the answer has no body. The examples run against a local stand-in of the API.

	client := cognitionos.NewClient()
	tenant, err := client.Tenants.New(ctx, cognitionos.TenantNewParams{Name: "Acme"})

Optional fields are pointers set with [String], [Int], [Bool], [Float] or [Time]; a nil field is not
sent. A field the API lets you set to null is an [Opt]: [NewOpt] sends a value, [Null] sends null.

# Authentication and environment

With no options, NewClient reads the API key from ${environment.apiKey} and the base URL from
${environment.baseUrl} (default ${environment.defaultBaseUrl}). [option.WithAPIKey] and
[option.WithBaseURL] set them in code. The key is sent as a Bearer token and never appears in an
error's text or a log record.

# Errors

An answer with a 4xx or 5xx status is an [*Error]: its StatusCode, RequestID (the ${headers.requestId}
header), Problem (the RFC 9457 body, with the offending fields) and Header. errors.Is matches it
against its class's sentinel: ${classes}. Its message names the call by the spec's path template:

	POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: ... (request req_1)

A request that got no answer is a [*ConnectionError]; an attempt past its timeout is a
[*TimeoutError], which matches [context.DeadlineExceeded]. A path parameter that is empty, "." or
".." is refused before any request with an [*InvalidParamError].

# Paging

A List method answers one [Page]: Data, HasMore, NextCursor and [Page.GetNextPage]. Its
...AutoPaging twin is an [iter.Seq2] over every item of every page, fetching the next page as the
loop reaches it.

# Options

Options given to NewClient apply to every call; options given to a call override them for that call
only: [option.WithMaxRetries], [option.WithRequestTimeout] (${timeouts.requestMs / 1000} s per attempt by
default), [option.WithHTTPClient] (a proxy, TLS or transport of yours), [option.WithHeader],
[option.WithIdempotencyKey], [option.WithPollInterval], [option.WithPollTimeout],
[option.WithResponseInto] (the call's *http.Response: status and headers) and [option.WithJSONSet].

# Retries

A call is retried up to ${retries.maxRetries} times after a connection error, a timeout or a status of
${retries.statuses.join(', ')}${retries.serverErrors ? ' or 5xx' : ''}, waiting as Retry-After asks or else backing off from
${retries.initialDelayMs} ms to ${retries.maxDelayMs} ms. The answer's ${retries.shouldRetryHeader} header decides first: false stops a
retry (a conflict with the object's state will not change). Only ${joinWords([...retries.methods, ...policy.idempotency.methods])} calls are
retried, the last ${policy.idempotency.methods.length > 1 ? 'ones' : 'one'} with an ${policy.idempotency.header} that stays the same on every attempt, so the
server replays rather than repeats; each retry carries ${retries.retryCountHeader}.

# Logging

${environment.log}=debug, or [option.WithLogger] with a *slog.Logger, logs one debug record per
attempt: method, path, status, request id, attempt and elapsed time; never a header or a body.

# Middleware

[option.WithMiddleware] runs functions around each attempt (a retry passes through them again):
each sees the request before it is sent and the response after, and may answer without sending.
The module ${pkg.module}/otel is one: its WithTraceContext sends the W3C traceparent of the
OpenTelemetry span in the call's context, and keeps this module free of dependencies.
*/
package cognitionos
`;
}
