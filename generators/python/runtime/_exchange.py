"""One logical request across its attempts: attempt, decide, (the client waits), attempt again.
The sync and async clients drive the same Exchange; only their transport and their way of waiting
differ. Each attempt runs through the caller's middleware and is logged."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Optional, Sequence, Union

from urllib3 import HTTPHeaderDict

from ._errors import APIConnectionError, APIError
from ._http import HTTPRequest, HTTPResponse
from ._logging import log_attempt
from ._middleware import AsyncMiddleware, AsyncSend, Middleware, Send, chain
from ._policy import IDEMPOTENCY_HEADER, RETRY_COUNT_HEADER
from ._retry import backoff_delay, is_repeatable, is_retryable_error, retry_after_seconds, should_retry

Outcome = Union[HTTPResponse, APIConnectionError]


class Exchange:
    def __init__(
        self,
        method: str,
        url: str,
        route: str,
        headers: HTTPHeaderDict,
        body: Optional[Dict[str, Any]],
        max_retries: int,
        timeout: float,
        status_error: Callable[[str, str, HTTPResponse], APIError],
    ) -> None:
        self.method = method
        self.url = url
        self.route = route
        self.headers = headers
        self.body = body
        self.max_retries = max_retries
        self.timeout = timeout
        self.retries_done = 0
        self._status_error = status_error

    def attempt(self, send: Send, middleware: Sequence[Middleware]) -> Outcome:
        request, started = self._request(), time.monotonic()
        try:
            outcome: Outcome = chain(middleware, send)(request)
        except APIConnectionError as error:
            outcome = error
        log_attempt(request, outcome, time.monotonic() - started)
        return outcome

    async def attempt_async(self, send: AsyncSend, middleware: Sequence[AsyncMiddleware]) -> Outcome:
        request, started = self._request(), time.monotonic()
        try:
            outcome: Outcome = await chain(middleware, send)(request)
        except APIConnectionError as error:
            outcome = error
        log_attempt(request, outcome, time.monotonic() - started)
        return outcome

    def _request(self) -> HTTPRequest:
        """This attempt, with its own copy of the headers: a middleware's change stays in its attempt."""
        headers = HTTPHeaderDict(self.headers)
        return HTTPRequest(self.method, self.url, self.route, headers, self.body, self.timeout, self.retries_done + 1)

    def next_delay(self, outcome: Outcome) -> Optional[float]:
        """Seconds to wait before the next attempt, or None when this outcome is final. Marks the
        next attempt as a retry (CognitionOS-Retry-Count: n)."""
        delay = self._delay(outcome)
        if delay is not None:
            self.retries_done += 1
            self.headers[RETRY_COUNT_HEADER] = str(self.retries_done)
        return delay

    def result(self, outcome: Outcome) -> HTTPResponse:
        if isinstance(outcome, HTTPResponse) and outcome.status < 300:
            return outcome
        error = outcome if isinstance(outcome, APIConnectionError) else self._status_error(self.method, self.route, outcome)
        # The key sent, if any, lets the caller retry safely: the server replays instead of writing twice.
        error.idempotency_key = self.headers.get(IDEMPOTENCY_HEADER)
        raise error

    def _delay(self, outcome: Outcome) -> Optional[float]:
        if self.retries_done >= self.max_retries or not is_repeatable(self.method, self.headers):
            return None
        if isinstance(outcome, APIConnectionError):
            return backoff_delay(self.retries_done + 1) if is_retryable_error(outcome) else None
        if outcome.status < 300 or not should_retry(outcome):  # a success is final, whatever its headers say
            return None
        return backoff_delay(self.retries_done + 1, retry_after_seconds(outcome.headers.get("Retry-After")))
