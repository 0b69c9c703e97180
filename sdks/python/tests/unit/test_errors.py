# Generated from generators/python/tests/test_errors.py by generators/python. Do not edit: change it there.
"""Status codes map to one exception class each; every error carries status, body, headers and
request id, and never the API key."""

from __future__ import annotations

from typing import Any, Dict, List, Type

import pytest
from pytest_httpserver import HTTPServer

import cognitionos
from cognitionos import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    BadRequestError,
    CognitionOSClient,
    CognitionOSError,
    InternalServerError,
    NotFoundError,
)
from cognitionos import _policy as policy
from cognitionos._message import format_message

from .conftest import API_KEY, closed_port_url, problem

# The policy's status table, every class it names, and statuses it does not name.
STATUS_TABLE = [(status, f"{name}Error") for status, name in policy.ERROR_CLASSES.items()] + [
    (500, f"{policy.SERVER_ERROR_CLASS}Error"),
    (503, f"{policy.SERVER_ERROR_CLASS}Error"),
    (405, "APIStatusError"),
]


@pytest.mark.parametrize(("status", "class_name"), STATUS_TABLE)
def test_status_maps_to_its_error(client: CognitionOSClient, httpserver: HTTPServer, status: int, class_name: str) -> None:
    error_class: Type[APIError] = getattr(cognitionos, class_name)
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
    expected = format_message(
        policy.API_ERROR_MESSAGE,
        {
            "method": "GET",
            "path": "/tenants/{tenant_id}",
            "status": status,
            "title": "Problem",
            "detail": "Problem.",
            "field_errors": "body.name: Required",
            "request_id": "req_header",
        },
    )
    assert str(error) == expected
    assert str(error).startswith(f"GET /tenants/{{tenant_id}}: {status} Problem")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"status": 404, "title": "Not Found", "detail": "no tenant", "field_errors": "a: b", "request_id": "r1"}, "404 Not Found: no tenant [a: b] (request r1)"),
        ({"status": 500, "title": "Oops", "detail": ""}, "500 Oops"),
        ({"method": "POST", "path": "/tenants", "status": 409, "title": "Conflict"}, "POST /tenants: 409 Conflict"),
    ],
)
def test_the_policy_message_format(values: Dict[str, Any], expected: str) -> None:
    assert format_message(policy.API_ERROR_MESSAGE, values) == expected


def test_an_html_error_page_is_kept_as_the_detail(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_data("<html>bad gateway</html>", status=502, content_type="text/html")
    with pytest.raises(InternalServerError) as caught:
        client.tenants.retrieve("ten_1", request_options={"max_retries": 0})
    assert caught.value.body == {"detail": "<html>bad gateway</html>"}
    assert str(caught.value).startswith("GET /tenants/{tenant_id}: 502 Bad Gateway: <html>bad gateway</html>")


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
    assert "Bearer [redacted] is not a known key" in str(caught.value)  # the caller's exact key, the words around it kept


def test_a_400_lists_its_field_errors_once(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    # The server's 400 detail is its field errors joined: the message states them once.
    fields = [{"path": "body.name", "message": "Required"}, {"path": "body.slug", "message": "Too long"}]
    body = problem(400, "Bad Request", errors=fields)
    body["detail"] = "body.name: Required; body.slug: Too long"
    httpserver.expect_request("/api/v3/tenants", method="POST").respond_with_json(body, status=400)
    with pytest.raises(BadRequestError) as caught:
        client.tenants.create(name="")
    message = str(caught.value)
    assert message.startswith("POST /tenants: 400 Bad Request: body.name: Required; body.slug: Too long")
    assert message.count("body.name: Required") == 1


def test_a_malformed_key_keeps_the_servers_hint(httpserver: HTTPServer) -> None:
    # The README's placeholder is no secret: the server's words naming the expected form stay whole.
    hint = "Malformed Authorization header: expected Bearer cog_..."
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json({**problem(401, "Unauthorized"), "detail": hint}, status=401)
    with CognitionOSClient(api_key="cog_...", base_url=httpserver.url_for("/api/v3")) as placeholder:
        with pytest.raises(AuthenticationError) as caught:
            placeholder.tenants.retrieve("ten_1")
    assert hint in str(caught.value)
    assert "[redacted]" not in str(caught.value)


def test_refused_connection_is_a_connection_error_never_a_timeout(waits: List[float]) -> None:
    client = CognitionOSClient(api_key=API_KEY, base_url=closed_port_url())
    with pytest.raises(APIConnectionError) as caught:
        client.tenants.retrieve("ten_1")
    assert type(caught.value) is APIConnectionError
    assert str(caught.value).startswith("GET /tenants/{tenant_id}: Connection error: NewConnectionError: ")
    assert "Failed to establish a new connection" in str(caught.value)
    assert " at 0x" not in str(caught.value)
    assert caught.value.status is None
    assert API_KEY not in str(caught.value)
    assert len(waits) == 2  # connection errors are retried like any other transient failure
