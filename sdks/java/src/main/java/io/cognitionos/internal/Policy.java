// Generated from generators/policy/policy.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.internal;

import io.cognitionos.errors.*;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Set;

/** The client policy every SDK of this platform follows. Internal. */
public final class Policy {
    public static final int MAX_RETRIES = 2;
    public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 409, 429);
    public static final boolean RETRY_SERVER_ERRORS = true;
    public static final boolean RETRY_CONNECTION_ERRORS = true;
    public static final boolean RETRY_TIMEOUTS = true;
    public static final int INITIAL_DELAY_MS = 500;
    public static final int MAX_DELAY_MS = 8000;
    public static final double JITTER = 0.25;
    public static final int MAX_RETRY_AFTER_MS = 60000;
    public static final Set<String> REPEATABLE_METHODS = Set.of("GET", "DELETE");
    public static final boolean IDEMPOTENCY_KEY_MAKES_RETRYABLE = true;
    public static final String RETRY_COUNT_HEADER = "CognitionOS-Retry-Count";
    public static final String SHOULD_RETRY_HEADER = "x-should-retry";
    public static final int TIMEOUT_MS = 60000;
    public static final int POLL_INTERVAL_MS = 500;
    public static final int POLL_TIMEOUT_MS = 300000;
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final Set<String> IDEMPOTENCY_METHODS = Set.of("POST");
    public static final String IDEMPOTENCY_KEY_PREFIX = "cognitionos-";
    public static final Map<Integer, String> ERROR_CLASSES = Map.of(400, "BadRequest", 401, "Authentication", 403, "PermissionDenied", 404, "NotFound", 409, "Conflict", 422, "UnprocessableEntity", 429, "RateLimit");
    public static final String SERVER_ERROR_CLASS = "InternalServer";
    public static final String API_ERROR_MESSAGE = "{method }{path: }{status} {title}{: detail}{ [field_errors]}{ (request request_id)}";
    public static final String FIELD_ERROR_MESSAGE = "{path}: {message}";
    public static final String FIELD_ERROR_SEPARATOR = "; ";
    public static final String CONNECTION_ERROR_MESSAGE = "{method }{path: }Connection error: {cause}";
    public static final String TIMEOUT_MESSAGE = "{method }{path: }Request timed out after {timeout_ms} ms";
    public static final String POLL_TIMEOUT_MESSAGE = "Still {status} after {timeout_ms} ms of polling";
    public static final String INVALID_PATH_PARAM_MESSAGE = "{param} must be a non-empty id that is not '.' or '..'; got {value}";
    public static final int RAW_DETAIL_MAX_CHARS = 500;
    public static final int MIN_SECRET_CHARS = 12;
    public static final String USER_AGENT = "cognitionos-sdk-{language}/{version} ({runtime}/{runtime_version})";
    public static final String API_KEY_ENV = "COGNITIONOS_API_KEY";
    public static final String BASE_URL_ENV = "COGNITIONOS_BASE_URL";
    public static final String LOG_ENV = "COGNITIONOS_LOG";
    public static final String DEFAULT_BASE_URL = "http://localhost:8100/api/v3";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String SPEC_VERSION_HEADER = "CognitionOS-Spec-Version";

    private Policy() {}

    /** The status table: the exception for an answer's status. */
    public static CognitionOSServiceException exceptionFor(int status, String message, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        switch (status) {
            case 400:
                return new BadRequestException(message, status, headers, problem, idempotencyKey);
            case 401:
                return new AuthenticationException(message, status, headers, problem, idempotencyKey);
            case 403:
                return new PermissionDeniedException(message, status, headers, problem, idempotencyKey);
            case 404:
                return new NotFoundException(message, status, headers, problem, idempotencyKey);
            case 409:
                return new ConflictException(message, status, headers, problem, idempotencyKey);
            case 422:
                return new UnprocessableEntityException(message, status, headers, problem, idempotencyKey);
            case 429:
                return new RateLimitException(message, status, headers, problem, idempotencyKey);
            default:
                return status >= 500 ? new InternalServerException(message, status, headers, problem, idempotencyKey) : new CognitionOSServiceException(message, status, headers, problem, idempotencyKey);
        }
    }
}
