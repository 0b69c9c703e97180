// Generated from generators/java/runtime/io/cognitionos/internal/ClientCore.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.AsyncPage;
import io.cognitionos.Interceptor;
import io.cognitionos.Page;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.CognitionOSIoException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.models.ApiObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Sends one API call: URL, auth and telemetry headers, an Idempotency-Key on every POST (kept across
 * retries), retries with backoff for what the policy deems transient, and the status-to-exception map.
 * Internal: the emitted services are its only callers.
 */
public final class ClientCore {
    private static final String USER_AGENT = Messages.format(Policy.USER_AGENT, Messages.values(
            "language", "java", "version", SdkInfo.VERSION, "runtime", "java", "runtime_version", System.getProperty("java.version")));

    private final ClientConfig config;

    public ClientCore(ClientConfig config) {
        this.config = config;
    }

    /**
     * A call answering one value (or nothing: then null). The services place the params: {@code query}
     * goes in the URL, {@code body} is sent as JSON (none when null).
     */
    public <T> T call(String method, String template, String path, ObjectNode query, ObjectNode body, RequestOptions options, Function<JsonNode, T> decode) {
        return callRaw(method, template, path, query, body, options, decode).data();
    }

    public <T> CompletableFuture<T> callAsync(String method, String template, String path, ObjectNode query, ObjectNode body, RequestOptions options, Function<JsonNode, T> decode) {
        return callRawAsync(method, template, path, query, body, options, decode).thenApply(RawResponse::data);
    }

    /** The same call, answering the status and headers beside the decoded value. */
    public <T> RawResponse<T> callRaw(String method, String template, String path, ObjectNode query, ObjectNode body, RequestOptions options, Function<JsonNode, T> decode) {
        return prepare(method, template, path, query, body, options).run().decoded(decode);
    }

    public <T> CompletableFuture<RawResponse<T>> callRawAsync(String method, String template, String path, ObjectNode query, ObjectNode body, RequestOptions options,
            Function<JsonNode, T> decode) {
        return prepare(method, template, path, query, body, options).runAsync(0).thenApply(answer -> answer.decoded(decode));
    }

    /** A list call: one page, which fetches the next one with the same params and the answer's cursor. */
    public <T> Page<T> page(String template, String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        return pageRaw(template, path, params, options, item).data();
    }

    public <T> RawResponse<Page<T>> pageRaw(String template, String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        ObjectNode query = params == null ? Json.object() : Wire.all(params);
        return prepare("GET", template, path, query, null, options).run().decoded(answer -> page(template, path, query, options, item, answer));
    }

    /** The first page without blocking; so do its nextPage() and autoPager(). */
    public <T> CompletableFuture<AsyncPage<T>> pageAsync(String template, String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        return pageRawAsync(template, path, params, options, item).thenApply(RawResponse::data);
    }

    public <T> CompletableFuture<RawResponse<AsyncPage<T>>> pageRawAsync(String template, String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        ObjectNode query = params == null ? Json.object() : Wire.all(params);
        return prepare("GET", template, path, query, null, options).runAsync(0).thenApply(answer -> answer.decoded(json -> asyncPage(template, path, query, options, item, json)));
    }

    private <T> Page<T> page(String template, String path, ObjectNode query, RequestOptions options, Function<JsonNode, T> item, JsonNode answer) {
        return Construct.page(Json.list(item).apply(answer.get("data")), answer.path("has_more").asBoolean(), answer.path("next_cursor").textValue(), cursor -> {
            ObjectNode next = query.deepCopy().put("cursor", cursor);
            return page(template, path, next, options, item, prepare("GET", template, path, next, null, options).run().json);
        });
    }

    private <T> AsyncPage<T> asyncPage(String template, String path, ObjectNode query, RequestOptions options, Function<JsonNode, T> item, JsonNode answer) {
        return Construct.asyncPage(Json.list(item).apply(answer.get("data")), answer.path("has_more").asBoolean(), answer.path("next_cursor").textValue(), cursor -> {
            ObjectNode next = query.deepCopy().put("cursor", cursor);
            return prepare("GET", template, path, next, null, options).runAsync(0).thenApply(read -> asyncPage(template, path, next, options, item, read.json));
        });
    }

