// Generated from generators/java/runtime/io/cognitionos/errors/CognitionOSServiceException.java by generators/java. Do not edit: change that file.
package io.cognitionos.errors;

import io.cognitionos.internal.Policy;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The API answered with a status other than 2xx. Subclasses name the status family; each carries the
 * status, the RFC 9457 problem body, the response headers and the request id for a support ticket.
 */
public class CognitionOSServiceException extends CognitionOSException {
    private static final long serialVersionUID = 1L;

    /** The answer's status; 0 when nothing was sent. */
    private final int statusCode;
    private final transient HttpHeaders headers;
    private final transient ProblemDetails problem;

    /**
     * Built by the SDK from an error answer.
     *
     * @param message the policy's message: the call, then the answer
     * @param statusCode the answer's HTTP status (0 when nothing was sent)
     * @param headers the answer's headers
     * @param problem the problem+json body (title and status filled from the answer when it lacks them), or null
     * @param idempotencyKey the Idempotency-Key the request carried, or null
     */
    public CognitionOSServiceException(String message, int statusCode, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        super(message, null, idempotencyKey);
        this.statusCode = statusCode;
        this.headers = headers;
        this.problem = problem;
    }

    /**
     * The answer's status.
     *
     * @return the status; 0 when the SDK refused the input before sending anything
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The id to quote to support.
     *
     * @return the response's X-Request-Id, or the problem body's request_id when the header is missing; null when neither is
     */
    public String requestId() {
        return headers.firstValue(Policy.REQUEST_ID_HEADER).orElseGet(() -> problem == null ? null : problem.requestId());
    }

    /**
     * The RFC 9457 body.
     *
     * @return the problem+json body; empty when the answer had none (e.g. a proxy's bare 503)
     */
    public Optional<ProblemDetails> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The answer's headers, such as Retry-After.
     *
     * @return the headers (empty when nothing was sent)
     */
    public HttpHeaders headers() {
        return headers;
    }
}
