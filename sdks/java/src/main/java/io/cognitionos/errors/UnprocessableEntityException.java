// Generated from generators/policy/policy.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.errors;

import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;

/** The API answered 422. */
public class UnprocessableEntityException extends CognitionOSServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Built by the SDK from an error answer.
     *
     * @param message the policy's message: the call, then the answer
     * @param statusCode the answer's HTTP status
     * @param headers the answer's headers
     * @param problem the problem+json body (title and status filled from the answer when it lacks them), or null
     * @param idempotencyKey the Idempotency-Key the request carried, or null
     */
    public UnprocessableEntityException(String message, int statusCode, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        super(message, statusCode, headers, problem, idempotencyKey);
    }
}