    private Attempts prepare(String method, String template, String path, ObjectNode query, ObjectNode body, RequestOptions options) {
        Map<String, String> headers = headers(options);
        // A caller's own key (header or option, any letter case) replaces the generated one.
        String idempotencyKey = null;
        if (Policy.IDEMPOTENCY_METHODS.contains(method)) {
            idempotencyKey = options.idempotencyKey().orElseGet(() -> headers.getOrDefault(Policy.IDEMPOTENCY_HEADER, Policy.IDEMPOTENCY_KEY_PREFIX + UUID.randomUUID()));
            headers.put(Policy.IDEMPOTENCY_HEADER, idempotencyKey);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUrl + path + query(query)))
                .timeout(options.timeout().orElse(config.timeout));
        headers.forEach(request::setHeader);
        TraceContext.inject(request);
        if (body != null) {
            request.setHeader("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        boolean retryable = Policy.REPEATABLE_METHODS.contains(method) || (Policy.IDEMPOTENCY_KEY_MAKES_RETRYABLE && idempotencyKey != null);
        return new Attempts(method, template, request, retryable ? options.maxRetries().orElse(config.maxRetries) : 0, idempotencyKey);
    }

    /** Ours, then the client's, then the request's: a later one replaces an earlier one of the same name in any case. */
    private Map<String, String> headers(RequestOptions options) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Authorization", "Bearer " + config.apiKey);
        headers.put("Accept", "application/json");
        headers.put("User-Agent", USER_AGENT);
        headers.putAll(config.headers);
        headers.putAll(options.headers());
        return headers;
    }

