# Generated from generators/python/tests/test_http_client.py by generators/python. Do not edit: change it there.
"""A caller's own HTTP client (a urllib3 PoolManager, an aiohttp ClientSession) is used as it is and
left open; proxy= reaches the pool; settings for both are refused."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
import urllib3
from pytest_httpserver import HTTPServer

from cognitionos import AsyncCognitionOSClient, CognitionOSClient, CognitionOSError, Configuration

from .conftest import API_KEY, tenant_json


class CountingPool(urllib3.PoolManager):
    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def urlopen(self, *args: object, **kwargs: object) -> urllib3.BaseHTTPResponse:
        self.requests += 1
        return super().urlopen(*args, **kwargs)  # type: ignore[arg-type]


def test_the_callers_pool_carries_the_calls(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    pool = CountingPool()
    with CognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"), http_client=pool) as client:
        client.tenants.retrieve("ten_1")
    assert pool.requests == 1
    assert pool.pools  # still open: the client closed only what it made


def test_the_callers_session_carries_async_calls(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())

    async def main() -> bool:
        async with aiohttp.ClientSession() as session:
            async with AsyncCognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"), http_client=session) as client:
                await client.tenants.retrieve("ten_1")
            return session.closed

    assert asyncio.run(main()) is False
    assert len(httpserver.log) == 1


def test_proxy_makes_a_proxy_pool() -> None:
    client = CognitionOSClient(api_key=API_KEY, proxy="http://proxy.example:3128", configuration=Configuration(verify_ssl=False))
    pool = client._transport._pool
    assert isinstance(pool, urllib3.ProxyManager) and pool.proxy is not None and pool.proxy.host == "proxy.example"


def test_a_callers_client_takes_no_other_connection_settings() -> None:
    with pytest.raises(CognitionOSError, match="http_client= is used as it is"):
        CognitionOSClient(api_key=API_KEY, http_client=urllib3.PoolManager(), proxy="http://proxy.example:3128")
