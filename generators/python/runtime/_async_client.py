"""The asyncio client's request methods: every attempt is a coroutine on the caller's event loop
(aiohttp, see _async_transport.py), waits between retries are asyncio sleeps, and cancelling the
calling task aborts the request in flight."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Optional, TypeVar

from ._async_transport import AsyncTransport
from ._client_core import ClientCore, page_parts, parse_model
from ._configuration import Configuration
from ._pagination import AsyncPage, AsyncPaginator
from ._request import APIRequest
from ._transport import RawResponse

M = TypeVar("M")
C = TypeVar("C", bound="AsyncBaseClient")


class AsyncBaseClient(ClientCore):
    def _connect(self, configuration: Optional[Configuration]) -> None:
        self._transport = AsyncTransport(configuration)

    async def aclose(self) -> None:
        """Closes the client's connections; the client is not usable afterwards."""
        await self._transport.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request_model(self, request: APIRequest, parse: Callable[[Any], Optional[M]]) -> M:
        return parse_model(await self._send(request), parse, request)

    async def _request_none(self, request: APIRequest) -> None:
        await self._send(request)

    def _request_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> AsyncPaginator[Any]:
        return AsyncPaginator(lambda: self._fetch_page(request, parse))

    async def _fetch_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> AsyncPage[Any]:
        page = await self._request_model(request, parse)
        return AsyncPage(*page_parts(page), lambda cursor: self._fetch_page(request.at_cursor(cursor), parse))

    async def _send(self, request: APIRequest) -> RawResponse:
        exchange = self._exchange(request)
        while True:
            outcome = await exchange.attempt_async(self._transport.send)
            delay = exchange.next_delay(outcome)
            if delay is None:
                return exchange.result(outcome)
            await _sleep(delay)


async def _sleep(seconds: float) -> None:
    """The wait between attempts (a seam the unit tests replace, so they need not really wait)."""
    await asyncio.sleep(seconds)
