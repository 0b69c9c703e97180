"""One HTTP exchange of the sync client, on urllib3.

A pooled, keep-alive urllib3 PoolManager with the Configuration's TLS and proxy settings, or the
caller's own; this module turns its failures into the SDK's errors and leaves every retry decision to
the client (urllib3's own retries are switched off).
"""

from __future__ import annotations

import json
import re
from typing import Optional

import urllib3

from ._configuration import Configuration
from ._errors import APIConnectionError, APITimeoutError
from ._http import HTTPRequest, HTTPResponse
from ._message import format_message
from ._policy import CONNECTION_ERROR_MESSAGE, TIMEOUT_MESSAGE


class Transport:
    def __init__(self, configuration: Optional[Configuration] = None, pool: Optional[urllib3.PoolManager] = None) -> None:
        """`pool` is the caller's: used as it is, and left open by close()."""
        self._owned = pool is None
        self._pool = pool if pool is not None else (configuration or Configuration()).pool_manager()

    def send(self, request: HTTPRequest) -> HTTPResponse:
        try:
            response = self._pool.request(
                request.method,
                request.url,
                body=None if request.body is None else json.dumps(request.body),
                headers=dict(request.headers),
                timeout=urllib3.Timeout(total=request.timeout),
                preload_content=False,
                retries=False,
            )
            content = response.read()
            response.release_conn()
        except (urllib3.exceptions.HTTPError, OSError) as error:
            if _is_timeout(error):
                raise timeout_error(request) from error
            raise connection_error(request, _cause(error)) from error
        return HTTPResponse(response.status, response.headers, content or b"")

    def close(self) -> None:
        if self._owned:
            self._pool.clear()


def timeout_error(request: HTTPRequest) -> APITimeoutError:
    """`POST /tenants: Request timed out after 500 ms`: the call and the timeout it was given."""
    values = {"method": request.method, "path": request.route, "timeout_ms": f"{request.timeout * 1000:g}"}
    return APITimeoutError(format_message(TIMEOUT_MESSAGE, values))


def connection_error(request: HTTPRequest, cause: str) -> APIConnectionError:
    return APIConnectionError(format_message(CONNECTION_ERROR_MESSAGE, {"method": request.method, "path": request.route, "cause": cause}))


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
