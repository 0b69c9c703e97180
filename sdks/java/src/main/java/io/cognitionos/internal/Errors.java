// Generated from generators/java/runtime/io/cognitionos/internal/Errors.java by generators/java. Do not edit: change that file.
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

    static CognitionOSServiceException fromResponse(String method, String template, int status, HttpHeaders headers, byte[] body, String apiKey, String idempotencyKey) {
        // Defence in depth: a server that echoed the key must not put it in a log, a message or problem(), through us.
        ProblemDetails problem = problem(status, redact(new String(body, StandardCharsets.UTF_8), apiKey));
        String requestId = headers.firstValue(Policy.REQUEST_ID_HEADER).orElse(problem == null ? null : problem.requestId());
        String fieldErrors = problem == null ? null : fieldErrors(problem);
        String detail = problem == null ? null : problem.detail();
        String message = Messages.format(Policy.API_ERROR_MESSAGE, Messages.values(
                "method", method,
                "path", template,
                "status", Integer.toString(status),
                "title", problem == null ? ReasonPhrases.of(status) : problem.title(),
                // A 400's detail that only repeats its field errors is left out: each error is listed once.
                "detail", repeats(detail, problem) ? null : detail,
                "field_errors", fieldErrors,
                "request_id", requestId));
        return Policy.exceptionFor(status, message, headers, problem, idempotencyKey);
    }

    /**
     * The problem+json body, its title and status filled from the answer when it lacks them; a body that
     * is not JSON (a proxy's HTML page) is kept, shortened, as its detail.
     */
    private static ProblemDetails problem(int status, String body) {
        if (body.isEmpty()) return null;
        ObjectNode json = null;
        try {
            JsonNode parsed = Json.parse(body.getBytes(StandardCharsets.UTF_8));
            if (parsed instanceof ObjectNode) json = (ObjectNode) parsed;
        } catch (RuntimeException notJson) {
            // kept as text below
        }
        if (json == null) {
            String text = body.trim();
            json = Json.object().put("detail", text.substring(0, Math.min(text.length(), Policy.RAW_DETAIL_MAX_CHARS)));
        }
        if (!json.path("title").isTextual()) json.put("title", ReasonPhrases.of(status));
        if (!json.path("status").isIntegralNumber()) json.put("status", status);
        return new ProblemDetails(json);
    }

    /** True when every field error already stands, word for word, in the detail. */
    private static boolean repeats(String detail, ProblemDetails problem) {
        List<String> errors = fieldErrorTexts(problem);
        return detail != null && !errors.isEmpty() && errors.stream().allMatch(detail::contains);
    }

    private static String fieldErrors(ProblemDetails problem) {
        return String.join(Policy.FIELD_ERROR_SEPARATOR, fieldErrorTexts(problem));
    }

    private static List<String> fieldErrorTexts(ProblemDetails problem) {
        return problem.errors().orElse(List.of()).stream()
                .map(error -> Messages.format(Policy.FIELD_ERROR_MESSAGE, Messages.values("path", error.path(), "message", error.message())))
                .collect(Collectors.toList());
    }

    /** The caller's exact key cut out of the text; every other word, the server's included, stays. */
    static String redact(String text, String secret) {
        return secret == null || secret.length() < Policy.MIN_SECRET_CHARS ? text : text.replace(secret, "[redacted]");
    }
}
