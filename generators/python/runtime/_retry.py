"""When to retry, and how long to wait: shared by every client, sync or not.

Retried: connection errors, timeouts, 408, 409, 429 and 5xx, but only for requests that are safe to
repeat (GET, DELETE, or carrying an Idempotency-Key). Waits 0.5 s doubling up to 8 s, minus up to 25%
jitter so clients that failed together do not retry together; a sane Retry-After wins.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime
from typing import Callable, Mapping, Optional

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
JITTER = 0.25
# A Retry-After beyond this is a sign of an outage, not of a short pause: fall back to backoff.
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})
REPEATABLE_METHODS = frozenset({"GET", "DELETE"})


def is_repeatable(method: str, headers: Mapping[str, str]) -> bool:
    return method in REPEATABLE_METHODS or "Idempotency-Key" in headers


def is_retryable_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES or status >= 500


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
    if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER:
        return retry_after
    base = min(INITIAL_DELAY * 2.0 ** (retry - 1), MAX_DELAY)
    return base * (1 - JITTER * rand())
