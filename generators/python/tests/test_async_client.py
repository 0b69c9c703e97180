"""AsyncCognitionOSClient: the same surface, awaitable, on one event loop thread; cancelling a call
aborts its request; list methods page with `async for` and no await in front."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Tuple

import pytest
from pytest_httpserver import HTTPServer

import cognitionos._async_client as async_client
import cognitionos._async_transport as async_transport
from cognitionos import AsyncCognitionOSClient, AsyncPage, CognitionOSError, NotFoundError

from .conftest import API_KEY, problem, tenant_json


@pytest.fixture
def async_waits(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []

    async def record(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(async_client, "_sleep", record)
    return recorded


def run_with_client(base_url: str, scenario: Callable[[AsyncCognitionOSClient], Awaitable[Any]]) -> Any:
    """Runs `scenario` on a fresh event loop with a client that is closed afterwards (async with)."""

    async def main() -> Any:
        async with AsyncCognitionOSClient(api_key=API_KEY, base_url=base_url) as client:
            return await scenario(client)

    return asyncio.run(main())


class StallingServer:
    """An HTTP server on the test's own event loop (no thread) that answers every request after
    `delay` seconds, counting requests begun, the most it held unanswered at once, and connections
    the client closed before an answer."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.requests = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.abandoned = asyncio.Event()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:  # the client closed an idle connection
                return
            self.requests += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            read_eof = asyncio.ensure_future(reader.read(1))
            done, _ = await asyncio.wait({read_eof}, timeout=self.delay)
            self.in_flight -= 1
            if done:  # the client hung up while waiting for the answer
                self.abandoned.set()
                return
            # Let the cancelled read finish before the next readuntil: a reader takes one waiter at a time.
            read_eof.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await read_eof
            body = json.dumps(tenant_json()).encode()
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
            await writer.drain()


@contextlib.asynccontextmanager
async def stalling_server(delay: float) -> AsyncIterator[Tuple[StallingServer, str]]:
    stub = StallingServer(delay)
    server = await asyncio.start_server(stub.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield stub, f"http://127.0.0.1:{port}/api/v3"
    finally:
        server.close()


def test_retrieve_retries_and_maps_errors(httpserver: HTTPServer, async_waits: List[float]) -> None:
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(problem(503, "Unavailable"), status=503)
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    httpserver.expect_ordered_request("/api/v3/tenants/ten_2").respond_with_json(problem(404, "Not found"), status=404)

    async def scenario(client: AsyncCognitionOSClient) -> None:
        assert (await client.tenants.retrieve("ten_1")).id == "ten_1"
        with pytest.raises(NotFoundError):
            await client.tenants.retrieve("ten_2")

    run_with_client(httpserver.url_for("/api/v3"), scenario)
    assert len(async_waits) == 1
    assert httpserver.log[1][0].headers["CognitionOS-Retry-Count"] == "1"


def test_list_is_async_iterable_without_await_and_awaitable_for_one_page(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants", query_string={"limit": "1"}).respond_with_json(
        {"data": [tenant_json("ten_1")], "has_more": True, "next_cursor": "c1"}
    )
    httpserver.expect_request("/api/v3/tenants", query_string={"limit": "1", "cursor": "c1"}).respond_with_json(
        {"data": [tenant_json("ten_2")], "has_more": False, "next_cursor": None}
    )

    async def scenario(client: AsyncCognitionOSClient) -> Tuple[List[str], List[str]]:
        every = [t.id async for t in client.tenants.list(limit=1)]
        page = await client.tenants.list(limit=1)
        assert isinstance(page, AsyncPage) and page.has_more
        return every, [t.id for t in page.data]

    assert run_with_client(httpserver.url_for("/api/v3"), scenario) == (["ten_1", "ten_2"], ["ten_1"])


def test_many_concurrent_calls_are_in_flight_together_on_one_thread() -> None:
    async def main() -> Tuple[StallingServer, int, int]:
        threads_before = threading.active_count()
        async with stalling_server(0.3) as (stub, base_url):
            async with AsyncCognitionOSClient(api_key=API_KEY, base_url=base_url) as client:
                calls = [asyncio.ensure_future(client.tenants.retrieve("ten_1")) for _ in range(100)]
                await asyncio.sleep(0.2)  # every call is in flight now, none answered
                threads_during = threading.active_count()
                await asyncio.gather(*calls)
                return stub, threads_before, threads_during

    stub, threads_before, threads_during = asyncio.run(main())
    assert stub.requests == 100
    # All hundred held by the server at once (not one after another), and no worker thread was
    # started for them (a thread left by an earlier test may end meanwhile, hence <=).
    assert stub.most_in_flight == 100
    assert threads_during <= threads_before


def test_cancelling_a_call_aborts_its_request() -> None:
    async def main() -> Tuple[bool, int]:
        async with stalling_server(30) as (stub, base_url):
            async with AsyncCognitionOSClient(api_key=API_KEY, base_url=base_url, max_retries=0) as client:
                call = asyncio.ensure_future(client.tenants.retrieve("ten_1"))
                while stub.requests == 0:
                    await asyncio.sleep(0.01)
                call.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await call
                await asyncio.wait_for(stub.abandoned.wait(), timeout=5)
                return stub.abandoned.is_set(), stub.requests

    assert asyncio.run(main()) == (True, 1)  # the server saw the connection closed, and no retry


def test_create_and_poll_waits_for_a_final_status(httpserver: HTTPServer) -> None:
    def execution(status: str) -> Dict[str, Any]:
        return {
            "id": "exec_1", "workflow_id": "wf_1", "status": status, "input": {}, "output": None, "error": None,
            "steps": [], "created_at": "2026-11-23T09:00:00.000Z", "started_at": None, "finished_at": None,
        }  # fmt: skip

    base = "/api/v3/workflows/wf_1/executions"
    httpserver.expect_ordered_request(base, method="POST").respond_with_json(execution("queued"), status=201)
    httpserver.expect_ordered_request(f"{base}/exec_1").respond_with_json(execution("running"))
    httpserver.expect_ordered_request(f"{base}/exec_1").respond_with_json(execution("succeeded"))

    async def scenario(client: AsyncCognitionOSClient) -> Any:
        return await client.workflows.executions.create_and_poll("wf_1", input={"x": 1}, poll_interval=0.01)

    assert run_with_client(httpserver.url_for("/api/v3"), scenario).status == "succeeded"
    assert json.loads(httpserver.log[0][0].data) == {"input": {"x": 1}}


def test_without_the_async_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(async_transport, "aiohttp", None)
    with pytest.raises(CognitionOSError, match=r"pip install 'cognitionos\[async\]'"):
        AsyncCognitionOSClient(api_key=API_KEY)
