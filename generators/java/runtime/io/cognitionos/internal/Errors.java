package io.cognitionos.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.errors.CognitionOSServiceException;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
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
                "title", problem == null ? "(no problem body)" : problem.title(),
                "detail", problem == null ? null : problem.detail(),
                "field_errors", problem == null ? null : fieldErrors(problem),
                "request_id", requestId));
        // Defence in depth: a server that echoed the key must not put it in a log through us.
        return Policy.exceptionFor(status, redact(message, apiKey), headers, problem, idempotencyKey);
    }

    private static ProblemDetails problem(byte[] body) {
        try {
            JsonNode json = body.length == 0 ? null : Json.parse(body);
            return json instanceof ObjectNode ? new ProblemDetails((ObjectNode) json) : null;
        } catch (RuntimeException notJson) {
            return null;
        }
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
