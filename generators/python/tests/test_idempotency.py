"""Every POST carries an Idempotency-Key, the same one on each of its retries."""

from __future__ import annotations

import json
from typing import List

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from cognitionos import CognitionOSClient

from .conftest import tenant_json


def test_generated_key_is_kept_across_retries_and_differs_between_requests(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    seen: List[Request] = []

    def fail_first_of_each(request: Request) -> Response:
        seen.append(request)
        if len(seen) % 2 == 1:
            return Response(status=503)
        return Response(json.dumps(tenant_json()), status=201, content_type="application/json")

    httpserver.expect_request("/api/v3/tenants", method="POST").respond_with_handler(fail_first_of_each)
    client.tenants.create(name="Acme")
    client.tenants.create(name="Acme")
    keys = [r.headers.get("Idempotency-Key") for r in seen]
    assert all(keys)
    assert keys[0] == keys[1] and keys[2] == keys[3]
    assert keys[0] != keys[2]
    assert [r.headers.get("CognitionOS-Retry-Count") for r in seen] == [None, "1", None, "1"]


def test_explicit_key_and_body(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants", method="POST", headers={"Idempotency-Key": "mine-1"}).respond_with_json(
        tenant_json(), status=201
    )
    client.tenants.create(name="Acme", metadata={"region": "eu"}, request_options={"idempotency_key": "mine-1"})
    request, _ = httpserver.log[0]
    assert json.loads(request.data) == {"name": "Acme", "metadata": {"region": "eu"}}
    assert request.headers["Content-Type"] == "application/json"


def test_get_carries_no_idempotency_key(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    client.tenants.retrieve("ten_1")
    request, _ = httpserver.log[0]
    assert "Idempotency-Key" not in request.headers
