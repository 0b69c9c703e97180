"""The client policy: generated from generators/policy/policy.json by generators/python. Do not edit."""

from typing import Dict, Tuple

MAX_RETRIES = 2
RETRYABLE_STATUSES: Tuple[int, ...] = (408, 409, 429)
RETRY_SERVER_ERRORS = True
RETRY_CONNECTION_ERRORS = True
RETRY_TIMEOUTS = True
INITIAL_DELAY_MS = 500
MAX_DELAY_MS = 8000
JITTER = 0.25
MAX_RETRY_AFTER_MS = 60000
REPEATABLE_METHODS: Tuple[str, ...] = ("GET", "DELETE")
IDEMPOTENCY_KEY_MAKES_RETRYABLE = True
RETRY_COUNT_HEADER = "CognitionOS-Retry-Count"
SHOULD_RETRY_HEADER = "x-should-retry"
TIMEOUT_MS = 60000
POLL_INTERVAL_MS = 500
POLL_TIMEOUT_MS = 300000
IDEMPOTENCY_HEADER = "Idempotency-Key"
IDEMPOTENCY_METHODS: Tuple[str, ...] = ("POST",)
IDEMPOTENCY_KEY_PREFIX = "cognitionos-"
ERROR_CLASSES: Dict[int, str] = {400: "BadRequest", 401: "Authentication", 403: "PermissionDenied", 404: "NotFound", 409: "Conflict", 422: "UnprocessableEntity", 429: "RateLimit"}
SERVER_ERROR_CLASS = "InternalServer"
API_ERROR_MESSAGE = "{method }{path: }{status} {title}{: detail}{ [field_errors]}{ (request request_id)}"
FIELD_ERROR_MESSAGE = "{path}: {message}"
FIELD_ERROR_SEPARATOR = "; "
CONNECTION_ERROR_MESSAGE = "{method }{path: }Connection error: {cause}"
TIMEOUT_MESSAGE = "{method }{path: }Request timed out after {timeout_ms} ms"
POLL_TIMEOUT_MESSAGE = "Still {status} after {timeout_ms} ms of polling"
INVALID_PATH_PARAM_MESSAGE = "{param} must be a non-empty id that is not '.' or '..'; got {value}"
RAW_DETAIL_MAX_CHARS = 500
MIN_SECRET_CHARS = 12
USER_AGENT = "cognitionos-sdk-{language}/{version} ({runtime}/{runtime_version})"
API_KEY_ENV = "COGNITIONOS_API_KEY"
BASE_URL_ENV = "COGNITIONOS_BASE_URL"
LOG_ENV = "COGNITIONOS_LOG"
DEFAULT_BASE_URL = "http://localhost:8100/api/v3"
REQUEST_ID_HEADER = "X-Request-Id"
SPEC_VERSION_HEADER = "CognitionOS-Spec-Version"
