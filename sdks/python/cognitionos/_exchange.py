# Generated from generators/python/runtime/_exchange.py by generators/python. Do not edit: change it there.
"""One logical request across its attempts: attempt, decide, (the client waits), attempt again.
The sync and async clients drive the same Exchange; only their way of waiting differs."""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Union

from urllib3 import HTTPHeaderDict

from ._errors import APIConnectionError, APIError
from ._policy import IDEMPOTENCY_HEADER, RETRY_COUNT_HEADER
from ._retry import backoff_delay, is_repeatable, is_retryable_error, is_retryable_status, retry_after_seconds
from ._transport import RawResponse, Transport

Outcome = Union[RawResponse, APIConnectionError]


class Exchange:
    def __init__(
        self,
        transport: Transport,
        method: str,
        url: str,
        headers: HTTPHeaderDict,
        body: Optional[Dict[str, Any]],
        max_retries: int,
        timeout: float,
        status_error: Callable[[RawResponse], APIError],
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.max_retries = max_retries
        self.timeout = timeout
        self.retries_done = 0
        self._transport = transport
        self._status_error = status_error

    def attempt(self) -> Outcome:
        try:
            return self._transport.send(self.method, self.url, self.headers, self.body, self.timeout)
        except APIConnectionError as error:
            return error

    def next_delay(self, outcome: Outcome) -> Optional[float]:
        """Seconds to wait before the next attempt, or None when this outcome is final. Marks the
        next attempt as a retry (CognitionOS-Retry-Count: n)."""
        delay = self._delay(outcome)
        if delay is not None:
            self.retries_done += 1
            self.headers[RETRY_COUNT_HEADER] = str(self.retries_done)
        return delay

    def result(self, outcome: Outcome) -> RawResponse:
        if isinstance(outcome, RawResponse) and outcome.status < 300:
            return outcome
        error = outcome if isinstance(outcome, APIConnectionError) else self._status_error(outcome)
        # The key sent, if any, lets the caller retry safely: the server replays instead of writing twice.
        error.idempotency_key = self.headers.get(IDEMPOTENCY_HEADER)
        raise error

    def _delay(self, outcome: Outcome) -> Optional[float]:
        if self.retries_done >= self.max_retries or not is_repeatable(self.method, self.headers):
            return None
        if isinstance(outcome, APIConnectionError):
            return backoff_delay(self.retries_done + 1) if is_retryable_error(outcome) else None
        if not is_retryable_status(outcome.status):
            return None
        return backoff_delay(self.retries_done + 1, retry_after_seconds(outcome.headers.get("Retry-After")))
