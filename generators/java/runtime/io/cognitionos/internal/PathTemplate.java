package io.cognitionos.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognitionos.errors.BadRequestException;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fills a path template so that no argument can change which route is called: an empty, `.` or `..`
 * id is refused before any request with a BadRequestException naming the parameter (as every SDK of
 * the platform does), and every other id is percent-encoded as exactly one path segment (`/`, `?`,
 * `#` and `%` included).
 */
public final class PathTemplate {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PathTemplate() {}

    /** `template` has `{wire_name}` placeholders; `params` alternates the parameter's Java name and its value. */
    public static String fill(String template, String... params) {
        String path = template;
        for (int i = 0; i < params.length; i += 2) {
            String name = params[i];
            String value = params[i + 1];
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            path = path.substring(0, open) + segment(name, path.substring(open + 1, close), value) + path.substring(close + 1);
        }
        return path;
    }

    static String segment(String name, String wire, String value) {
        if (value == null || value.isEmpty() || value.equals(".") || value.equals("..")) {
            String message = Messages.format(Policy.INVALID_PATH_PARAM_MESSAGE, Messages.values("param", name, "value", value == null ? "null" : "\"" + value + "\""));
            throw invalidInput("path." + wire, message);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) encoded.append(c);
            else encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16))).append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return encoded.toString();
    }

    /** Input refused before anything was sent: no status (0), no headers, a problem naming the field. */
    private static BadRequestException invalidInput(String field, String message) {
        ObjectNode problem = Json.object().put("title", "Invalid input").put("detail", message);
        problem.putArray("errors").addObject().put("path", field).put("message", message);
        return new BadRequestException(message, 0, HttpHeaders.of(Map.of(), (name, value) -> true), new ProblemDetails(problem), null);
    }
}
