# Generated from generators/python/runtime/_async_client.py by generators/python. Do not edit: change it there.
"""The asyncio client's request methods. Attempts run the same urllib3 transport in a worker
thread (asyncio.to_thread), so many requests proceed at once without blocking the event loop;
waits between retries are asyncio sleeps."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Optional, TypeVar

from ._client_core import ClientCore, page_parts, parse_model
from ._pagination import AsyncPage
from ._request import APIRequest
from ._transport import RawResponse

M = TypeVar("M")
C = TypeVar("C", bound="AsyncBaseClient")


class AsyncBaseClient(ClientCore):
    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()

    async def _request_model(self, request: APIRequest, parse: Callable[[Any], Optional[M]]) -> M:
        return parse_model(await self._send(request), parse, request)

    async def _request_none(self, request: APIRequest) -> None:
        await self._send(request)

    async def _request_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> AsyncPage[Any]:
        page = await self._request_model(request, parse)
        return AsyncPage(*page_parts(page), lambda cursor: self._request_page(request.at_cursor(cursor), parse))

    async def _send(self, request: APIRequest) -> RawResponse:
        exchange = self._exchange(request)
        while True:
            outcome = await asyncio.to_thread(exchange.attempt)
            delay = exchange.next_delay(outcome)
            if delay is None:
                return exchange.result(outcome)
            await _sleep(delay)


async def _sleep(seconds: float) -> None:
    """The wait between attempts (a seam the unit tests replace, so they need not really wait)."""
    await asyncio.sleep(seconds)
