# Generated from generators/python/runtime/_base_client.py by generators/python. Do not edit: change it there.
"""The synchronous client's request methods: what every emitted resource method calls."""

from __future__ import annotations

import time
from typing import Any, Callable, Optional, TypeVar

from ._client_core import ClientCore, page_parts, parse_model
from ._configuration import Configuration
from ._pagination import SyncPage
from ._request import APIRequest
from ._transport import RawResponse, Transport

M = TypeVar("M")
C = TypeVar("C", bound="BaseClient")


class BaseClient(ClientCore):
    def _connect(self, configuration: Optional[Configuration]) -> None:
        self._transport = Transport(configuration)

    def close(self) -> None:
        self._transport.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request_model(self, request: APIRequest, parse: Callable[[Any], Optional[M]]) -> M:
        return parse_model(self._send(request), parse, request)

    def _request_none(self, request: APIRequest) -> None:
        self._send(request)

    def _request_page(self, request: APIRequest, parse: Callable[[Any], Any]) -> SyncPage[Any]:
        page = self._request_model(request, parse)
        return SyncPage(*page_parts(page), lambda cursor: self._request_page(request.at_cursor(cursor), parse))

    def _send(self, request: APIRequest) -> RawResponse:
        exchange = self._exchange(request)
        while True:
            outcome = exchange.attempt(self._transport.send)
            delay = exchange.next_delay(outcome)
            if delay is None:
                return exchange.result(outcome)
            _sleep(delay)


def _sleep(seconds: float) -> None:
    """The wait between attempts (a seam the unit tests replace, so they need not really wait)."""
    time.sleep(seconds)
