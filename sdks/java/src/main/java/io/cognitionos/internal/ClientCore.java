// Generated from generators/java/runtime/io/cognitionos/internal/ClientCore.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.Page;
import io.cognitionos.RequestOptions;
import io.cognitionos.errors.CognitionOSIoException;
import io.cognitionos.errors.CognitionOSTimeoutException;
import io.cognitionos.models.ApiObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    public <T> T call(String method, String path, ObjectNode query, ObjectNode body, RequestOptions options, Function<JsonNode, T> decode) {
        return decoded(prepare(method, path, query, body, options).run(), decode);
    }

    public <T> CompletableFuture<T> callAsync(String method, String path, ObjectNode query, ObjectNode body, RequestOptions options, Function<JsonNode, T> decode) {
        return prepare(method, path, query, body, options).runAsync(0).thenApply(answer -> decoded(answer, decode));
    }

    /** A list call: one page, which fetches the next one with the same params and the answer's cursor. */
    public <T> Page<T> page(String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        ObjectNode query = params == null ? Json.object() : Wire.all(params);
        return page(path, query, options, item, prepare("GET", path, query, null, options).run());
    }

    /** The first page without blocking; its nextPage() and autoPager() fetch later pages on the calling thread. */
    public <T> CompletableFuture<Page<T>> pageAsync(String path, ApiObject params, RequestOptions options, Function<JsonNode, T> item) {
        ObjectNode query = params == null ? Json.object() : Wire.all(params);
        return prepare("GET", path, query, null, options).runAsync(0).thenApply(answer -> page(path, query, options, item, answer));
    }

    private <T> Page<T> page(String path, ObjectNode query, RequestOptions options, Function<JsonNode, T> item, JsonNode answer) {
        return new Page<>(Json.list(item).apply(answer.get("data")), answer.path("has_more").asBoolean(), answer.path("next_cursor").textValue(), cursor -> {
            ObjectNode next = query.deepCopy().put("cursor", cursor);
            return page(path, next, options, item, prepare("GET", path, next, null, options).run());
        });
    }

    private static <T> T decoded(JsonNode answer, Function<JsonNode, T> decode) {
        return answer == null ? null : decode.apply(answer);
    }

    private Attempts prepare(String method, String path, ObjectNode query, ObjectNode body, RequestOptions options) {
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
        if (body != null) {
            request.setHeader("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        boolean retryable = Policy.REPEATABLE_METHODS.contains(method) || (Policy.IDEMPOTENCY_KEY_MAKES_RETRYABLE && idempotencyKey != null);
        return new Attempts(request, retryable ? options.maxRetries().orElse(config.maxRetries) : 0, idempotencyKey);
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
        private final HttpRequest.Builder request;
        private final int maxRetries;
        private final String idempotencyKey;

        Attempts(HttpRequest.Builder request, int maxRetries, String idempotencyKey) {
            this.request = request;
            this.maxRetries = maxRetries;
            this.idempotencyKey = idempotencyKey;
        }

        JsonNode run() {
            for (int retry = 0; ; retry++) {
                HttpRequest built = attempt(retry);
                Outcome outcome;
                try {
                    outcome = outcome(retry, built, config.httpClient.send(built, HttpResponse.BodyHandlers.ofByteArray()), null);
                } catch (IOException e) {
                    outcome = outcome(retry, built, null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CognitionOSIoException(Messages.format(Policy.CONNECTION_ERROR_MESSAGE, Messages.values("cause", "interrupted")), e, idempotencyKey);
                }
                if (outcome.failure != null) throw outcome.failure;
                if (outcome.pause == null) return outcome.answer;
                Threads.sleep(outcome.pause);
            }
        }

        /** The same attempts without blocking a thread: pauses are scheduled, not slept. */
        CompletableFuture<JsonNode> runAsync(int retry) {
            HttpRequest built = attempt(retry);
            return config.httpClient.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray())
                    .handle((response, error) -> outcome(retry, built, response, error instanceof CompletionException ? error.getCause() : error))
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

        /** What one attempt's answer (or error) means: the result, another attempt after a pause, or the exception. */
        private Outcome outcome(int retry, HttpRequest built, HttpResponse<byte[]> response, Throwable error) {
            boolean budgetLeft = retry < maxRetries;
            Duration backoff = Backoff.delay(retry + 1, response == null ? Optional.empty() : Optional.of(response.headers()));
            if (error instanceof HttpTimeoutException) {
                if (budgetLeft && Policy.RETRY_TIMEOUTS) return Outcome.retryAfter(backoff);
                String timeoutMs = Long.toString(built.timeout().orElse(config.timeout).toMillis());
                return Outcome.failed(new CognitionOSTimeoutException(Messages.format(Policy.TIMEOUT_MESSAGE, Messages.values("timeout_ms", timeoutMs)), error, idempotencyKey));
            }
            if (error != null) {
                if (budgetLeft && Policy.RETRY_CONNECTION_ERRORS && error instanceof IOException) return Outcome.retryAfter(backoff);
                return Outcome.failed(new CognitionOSIoException(Messages.format(Policy.CONNECTION_ERROR_MESSAGE, Messages.values("cause", describe(error))), error, idempotencyKey));
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) return Outcome.answered(response.body().length == 0 ? null : Json.parse(response.body()));
            if (budgetLeft && transientStatus(status)) return Outcome.retryAfter(backoff);
            return Outcome.failed(Errors.fromResponse(status, response.headers(), response.body(), config.apiKey, idempotencyKey));
        }
    }

    /** Exactly one of: an answer (null for an empty one, when pause and failure are null), a pause before the next attempt, an exception. */
    private static final class Outcome {
        final JsonNode answer;
        final Duration pause;
        final RuntimeException failure;

        private Outcome(JsonNode answer, Duration pause, RuntimeException failure) {
            this.answer = answer;
            this.pause = pause;
            this.failure = failure;
        }

        static Outcome answered(JsonNode answer) {
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

    /** The client's settings, fixed at build time. */
    public static final class ClientConfig {
        final String apiKey;
        final String baseUrl;
        final int maxRetries;
        final Duration timeout;
        final HttpClient httpClient;
        final Map<String, String> headers;

        public ClientConfig(String apiKey, String baseUrl, int maxRetries, Duration timeout, HttpClient httpClient, Map<String, String> headers) {
            this.apiKey = apiKey;
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            this.maxRetries = maxRetries;
            this.timeout = timeout;
            this.httpClient = httpClient;
            this.headers = Map.copyOf(headers);
        }
    }
}
