package io.cognitionos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A non-2xx answer as the exception the policy's status table names, with the policy's message. */
final class Errors {
    private Errors() {}

    static CognitionOSServiceException fromResponse(int status, HttpHeaders headers, byte[] body, String apiKey, String idempotencyKey) {
        ProblemDetails problem = problem(body);
        String requestId = headers.firstValue(Policy.REQUEST_ID_HEADER).orElse(problem == null ? null : problem.requestId());
        String message = Messages.format(Policy.API_ERROR_MESSAGE, Messages.values(
                "status", Integer.toString(status),
                "title", problem == null || problem.title() == null ? "Error" : problem.title(),
                "detail", problem == null ? null : problem.detail(),
                "field_errors", problem == null ? null : fieldErrors(problem),
                "request_id", requestId));
        // Defence in depth: a server that echoed the key must not put it in a log through us.
        return Policy.exceptionFor(status, redact(message, apiKey), headers, problem, idempotencyKey);
    }

    /** The problem+json body; a body that is not JSON (a proxy's HTML page) is kept, shortened, as its detail. */
    private static ProblemDetails problem(byte[] body) {
        if (body.length == 0) return null;
        try {
            JsonNode json = Json.parse(body);
            if (json instanceof ObjectNode) return new ProblemDetails((ObjectNode) json);
        } catch (RuntimeException notJson) {
            // kept as text below
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        return new ProblemDetails(Json.object().put("detail", text.substring(0, Math.min(text.length(), Policy.RAW_DETAIL_MAX_CHARS))));
    }

    private static String fieldErrors(ProblemDetails problem) {
        return problem.errors().orElse(List.of()).stream()
                .map(error -> Messages.format(Policy.FIELD_ERROR_MESSAGE, Messages.values("path", error.path(), "message", error.message())))
                .collect(Collectors.joining(Policy.FIELD_ERROR_SEPARATOR));
    }

    static String redact(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "[redacted]");
    }
}
