# Generated from generators/python/runtime/_base_client.py by generators/python. Do not edit: change it there.
"""The synchronous client's request methods: what every emitted resource method calls."""

from __future__ import annotations

import time
from typing import Any, Callable, Optional, TypeVar, cast

import urllib3

from ._client_core import ClientCore, page_parts, parse_model
from ._configuration import Configuration
from ._http import HTTPResponse
from ._middleware import Middleware
from ._pagination import SyncPage
from ._request import APIRequest
from ._response import APIResponse
from ._transport import Transport

M = TypeVar("M")
C = TypeVar("C", bound="BaseClient")


class BaseClient(ClientCore[Middleware, urllib3.PoolManager]):
    """The sync client's transport (urllib3) and request loop."""

    def _connect(self, configuration: Optional[Configuration], http_client: Optional[urllib3.PoolManager]) -> None:
        self._transport = Transport(configuration, http_client)

    def close(self) -> None:
        """Closes the client's connections (a caller's own http_client stays open)."""
        self._transport.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request_model(self, request: APIRequest, parse: Callable[[Any], Optional[M]]) -> M:
        return cast(M, self._answer(request, lambda response: parse_model(response, parse, request)))

    def _request_none(self, request: APIRequest) -> None:
        self._answer(request, lambda response: None)

    def _request_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> SyncPage[Any]:
        return cast(SyncPage[Any], self._answer(request, lambda response: self._page(request, parse, response)))

    def _page(self, request: APIRequest, parse: Callable[[Any], Any], response: HTTPResponse) -> SyncPage[Any]:
        page = parse_model(response, parse, request)
        return SyncPage(*page_parts(page), lambda cursor: self._fetch_page(request.at_cursor(cursor), parse))

    def _fetch_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> SyncPage[Any]:
        return self._page(request, parse, self._send(request))

    def _answer(self, request: APIRequest, parse: Callable[[HTTPResponse], Any]) -> Any:
        """The call's parsed value, or in raw mode its APIResponse (which parses on demand)."""
        response = self._send(request)
        return APIResponse(response, parse) if self._raw else parse(response)

    def _send(self, request: APIRequest) -> HTTPResponse:
        exchange = self._exchange(request)
        while True:
            outcome = exchange.attempt(self._transport.send, self._middleware)
            delay = exchange.next_delay(outcome)
            if delay is None:
                return exchange.result(outcome)
            _sleep(delay)


def _sleep(seconds: float) -> None:
    """The wait between attempts (a seam the unit tests replace, so they need not really wait)."""
    time.sleep(seconds)
