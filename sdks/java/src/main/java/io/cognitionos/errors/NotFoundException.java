// Generated from generators/policy/policy.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.errors;

import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;

/** The API answered 404. */
public class NotFoundException extends CognitionOSServiceException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, int statusCode, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        super(message, statusCode, headers, problem, idempotencyKey);
    }
}
