package io.cognitionos.internal;

import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;

/**
 * One debug line per attempt: method, path, status (or the error), request id, attempt and elapsed
 * time. Never headers or bodies, and the API key is redacted from the line should a path hold it.
 * On when the caller gives a logger (lines at DEBUG), or when COGNITIONOS_LOG=debug (lines at INFO to
 * the System.Logger "io.cognitionos", so the JDK's default logging shows them).
 */
final class RequestLog {
    static final String ENV = "COGNITIONOS_LOG";
    private static final RequestLog OFF = new RequestLog(null, Level.DEBUG, null);

    private final System.Logger logger;
    private final Level level;
    private final String apiKey;

    private RequestLog(System.Logger logger, Level level, String apiKey) {
        this.logger = logger;
        this.level = level;
        this.apiKey = apiKey;
    }

    static RequestLog of(System.Logger logger, String apiKey) {
        if (logger != null) return new RequestLog(logger, Level.DEBUG, apiKey);
        if ("debug".equalsIgnoreCase(System.getenv(ENV))) return new RequestLog(System.getLogger("io.cognitionos"), Level.INFO, apiKey);
        return OFF;
    }

    void attempt(String method, String path, HttpResponse<byte[]> response, Throwable error, int attempt, long elapsedNanos) {
        if (logger == null || !logger.isLoggable(level)) return;
        String outcome = response != null ? Integer.toString(response.statusCode()) : ClientCore.describe(error);
        String requestId = response == null ? "-" : response.headers().firstValue(Policy.REQUEST_ID_HEADER).orElse("-");
        String line = String.format("cognitionos: %s %s -> %s (request %s, attempt %d, %d ms)", method, path, outcome, requestId, attempt, elapsedNanos / 1_000_000);
        logger.log(level, Errors.redact(line, apiKey));
    }
}
