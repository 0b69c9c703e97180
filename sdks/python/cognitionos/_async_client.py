# Generated from generators/python/runtime/_async_client.py by generators/python. Do not edit: change it there.
"""The asyncio client's request methods: every attempt is a coroutine on the caller's event loop
(aiohttp, see _async_transport.py), waits between retries are asyncio sleeps, and cancelling the
calling task aborts the request in flight."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar, cast

from ._async_transport import AsyncTransport
from ._client_core import ClientCore, page_parts, parse_model
from ._configuration import Configuration
from ._http import HTTPResponse
from ._middleware import AsyncMiddleware
from ._pagination import AsyncPage, AsyncPaginator
from ._request import APIRequest
from ._response import APIResponse

if TYPE_CHECKING:  # the async extra may be missing; AsyncTransport says so when the client is made
    from aiohttp import ClientSession

M = TypeVar("M")
C = TypeVar("C", bound="AsyncBaseClient")


class AsyncBaseClient(ClientCore[AsyncMiddleware, "ClientSession"]):
    """The async client's transport (aiohttp) and request loop."""

    def _connect(self, configuration: Optional[Configuration], http_client: Optional["ClientSession"]) -> None:
        self._transport = AsyncTransport(configuration, http_client)

    async def aclose(self) -> None:
        """Closes the client's connections (a caller's own http_client stays open); the client is not usable afterwards."""
        await self._transport.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request_model(self, request: APIRequest, parse: Callable[[Any], Optional[M]]) -> M:
        return cast(M, await self._answer(request, lambda response: parse_model(response, parse, request)))

    async def _request_none(self, request: APIRequest) -> None:
        await self._answer(request, lambda response: None)

    def _request_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> AsyncPaginator[Any]:
        if self._raw:  # awaited, it answers an APIResponse whose parse() is the first page
            return cast(AsyncPaginator[Any], self._answer(request, lambda response: self._page(request, parse, response)))
        return AsyncPaginator(lambda: self._fetch_page(request, parse))

    def _page(self, request: APIRequest, parse: Callable[[Any], Any], response: HTTPResponse) -> AsyncPage[Any]:
        page = parse_model(response, parse, request)
        return AsyncPage(*page_parts(page), lambda cursor: self._fetch_page(request.at_cursor(cursor), parse))

    async def _fetch_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> AsyncPage[Any]:
        return self._page(request, parse, await self._send(request))

    async def _answer(self, request: APIRequest, parse: Callable[[HTTPResponse], Any]) -> Any:
        """The call's parsed value, or in raw mode its APIResponse (which parses on demand)."""
        response = await self._send(request)
        return APIResponse(response, parse) if self._raw else parse(response)

    async def _send(self, request: APIRequest) -> HTTPResponse:
        exchange = self._exchange(request)
        while True:
            outcome = await exchange.attempt_async(self._transport.send, self._middleware)
            delay = exchange.next_delay(outcome)
            if delay is None:
                return exchange.result(outcome)
            await _sleep(delay)


async def _sleep(seconds: float) -> None:
    """The wait between attempts (a seam the unit tests replace, so they need not really wait)."""
    await asyncio.sleep(seconds)
