"""The raw answer of a call: `client.with_raw_response.tenants.create(name=...)` returns an
APIResponse, whose status_code and headers are the answer's, and whose parse() is the object the
plain call returns."""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Generic, Mapping, Optional, TypeVar, cast

from typing_extensions import ParamSpec

from ._http import HTTPResponse
from ._policy import REQUEST_ID_HEADER

R = TypeVar("R")
P = ParamSpec("P")
_UNPARSED: Any = object()


class APIResponse(Generic[R]):
    """A successful call's answer as received; parse() decodes it (once) into the call's return value."""

    def __init__(self, http_response: HTTPResponse, parse: Callable[[HTTPResponse], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: R = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status

    @property
    def headers(self) -> Mapping[str, str]:
        """The answer's headers, case-insensitive."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body, undecoded."""
        return self.http_response.content

    @property
    def request_id(self) -> Optional[str]:
        """The X-Request-Id the server gave the call."""
        return self.headers.get(REQUEST_ID_HEADER)

    def parse(self) -> R:
        """What the plain call returns (a model, a page, None)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        return f"APIResponse(status_code={self.status_code}, request_id={self.request_id!r})"


def to_raw_response(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """The method's type as a raw one: `method` is bound to a client in raw mode, which answers APIResponse."""
    return cast(Callable[P, APIResponse[R]], method)


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """to_raw_response for an async client's method."""
    return cast(Callable[P, Awaitable[APIResponse[R]]], method)
