// Generated from generators/policy/policy.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.internal;

import io.cognitionos.errors.*;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.util.Set;

/** The client policy every SDK of this platform follows. Internal. */
public final class Policy {
    public static final int RETRIES_MAX_RETRIES = 2;
    public static final Set<Integer> RETRIES_STATUSES = Set.of(408, 409, 429);
    public static final boolean RETRIES_SERVER_ERRORS = true;
    public static final Set<String> RETRIES_ERRORS = Set.of("connection", "timeout");
    public static final int RETRIES_INITIAL_DELAY_MS = 500;
    public static final int RETRIES_MAX_DELAY_MS = 8000;
    public static final double RETRIES_JITTER = 0.25;
    public static final int RETRIES_MAX_RETRY_AFTER_MS = 60000;
    public static final Set<String> RETRIES_METHODS = Set.of("GET", "DELETE");
    public static final boolean RETRIES_IDEMPOTENCY_KEY_MAKES_RETRYABLE = true;
    public static final String RETRIES_RETRY_COUNT_HEADER = "CognitionOS-Retry-Count";
    public static final int TIMEOUTS_REQUEST_MS = 60000;
    public static final int POLLING_INTERVAL_MS = 500;
    public static final int POLLING_TIMEOUT_MS = 300000;
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final Set<String> IDEMPOTENCY_METHODS = Set.of("POST");
    public static final String IDEMPOTENCY_KEY_PREFIX = "cognitionos-";
    public static final String MESSAGES_API_ERROR = "{status} {title}{: detail}{ [field_errors]}{ (request request_id)}";
    public static final String MESSAGES_FIELD_ERROR = "{path}: {message}";
    public static final String MESSAGES_FIELD_ERROR_SEPARATOR = "; ";
    public static final String MESSAGES_CONNECTION = "Connection error: {cause}";
    public static final String MESSAGES_TIMEOUT = "Request timed out after {timeout_ms} ms";
    public static final String MESSAGES_POLL_TIMEOUT = "Still {status} after {timeout_ms} ms of polling";
    public static final String MESSAGES_INVALID_PATH_PARAM = "{param} must be a non-empty id that is not '.' or '..'; got {value}";
    public static final String USER_AGENT = "cognitionos-sdk-{language}/{version} ({runtime}/{runtime_version})";
    public static final String ENVIRONMENT_API_KEY = "COGNITIONOS_API_KEY";
    public static final String ENVIRONMENT_BASE_URL = "COGNITIONOS_BASE_URL";
    public static final String ENVIRONMENT_DEFAULT_BASE_URL = "http://localhost:8100/api/v3";
    public static final String HEADERS_REQUEST_ID = "X-Request-Id";
    public static final String HEADERS_SPEC_VERSION = "CognitionOS-Spec-Version";

    private Policy() {}

    /** The status table: the exception class for an answer's status. */
    public static CognitionOSServiceException exceptionFor(int status, String message, HttpHeaders headers, ProblemDetails problem) {
        switch (status) {
            case 400:
                return new BadRequestException(message, status, headers, problem);
            case 401:
                return new AuthenticationException(message, status, headers, problem);
            case 403:
                return new PermissionDeniedException(message, status, headers, problem);
            case 404:
                return new NotFoundException(message, status, headers, problem);
            case 409:
                return new ConflictException(message, status, headers, problem);
            case 422:
                return new UnprocessableEntityException(message, status, headers, problem);
            case 429:
                return new RateLimitException(message, status, headers, problem);
            default:
                if (status / 100 == 5) return new InternalServerException(message, status, headers, problem);
                return new CognitionOSServiceException(message, status, headers, problem);
        }
    }
}
