# Generated from generators/python/tests/test_paths_and_headers.py by generators/python. Do not edit: change it there.
"""Ids can never change the route; header names are case-insensitive; an error of a POST names the
Idempotency-Key it sent; a key that would split the request is refused."""

from __future__ import annotations

from typing import List

import pytest
from pytest_httpserver import HTTPServer

from cognitionos import BadRequestError, CognitionOSClient, UnprocessableEntityError
from cognitionos import _policy as policy

from .conftest import problem, tenant_json


@pytest.mark.parametrize("key_id", ["", ".", ".."])
def test_dot_segment_ids_are_refused_before_any_request(client: CognitionOSClient, httpserver: HTTPServer, key_id: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.tenants.api_keys.revoke("ten_1", key_id)
    assert "key_id" in str(caught.value)
    assert caught.value.status is None
    assert caught.value.errors == [{"path": "path.key_id", "message": str(caught.value)}]
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("tenant_id", "sent"),
    [("a/b", "a%2Fb"), ("%2e%2e", "%252e%252e"), ("a?b", "a%3Fb"), ("a#b", "a%23b"), ("...", "...")],
)
def test_ids_are_sent_as_one_escaped_segment(client: CognitionOSClient, httpserver: HTTPServer, tenant_id: str, sent: str) -> None:
    httpserver.expect_request(f"/api/v3/tenants/{tenant_id}").respond_with_json(tenant_json())
    client.tenants.retrieve(tenant_id)
    request, _ = httpserver.log[0]
    assert request.environ["REQUEST_URI"] == f"/api/v3/tenants/{sent}"


@pytest.mark.parametrize("name", ["idempotency-key", "IDEMPOTENCY-KEY", "Idempotency-Key"])
def test_a_callers_key_header_in_any_case_replaces_the_sdks_own(client: CognitionOSClient, httpserver: HTTPServer, name: str) -> None:
    httpserver.expect_request("/api/v3/tenants", method="POST").respond_with_json(tenant_json(), status=201)
    client.tenants.create(name="Acme", request_options={"extra_headers": {name: "mine-1"}})
    request, _ = httpserver.log[0]
    assert request.headers.getlist(policy.IDEMPOTENCY_HEADER) == ["mine-1"]


def test_a_key_with_cr_or_lf_is_refused_as_bad_input(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    with pytest.raises(BadRequestError):
        client.tenants.create(name="Acme", request_options={"idempotency_key": "k\r\nX-Evil: 1"})
    assert httpserver.log == []


def test_an_error_of_a_post_exposes_the_key_it_sent(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_request("/api/v3/tenants", method="POST").respond_with_json(problem(422, "Unprocessable"), status=422)
    with pytest.raises(UnprocessableEntityError) as generated:
        client.tenants.create(name="Acme")
    request, _ = httpserver.log[0]
    assert generated.value.idempotency_key == request.headers[policy.IDEMPOTENCY_HEADER]
    assert (generated.value.idempotency_key or "").startswith(policy.IDEMPOTENCY_KEY_PREFIX)
    with pytest.raises(UnprocessableEntityError) as own:
        client.tenants.create(name="Acme", request_options={"idempotency_key": "mine-2"})
    assert own.value.idempotency_key == "mine-2"
