"""A caller's middleware around each attempt: `fn(request, call_next) -> response`, the outermost first.

A middleware sees every attempt of a call (a retry is a new attempt, `request.attempt` counts them) and
its outcome: the HTTPResponse it returns, or the APIConnectionError call_next raises.
"""

from __future__ import annotations

from typing import Awaitable, Callable, Sequence, TypeVar

from ._http import HTTPRequest, HTTPResponse

R = TypeVar("R")

Send = Callable[[HTTPRequest], HTTPResponse]
Middleware = Callable[[HTTPRequest, Send], HTTPResponse]
"""The sync client's: `def log(request, call_next): response = call_next(request); ...; return response`."""

AsyncSend = Callable[[HTTPRequest], Awaitable[HTTPResponse]]
AsyncMiddleware = Callable[[HTTPRequest, AsyncSend], Awaitable[HTTPResponse]]
"""The async client's: `async def log(request, call_next): return await call_next(request)`."""


def chain(layers: Sequence[Callable[[HTTPRequest, Callable[[HTTPRequest], R]], R]], send: Callable[[HTTPRequest], R]) -> Callable[[HTTPRequest], R]:
    """`send` wrapped in the layers, the first layer outermost (one rule for sync and async: R is the
    response or its awaitable)."""
    for layer in reversed(layers):
        send = _bind(layer, send)
    return send


def _bind(layer: Callable[[HTTPRequest, Callable[[HTTPRequest], R]], R], call_next: Callable[[HTTPRequest], R]) -> Callable[[HTTPRequest], R]:
    # A function of its own, so each layer closes over its own call_next, not the loop's last one.
    return lambda request: layer(request, call_next)
