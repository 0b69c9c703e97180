# Generated from generators/python/runtime/_polling.py by generators/python. Do not edit: change it there.
"""Waits for a long-running object (an execution) to reach a final state."""

from __future__ import annotations

import asyncio
import time
from typing import Awaitable, Callable, Collection, TypeVar

from ._errors import PollTimeoutError
from ._message import format_message
from ._policy import POLL_TIMEOUT_MESSAGE

T = TypeVar("T")


class _Deadline:
    def __init__(self, interval: float, max_wait: float) -> None:
        self.interval = interval
        self.max_wait = max_wait
        self._end = time.monotonic() + max_wait

    def check(self, status: str) -> None:
        if time.monotonic() + self.interval > self._end:
            # A generated enum is a str subclass whose str() is its class-qualified name: say its value.
            value = getattr(status, "value", status)
            timeout_ms = self.max_wait * 1000
            message = format_message(POLL_TIMEOUT_MESSAGE, {"status": value, "timeout_ms": f"{timeout_ms:g}"})
            raise PollTimeoutError(message, last_status=value, timeout_ms=timeout_ms)


def poll_until_final(
    fetch: Callable[[], T], status_of: Callable[[T], str], final: Collection[str], interval: float, max_wait: float
) -> T:
    deadline = _Deadline(interval, max_wait)
    current = fetch()
    while status_of(current) not in final:
        deadline.check(status_of(current))
        time.sleep(interval)
        current = fetch()
    return current


async def async_poll_until_final(
    fetch: Callable[[], Awaitable[T]], status_of: Callable[[T], str], final: Collection[str], interval: float, max_wait: float
) -> T:
    deadline = _Deadline(interval, max_wait)
    current = await fetch()
    while status_of(current) not in final:
        deadline.check(status_of(current))
        await asyncio.sleep(interval)
        current = await fetch()
    return current
