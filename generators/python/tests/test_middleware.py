"""A caller's middleware runs around each attempt, outermost first, and sees each attempt's outcome:
the response, or the connection error call_next raised."""

from __future__ import annotations

import asyncio
from typing import List

import pytest
from pytest_httpserver import HTTPServer

from cognitionos import (
    APIConnectionError,
    AsyncCognitionOSClient,
    AsyncSend,
    CognitionOSClient,
    HTTPRequest,
    HTTPResponse,
    Send,
)

from .conftest import API_KEY, closed_port_url, problem, tenant_json


def test_each_attempt_passes_through_every_layer_in_order(httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(problem(503, "Unavailable"), status=503)
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    trail: List[str] = []

    def outer(request: HTTPRequest, call_next: Send) -> HTTPResponse:
        trail.append(f"outer {request.attempt} {request.headers.get('CognitionOS-Retry-Count')}")
        response = call_next(request)
        trail.append(f"outer {response.status}")
        return response

    def inner(request: HTTPRequest, call_next: Send) -> HTTPResponse:
        request.headers["X-Traced"] = "yes"  # a layer may change what is sent
        trail.append(f"inner {request.method} {request.route}")
        return call_next(request)

    client = CognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"), middleware=[outer, inner])
    assert client.tenants.retrieve("ten_1").id == "ten_1"
    assert trail == [
        "outer 1 None",
        "inner GET /tenants/{tenant_id}",
        "outer 503",
        "outer 2 1",
        "inner GET /tenants/{tenant_id}",
        "outer 200",
    ]
    assert all(request.headers["X-Traced"] == "yes" for request, _ in httpserver.log)


def test_a_connection_error_reaches_the_middleware(waits: List[float]) -> None:
    failures: List[str] = []

    def watch(request: HTTPRequest, call_next: Send) -> HTTPResponse:
        try:
            return call_next(request)
        except APIConnectionError as error:
            failures.append(f"{request.attempt}: {type(error).__name__}")
            raise

    client = CognitionOSClient(api_key=API_KEY, base_url=closed_port_url(), middleware=[watch], max_retries=1)
    with pytest.raises(APIConnectionError):
        client.tenants.retrieve("ten_1")
    assert failures == ["1: APIConnectionError", "2: APIConnectionError"]


def test_async_middleware_runs_around_each_attempt(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    seen: List[int] = []

    async def count(request: HTTPRequest, call_next: AsyncSend) -> HTTPResponse:
        response = await call_next(request)
        seen.append(response.status)
        return response

    async def main() -> str:
        async with AsyncCognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"), middleware=[count]) as client:
            return (await client.tenants.retrieve("ten_1")).id

    assert asyncio.run(main()) == "ten_1"
    assert seen == [200]
