"""Ids can never change the route, header names are case-insensitive, connection failures are not
timeouts, and an error of a POST names the Idempotency-Key it sent."""

from __future__ import annotations

import socket
from typing import Callable, Dict

import pytest

from cognitionos import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    CognitionOSClient,
    NotFoundError,
    RequestOptions,
)

from .clients import new_client
from .conftest import TenantAccess, scenario, unique


def closed_port() -> int:
    """A local port nothing listens on: bound, then closed."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@scenario("paths.dot_segments")
def test_dot_segment_ids_are_refused(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess], env: Dict[str, str]) -> None:
    tenant = new_tenant().tenant
    # Nothing listens there: a request sent would end in APIConnectionError, not BadRequestError.
    unreachable = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=f"http://127.0.0.1:{closed_port()}/api/v3", max_retries=0)
    for client in (unreachable, admin):
        for key_id in ("", ".", ".."):
            with pytest.raises(BadRequestError) as caught:
                client.tenants.api_keys.revoke(tenant.id, key_id)
            assert "key_id" in str(caught.value)
    with pytest.raises(BadRequestError):
        unreachable.tenants.retrieve("..")
    assert admin.tenants.retrieve(tenant.id).id == tenant.id


@scenario("paths.escaped_segments")
def test_escaped_ids_stay_one_segment(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess]) -> None:
    tenant = new_tenant().tenant
    for key_id in ("a/b", "%2e%2e", "..%2f..", "x?limit=1", "x#y", "%2F"):
        with pytest.raises(NotFoundError):
            admin.tenants.api_keys.retrieve(tenant.id, key_id)
        with pytest.raises(NotFoundError):
            admin.tenants.api_keys.revoke(tenant.id, key_id)
    assert admin.tenants.retrieve(tenant.id).id == tenant.id


@scenario("headers.case_insensitive")
def test_a_callers_key_header_in_any_case_wins(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    client = new_tenant().client
    for name in ("idempotency-key", "IDEMPOTENCY-KEY", "Idempotency-key"):
        options: RequestOptions = {"extra_headers": {name: unique("key")}}
        content = unique("memo")
        first = client.memories.create(scope="private", content=content, request_options=options)
        second = client.memories.create(scope="private", content=content, request_options=options)
        assert second.id == first.id  # two keys sent would be a 400; a second key would be a second memory


@scenario("errors.connection_refused")
def test_refused_connection_is_not_a_timeout(scenario_id: str, env: Dict[str, str]) -> None:
    client = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=f"http://127.0.0.1:{closed_port()}/api/v3", max_retries=1)
    with pytest.raises(APIConnectionError) as caught:
        client.tenants.list()
    assert not isinstance(caught.value, APITimeoutError)
    message = str(caught.value)
    assert message.startswith("GET /tenants: Connection error: ") and "refused" in message.lower()  # either client names the refusal


@scenario("errors.idempotency_key_exposed")
def test_an_error_of_a_post_exposes_its_key(scenario_id: str, env: Dict[str, str]) -> None:
    direct = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_DIRECT_BASE_URL"])
    with pytest.raises(APIError) as generated:
        direct.tenants.create(name="")
    assert generated.value.idempotency_key
    own = unique("own")
    with pytest.raises(APIError) as given:
        direct.tenants.create(name="", request_options={"idempotency_key": own})
    assert given.value.idempotency_key == own
