"""The asyncio client's HTTP exchange, on aiohttp: one pooled keep-alive ClientSession per client,
every request a coroutine on the caller's event loop (no worker threads). Cancelling the awaiting
task closes that request's connection, so the server sees the request abandoned.

aiohttp rather than httpx: at many requests in flight it serves more calls per second per core on
this SDK's bench (bench/sdk-python measures both), and cancellation and timeouts are asyncio's own.
It is the `async` extra (`pip install 'cognitionos[async]'`): sync users need not install it.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from typing import Optional, Union

from ._configuration import Configuration
from ._errors import CognitionOSError
from ._http import HTTPRequest, HTTPResponse
from ._transport import connection_error, timeout_error

try:
    import aiohttp
except ImportError:  # pragma: no cover - exercised only where the extra is missing
    aiohttp = None  # type: ignore[assignment]

# Sockets per client: enough that hundreds of concurrent calls never queue for one, few enough
# that a runaway gather cannot exhaust the machine's ports.
MAX_CONNECTIONS = 1000


class AsyncTransport:
    def __init__(self, configuration: Optional[Configuration] = None, session: Optional["aiohttp.ClientSession"] = None) -> None:
        """`session` is the caller's: used as it is, and left open by aclose()."""
        if aiohttp is None:
            raise CognitionOSError("AsyncCognitionOSClient needs aiohttp: pip install 'cognitionos[async]'")
        self._configuration = configuration
        self._owned = session is None
        self._session: Optional[aiohttp.ClientSession] = session

    async def send(self, request: HTTPRequest) -> HTTPResponse:
        data = None if request.body is None else json.dumps(request.body).encode()
        timeout = aiohttp.ClientTimeout(total=request.timeout)
        try:
            async with self._open().request(
                request.method, request.url, headers=dict(request.headers), data=data, timeout=timeout, proxy=self._proxy()
            ) as response:
                return HTTPResponse(response.status, response.headers, await response.read())
        except asyncio.TimeoutError as error:
            raise timeout_error(request) from error
        except (aiohttp.ClientError, OSError) as error:
            raise connection_error(request, _cause(error)) from error

    async def aclose(self) -> None:
        if self._session is not None and self._owned:
            await self._session.close()
            self._session = None

    def _open(self) -> "aiohttp.ClientSession":
        # Made on first use, inside the running loop, as aiohttp requires.
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS, ssl=self._ssl())
            # No session-wide timeout: each attempt sets its own.
            self._session = aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=None))
        return self._session

    def _ssl(self) -> Union[ssl.SSLContext, bool]:
        """The Configuration's TLS settings, as the sync transport reads them."""
        config = self._configuration
        if config is None:
            return True
        if not config.verify_ssl:
            return False
        context = ssl.create_default_context(cafile=config.ssl_ca_cert)
        if config.cert_file:
            context.load_cert_chain(config.cert_file, config.key_file)
        return context

    def _proxy(self) -> Optional[str]:
        return self._configuration.proxy if self._configuration is not None else None


def _cause(error: BaseException) -> str:
    """What failed, named by the socket's own error where aiohttp wraps one (ConnectionRefusedError,
    not ClientConnectorError): "Connect call failed" alone does not say the port was closed."""
    os_error = getattr(error, "os_error", None)
    return f"{type(os_error or error).__name__}: {error}"
