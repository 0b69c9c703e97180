"""Status codes map to one exception class each; every error carries status, body, headers and
request id, and never the API key."""

from __future__ import annotations

import socket
from typing import List, Type

import pytest
from pytest_httpserver import HTTPServer

from cognitionos import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CognitionOSClient,
    CognitionOSError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .conftest import API_KEY, problem


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIStatusError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_its_error(client: CognitionOSClient, httpserver: HTTPServer, status: int, error_class: Type[APIError]) -> None:
    body = problem(status, "Problem", request_id="req_body", errors=[{"path": "body.name", "message": "Required"}])
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(body, status=status, headers={"X-Request-Id": "req_header"})
    with pytest.raises(error_class) as caught:
        client.tenants.retrieve("ten_1", request_options={"max_retries": 0})
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, CognitionOSError)
    assert error.status == status
    assert error.body == body
    assert error.request_id == "req_header"
    assert error.headers["X-Request-Id"] == "req_header"
    assert error.errors == [{"path": "body.name", "message": "Required"}]
    assert "req_header" in str(error)


def test_request_id_falls_back_to_the_problem_body(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(problem(404, "Not found", request_id="req_only_body"), status=404)
    with pytest.raises(NotFoundError) as caught:
        client.tenants.retrieve("ten_1")
    assert caught.value.request_id == "req_only_body"


def test_the_key_never_appears_even_when_the_server_echoes_it(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    echoed = problem(401, "Unauthorized")
    echoed["detail"] = f"Bearer {API_KEY} is not a known key"
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(echoed, status=401)
    with pytest.raises(AuthenticationError) as caught:
        client.tenants.retrieve("ten_1")
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    assert API_KEY not in repr(client)


def test_refused_connection_is_a_connection_error(waits: List[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = CognitionOSClient(api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/api/v3")
    with pytest.raises(APIConnectionError) as caught:
        client.tenants.retrieve("ten_1")
    assert caught.value.status is None
    assert API_KEY not in str(caught.value)
    assert len(waits) == 2  # connection errors are retried like any other transient failure
