# Generated from generators/python/tests/test_raw_response.py by generators/python. Do not edit: change it there.
"""client.with_raw_response: the same calls, each answering an APIResponse with the status, the
headers and parse(), the value the plain call returns; sync and async, a page too."""

from __future__ import annotations

import asyncio

from pytest_httpserver import HTTPServer

from cognitionos import APIResponse, AsyncCognitionOSClient, CognitionOSClient, Tenant

from .conftest import API_KEY, tenant_json

HEADERS = {"X-Request-Id": "req_raw", "CognitionOS-Spec-Version": "1.0.0"}


def test_a_raw_create_gives_status_headers_and_the_parsed_model(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants", method="POST").respond_with_json(tenant_json(), status=201, headers=HEADERS)
    raw: APIResponse[Tenant] = client.with_raw_response.tenants.create(name="Acme")
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req_raw" and raw.request_id == "req_raw"
    assert raw.headers["CognitionOS-Spec-Version"] == "1.0.0"
    tenant = raw.parse()
    assert isinstance(tenant, Tenant) and tenant.id == "ten_1"
    assert raw.parse() is tenant  # parsed once


def test_a_raw_nested_list_parses_to_the_page(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    page = {"data": [{"id": "key_1", "tenant_id": "ten_1", "name": "ci", "masked": "cog_…9f3a", "created_at": "2026-11-23T09:00:00Z",
                      "last_used_at": None, "revoked_at": None}], "has_more": False, "next_cursor": None}
    httpserver.expect_request("/api/v3/tenants/ten_1/api_keys").respond_with_json(page, headers=HEADERS)
    raw = client.with_raw_response.tenants.api_keys.list("ten_1")
    assert raw.status_code == 200
    assert [key.id for key in raw.parse()] == ["key_1"]


def test_the_plain_client_stays_plain(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    client.with_raw_response.tenants  # noqa: B018 - making the raw view changes nothing
    assert client.tenants.retrieve("ten_1").id == "ten_1"


def test_async_raw_responses(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json(), headers=HEADERS)
    httpserver.expect_request("/api/v3/tenants").respond_with_json({"data": [tenant_json()], "has_more": False, "next_cursor": None})

    async def main() -> None:
        async with AsyncCognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3")) as client:
            raw = await client.with_raw_response.tenants.retrieve("ten_1")
            assert raw.status_code == 200 and raw.request_id == "req_raw"
            assert raw.parse().id == "ten_1"
            listed = await client.with_raw_response.tenants.list()
            assert [t.id async for t in listed.parse()] == ["ten_1"]

    asyncio.run(main())
