"""When to retry, and how long to wait, by the one client policy (_policy.py): which errors and
statuses, only for requests that are safe to repeat; exponential backoff minus jitter so clients that
failed together do not retry together; a sane Retry-After wins.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime
from typing import Callable, Mapping, Optional

from ._errors import APIConnectionError, APITimeoutError
from ._http import HTTPResponse
from ._policy import (
    IDEMPOTENCY_HEADER,
    IDEMPOTENCY_KEY_MAKES_RETRYABLE,
    INITIAL_DELAY_MS,
    JITTER,
    MAX_DELAY_MS,
    MAX_RETRY_AFTER_MS,
    REPEATABLE_METHODS,
    RETRY_CONNECTION_ERRORS,
    RETRY_SERVER_ERRORS,
    RETRY_TIMEOUTS,
    RETRYABLE_STATUSES,
    SHOULD_RETRY_HEADER,
)


def is_repeatable(method: str, headers: Mapping[str, str]) -> bool:
    """`headers` is case-insensitive (an HTTPHeaderDict), as header names are."""
    return method in REPEATABLE_METHODS or (IDEMPOTENCY_KEY_MAKES_RETRYABLE and IDEMPOTENCY_HEADER in headers)


def should_retry(response: HTTPResponse) -> bool:
    """The server's x-should-retry decides first, as only it knows whether a 409 is a key still in
    progress or a state that will not change (openai-python reads its header the same way); without
    it, the policy's status table."""
    verdict = response.headers.get(SHOULD_RETRY_HEADER, "").strip().lower()
    if verdict in ("true", "false"):
        return verdict == "true"
    return is_retryable_status(response.status)


def is_retryable_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES or (RETRY_SERVER_ERRORS and status >= 500)


def is_retryable_error(error: APIConnectionError) -> bool:
    return RETRY_TIMEOUTS if isinstance(error, APITimeoutError) else RETRY_CONNECTION_ERRORS


def retry_after_seconds(value: Optional[str], now: Callable[[], float] = time.time) -> Optional[float]:
    """Retry-After as seconds: an integer/float number of seconds or an HTTP-date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).timestamp() - now()
    except (TypeError, ValueError, IndexError):
        return None


def backoff_delay(retry: int, retry_after: Optional[float] = None, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number `retry` (1-based)."""
    # A Retry-After beyond the cap is a sign of an outage, not of a short pause: backoff instead.
    if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER_MS / 1000:
        return retry_after
    base = min(INITIAL_DELAY_MS / 1000 * 2.0 ** (retry - 1), MAX_DELAY_MS / 1000)
    return base * (1 - JITTER * rand())
