# Generated from generators/python/tests/unit/test_async_client.py by generators/python. Do not edit: change it there.
"""AsyncCognitionOSClient: the same surface, awaitable; concurrent calls overlap."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Dict, Iterator, List

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import cognitionos._async_client as async_client
from cognitionos import AsyncCognitionOSClient, AsyncPage, NotFoundError

from .conftest import API_KEY, problem, tenant_json


@pytest.fixture
def async_waits(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []

    async def record(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(async_client, "_sleep", record)
    return recorded


@pytest.fixture
def client(httpserver: HTTPServer, async_waits: List[float]) -> Iterator[AsyncCognitionOSClient]:
    made = AsyncCognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"))
    yield made
    made.close()


def test_retrieve_retries_and_maps_errors(client: AsyncCognitionOSClient, httpserver: HTTPServer, async_waits: List[float]) -> None:
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(problem(503, "Unavailable"), status=503)
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    httpserver.expect_ordered_request("/api/v3/tenants/ten_2").respond_with_json(problem(404, "Not found"), status=404)

    async def scenario() -> None:
        assert (await client.tenants.retrieve("ten_1")).id == "ten_1"
        with pytest.raises(NotFoundError):
            await client.tenants.retrieve("ten_2")

    asyncio.run(scenario())
    assert len(async_waits) == 1
    assert httpserver.log[1][0].headers["CognitionOS-Retry-Count"] == "1"


def test_async_for_walks_every_page(client: AsyncCognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants", query_string={"limit": "1"}).respond_with_json(
        {"data": [tenant_json("ten_1")], "has_more": True, "next_cursor": "c1"}
    )
    httpserver.expect_request("/api/v3/tenants", query_string={"limit": "1", "cursor": "c1"}).respond_with_json(
        {"data": [tenant_json("ten_2")], "has_more": False, "next_cursor": None}
    )

    async def walk() -> List[str]:
        page = await client.tenants.list(limit=1)
        assert isinstance(page, AsyncPage)
        return [tenant.id async for tenant in page]

    assert asyncio.run(walk()) == ["ten_1", "ten_2"]


def test_concurrent_calls_overlap(client: AsyncCognitionOSClient, httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.3)
        return Response(json.dumps(tenant_json()), content_type="application/json")

    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_handler(slow)

    async def ten_at_once() -> float:
        started = time.monotonic()
        await asyncio.gather(*(client.tenants.retrieve("ten_1") for _ in range(10)))
        return time.monotonic() - started

    assert asyncio.run(ten_at_once()) < 1.5  # ten 0.3 s answers, not 3 s in a row


def test_create_and_poll_waits_for_a_final_status(client: AsyncCognitionOSClient, httpserver: HTTPServer) -> None:
    def execution(status: str) -> Dict[str, Any]:
        return {
            "id": "exec_1", "workflow_id": "wf_1", "status": status, "input": {}, "output": None, "error": None,
            "steps": [], "created_at": "2026-11-23T09:00:00.000Z", "started_at": None, "finished_at": None,
        }  # fmt: skip

    base = "/api/v3/workflows/wf_1/executions"
    httpserver.expect_ordered_request(base, method="POST").respond_with_json(execution("queued"), status=201)
    httpserver.expect_ordered_request(f"{base}/exec_1").respond_with_json(execution("running"))
    httpserver.expect_ordered_request(f"{base}/exec_1").respond_with_json(execution("succeeded"))
    done = asyncio.run(client.workflows.executions.create_and_poll("wf_1", input={"x": 1}, poll_interval=0.01))
    assert done.status == "succeeded"
    assert json.loads(httpserver.log[0][0].data) == {"input": {"x": 1}}
