"""A slow answer ends in APITimeoutError, per attempt, and the attempt is retried."""

from __future__ import annotations

import time
from typing import List

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from cognitionos import APIConnectionError, APITimeoutError, CognitionOSClient

from .conftest import API_KEY


def slow(request: Request) -> Response:
    time.sleep(1.0)
    return Response("{}", content_type="application/json")


def test_timeout_per_request(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_handler(slow)
    # The slow answer is a success: only the per-request timeout can fail the call (after one retry).
    with pytest.raises(APITimeoutError) as caught:
        client.tenants.retrieve("ten_1", request_options={"timeout": 0.2, "max_retries": 1})
    assert isinstance(caught.value, APIConnectionError)
    assert len(waits) == 1


def test_timeout_from_client_settings(httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_handler(slow)
    client = CognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3"), timeout=0.2, max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        client.tenants.retrieve("ten_1")
    assert str(caught.value) == "GET /tenants/{tenant_id}: Request timed out after 200 ms"  # the timeout configured
    assert waits == []
