# Generated from generators/python/contract/clients.py by generators/python. Do not edit: change it there.
"""The client class the contract suite drives: CognitionOSClient, or with COGNITIONOS_PY_CLIENT=async
AsyncCognitionOSClient behind a blocking adapter, so one suite proves both clients
(test/contract/runners.ts runs it once per client).

The adapter runs every call as a coroutine on one event loop in one background thread, so the
suite's concurrent calls (its fault run uses 8 threads) are concurrent coroutines on that loop, as
in an asyncio program. It only waits for results: retries, timeouts and errors are the async client's."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import inspect
import os
import threading
from typing import Any, Awaitable, Callable, Iterator, TypeVar, Union

from cognitionos import (
    APIConnectionError,
    AsyncCognitionOSClient,
    AsyncPage,
    AsyncSend,
    CognitionOSClient,
    HTTPRequest,
    HTTPResponse,
    Send,
)
from cognitionos._async_client import AsyncBaseClient
from cognitionos._resource import AsyncAPIResource

T = TypeVar("T")
CLIENTS = ("sync", "async")
CLIENT = os.environ.get("COGNITIONOS_PY_CLIENT", "sync")
if CLIENT not in CLIENTS:
    raise RuntimeError(f"COGNITIONOS_PY_CLIENT={CLIENT}: expected one of {', '.join(CLIENTS)}")

_loop = asyncio.new_event_loop()
threading.Thread(target=_loop.run_forever, name="contract-event-loop", daemon=True).start()


def _wait(awaitable: Awaitable[T]) -> T:
    """Runs `awaitable` on the loop in the caller's context (contextvars, so its OpenTelemetry span),
    as an asyncio program's own task would."""
    context = contextvars.copy_context()
    outcome: "concurrent.futures.Future[T]" = concurrent.futures.Future()

    async def settle() -> None:
        try:
            outcome.set_result(await awaitable)
        except BaseException as error:  # handed to the caller's thread, which raises it
            outcome.set_exception(error)

    _loop.call_soon_threadsafe(lambda: context.run(_loop.create_task, settle()))
    return outcome.result()


def _blocking(value: Any) -> Any:
    # A with_raw_response view is plain (no base class); its methods answer coroutines like a resource's.
    if isinstance(value, (AsyncBaseClient, AsyncAPIResource)) or type(value).__name__.endswith("WithRawResponse"):
        return Blocking(value)
    if isinstance(value, AsyncPage):
        return BlockingPage(value)
    return value


class Blocking:
    """An async client or resource whose methods block until their coroutine finishes."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return _blocking(value)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            return _blocking(_wait(result) if inspect.isawaitable(result) else result)  # an AsyncPaginator awaits to its first page

        return call

    def __enter__(self) -> "Blocking":
        return self

    def __exit__(self, *exc_info: object) -> None:
        _wait(self._target.aclose())


class BlockingPage:
    """An AsyncPage read as a SyncPage: `data`, `has_more`, `next_page()`, `iter_pages()`, iteration."""

    def __init__(self, page: AsyncPage[Any]) -> None:
        self._page = page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)

    def next_page(self) -> "BlockingPage":
        return BlockingPage(_wait(self._page.next_page()))

    def iter_pages(self) -> Iterator["BlockingPage"]:
        return (BlockingPage(page) for page in _drain(self._page.iter_pages()))

    def __iter__(self) -> Iterator[Any]:
        return _drain(self._page.__aiter__())


def _drain(iterator: Any) -> Iterator[Any]:
    while True:
        try:
            yield _wait(iterator.__anext__())
        except StopAsyncIteration:
            return


def new_client(**options: Any) -> CognitionOSClient:
    """A client of the kind this run tests; typed as the sync client, whose surface the adapter mirrors."""
    if CLIENT == "async":
        adapted: Any = Blocking(AsyncCognitionOSClient(**options))
        return adapted  # type: ignore[no-any-return]
    return CognitionOSClient(**options)


Outcome = Union[HTTPResponse, APIConnectionError]


def observing_middleware(observe: Callable[[HTTPRequest, Outcome], None]) -> Any:
    """A middleware of this run's client kind that reports each attempt and its outcome to `observe`."""
    if CLIENT == "async":

        async def watch_async(request: HTTPRequest, call_next: AsyncSend) -> HTTPResponse:
            try:
                response = await call_next(request)
            except APIConnectionError as error:
                observe(request, error)
                raise
            observe(request, response)
            return response

        return watch_async

    def watch(request: HTTPRequest, call_next: Send) -> HTTPResponse:
        try:
            response = call_next(request)
        except APIConnectionError as error:
            observe(request, error)
            raise
        observe(request, response)
        return response

    return watch
