# Generated from generators/python/runtime/_transport.py by generators/python. Do not edit: change it there.
"""One HTTP exchange of the sync client, on urllib3.

A pooled, keep-alive urllib3 PoolManager with the Configuration's TLS and proxy settings; this module
turns its failures into the SDK's errors and leaves every retry decision to the client (urllib3's own
retries are switched off).
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping, NamedTuple, Optional

import urllib3

from ._configuration import Configuration
from ._errors import APIConnectionError, APITimeoutError
from ._message import format_message
from ._policy import CONNECTION_ERROR_MESSAGE, TIMEOUT_MESSAGE


class RawResponse(NamedTuple):
    status: int
    headers: Mapping[str, str]
    content: bytes


class Transport:
    def __init__(self, configuration: Optional[Configuration] = None) -> None:
        self._pool = (configuration or Configuration()).pool_manager()

    def send(self, method: str, url: str, headers: Mapping[str, str], body: Optional[Any], timeout: float) -> RawResponse:
        try:
            response = self._pool.request(
                method,
                url,
                body=None if body is None else json.dumps(body),
                headers=dict(headers),
                timeout=urllib3.Timeout(total=timeout),
                preload_content=False,
            )
            content = response.read()
            response.release_conn()
        except (urllib3.exceptions.HTTPError, OSError) as error:
            if _is_timeout(error):
                raise APITimeoutError(format_message(TIMEOUT_MESSAGE, {"timeout_ms": f"{timeout * 1000:g}"})) from error
            raise APIConnectionError(format_message(CONNECTION_ERROR_MESSAGE, {"cause": _cause(error)})) from error
        return RawResponse(response.status, response.headers, content or b"")

    def close(self) -> None:
        self._pool.clear()


def _cause(error: BaseException) -> str:
    """`NewConnectionError: HTTPConnection(host=..., port=...): Failed to establish a new connection: ...`;
    older urllib3 releases prefix `<urllib3.connection.HTTPConnection object at 0x...>: `, noise that is dropped."""
    return f"{type(error).__name__}: {re.sub(r'^<[^>]*>: ', '', str(error))}"


def _is_timeout(error: BaseException) -> bool:
    """Only a real timeout: urllib3's NewConnectionError (refused, DNS, unreachable) subclasses its
    ConnectTimeoutError, yet no time ran out."""
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return False
    return isinstance(error, (urllib3.exceptions.TimeoutError, TimeoutError))