    private static String query(ObjectNode params) {
        if (params == null || params.isEmpty()) return "";
        StringBuilder query = new StringBuilder();
        params.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) return; // a param set to null is a param left out
            query.append(query.length() == 0 ? '?' : '&').append(encode(field.getKey())).append('=').append(encode(field.getValue().asText()));
        });
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The attempts of one call, which share its Idempotency-Key; retry n carries the retry-count header n. */
    private final class Attempts {
        private final String method;
        private final String template;
        private final HttpRequest.Builder request;
        private final int maxRetries;
        private final String idempotencyKey;

        Attempts(String method, String template, HttpRequest.Builder request, int maxRetries, String idempotencyKey) {
            this.method = method;
            this.template = template;
            this.request = request;
            this.maxRetries = maxRetries;
            this.idempotencyKey = idempotencyKey;
        }

        Answer run() {
            for (int retry = 0; ; retry++) {
                HttpRequest built = attempt(retry);
                long started = System.nanoTime();
                Outcome outcome;
                try {
                    outcome = outcome(retry, built, Interception.send(config.httpClient, config.interceptors, built), null, started);
                } catch (IOException e) {
                    outcome = outcome(retry, built, null, e, started);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CognitionOSIoException(message(Policy.CONNECTION_ERROR_MESSAGE, "cause", "interrupted"), e, idempotencyKey);
                }
                if (outcome.failure != null) throw outcome.failure;
                if (outcome.pause == null) return outcome.answer;
                Threads.sleep(outcome.pause);
            }
        }

        /** The same attempts without blocking a thread: pauses are scheduled, not slept. */
        CompletableFuture<Answer> runAsync(int retry) {
            HttpRequest built = attempt(retry);
            long started = System.nanoTime();
            return Interception.sendAsync(config.httpClient, config.interceptors, built)
                    .handle((response, error) -> outcome(retry, built, response, error instanceof CompletionException ? error.getCause() : error, started))
                    .thenCompose(outcome -> {
                        if (outcome.failure != null) return CompletableFuture.failedFuture(outcome.failure);
                        if (outcome.pause == null) return CompletableFuture.completedFuture(outcome.answer);
                        Executor later = CompletableFuture.delayedExecutor(outcome.pause.toMillis(), TimeUnit.MILLISECONDS);
                        return CompletableFuture.supplyAsync(() -> retry + 1, later).thenCompose(this::runAsync);
                    });
        }

        private HttpRequest attempt(int retry) {
            if (retry > 0) request.setHeader(Policy.RETRY_COUNT_HEADER, Integer.toString(retry));
            return request.build();
        }

        /** A policy message that names this call's method and path template first. */
        private String message(String format, String... namesAndValues) {
            Map<String, String> values = Messages.values(namesAndValues);
            values.put("method", method);
            values.put("path", template);
            return Messages.format(format, values);
        }

        /** What one attempt's answer (or error) means: the result, another attempt after a pause, or the exception. */
        private Outcome outcome(int retry, HttpRequest built, HttpResponse<byte[]> response, Throwable error, long started) {
            config.log.attempt(method, built.uri().getRawPath(), response, error, retry + 1, System.nanoTime() - started);
            boolean budgetLeft = retry < maxRetries;
            Duration backoff = Backoff.delay(retry + 1, response == null ? Optional.empty() : Optional.of(response.headers()));
            if (error instanceof HttpTimeoutException) {
                if (budgetLeft && Policy.RETRY_TIMEOUTS) return Outcome.retryAfter(backoff);
                String timeoutMs = Long.toString(built.timeout().orElse(config.timeout).toMillis());
                return Outcome.failed(new CognitionOSTimeoutException(message(Policy.TIMEOUT_MESSAGE, "timeout_ms", timeoutMs), error, idempotencyKey));
            }
            if (error != null) {
                if (budgetLeft && Policy.RETRY_CONNECTION_ERRORS && error instanceof IOException) return Outcome.retryAfter(backoff);
                RuntimeException failure = error instanceof RuntimeException && !(error instanceof CompletionException) ? (RuntimeException) error
                        : new CognitionOSIoException(message(Policy.CONNECTION_ERROR_MESSAGE, "cause", describe(error)), error, idempotencyKey);
                return Outcome.failed(failure);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) return Outcome.answered(new Answer(response, response.body().length == 0 ? null : Json.parse(response.body())));
            if (budgetLeft && shouldRetry(status, response.headers())) return Outcome.retryAfter(backoff);
            return Outcome.failed(Errors.fromResponse(method, template, status, response.headers(), response.body(), config.apiKey, idempotencyKey));
        }
    }

    /** A 2xx answer: its status and headers, and its JSON (null when it had no body). */
    private static final class Answer {
        final HttpResponse<byte[]> response;
        final JsonNode json;

        Answer(HttpResponse<byte[]> response, JsonNode json) {
            this.response = response;
            this.json = json;
        }

        <T> RawResponse<T> decoded(Function<JsonNode, T> decode) {
            return new RawResponse<>(response.statusCode(), response.headers(), json == null ? null : decode.apply(json));
        }
    }

    /** Exactly one of: an answer, a pause before the next attempt, an exception. */
    private static final class Outcome {
        final Answer answer;
        final Duration pause;
        final RuntimeException failure;

        private Outcome(Answer answer, Duration pause, RuntimeException failure) {
            this.answer = answer;
            this.pause = pause;
            this.failure = failure;
        }

        static Outcome answered(Answer answer) {
            return new Outcome(answer, null, null);
        }

        static Outcome retryAfter(Duration pause) {
            return new Outcome(null, pause, null);
        }

        static Outcome failed(RuntimeException failure) {
            return new Outcome(null, null, failure);
        }
    }

    /** java.net.http often leaves the message empty (a refused connection): name the innermost cause that says something. */
    static String describe(Throwable error) {
        Throwable named = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) named = cause;
        }
        return named.getClass().getSimpleName() + (named.getMessage() == null ? "" : ": " + named.getMessage());
    }

    static boolean transientStatus(int status) {
        return Policy.RETRYABLE_STATUSES.contains(status) || (Policy.RETRY_SERVER_ERRORS && status >= 500);
    }

    /** The server's word first: {@code x-should-retry: true|false} decides; without it, the policy's table. */
    static boolean shouldRetry(int status, HttpHeaders headers) {
        Optional<String> verdict = headers.firstValue(SHOULD_RETRY_HEADER);
        if (verdict.isPresent() && verdict.get().equalsIgnoreCase("true")) return true;
        if (verdict.isPresent() && verdict.get().equalsIgnoreCase("false")) return false;
        return transientStatus(status);
    }

    static final String SHOULD_RETRY_HEADER = "x-should-retry";

    /** The client's settings, fixed at build time. */
    public static final class ClientConfig {
        final String apiKey;
        final String baseUrl;
        final int maxRetries;
        final Duration timeout;
        final HttpClient httpClient;
        final Map<String, String> headers;
        final List<Interceptor> interceptors;
        final RequestLog log;

        public ClientConfig(String apiKey, String baseUrl, int maxRetries, Duration timeout, HttpClient httpClient, Map<String, String> headers,
                List<Interceptor> interceptors, System.Logger logger) {
            this.apiKey = apiKey;
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            this.maxRetries = maxRetries;
            this.timeout = timeout;
            this.httpClient = httpClient;
            this.headers = Map.copyOf(headers);
            this.interceptors = List.copyOf(interceptors);
            this.log = RequestLog.of(logger, apiKey);
        }
    }
}
