"""Client settings: key and base URL from arguments or the environment, headers every request has."""

from __future__ import annotations

import platform

import pytest
from pytest_httpserver import HTTPServer

from cognitionos import APIConnectionError, CognitionOSClient, CognitionOSError, PollTimeoutError, __version__
from cognitionos import _policy as policy
from cognitionos._client_core import DEFAULT_BASE_URL
from cognitionos._message import format_message

from .conftest import API_KEY, tenant_json


def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COGNITIONOS_API_KEY", "cog_from_env")
    monkeypatch.setenv("COGNITIONOS_BASE_URL", "http://127.0.0.1:9/api/v3/")
    client = CognitionOSClient()
    assert client.api_key == "cog_from_env"
    assert client.base_url == "http://127.0.0.1:9/api/v3"


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COGNITIONOS_BASE_URL", raising=False)
    client = CognitionOSClient(api_key=API_KEY)
    assert client.base_url == DEFAULT_BASE_URL == "http://localhost:8100/api/v3"
    assert (client.max_retries, client.timeout) == (2, 60.0)


def test_missing_key_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COGNITIONOS_API_KEY", raising=False)
    with pytest.raises(CognitionOSError, match="COGNITIONOS_API_KEY"):
        CognitionOSClient()


def test_every_request_is_authenticated_and_identifies_the_sdk(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten/1").respond_with_json(tenant_json("ten/1"))
    client.tenants.retrieve("ten/1", request_options={"extra_headers": {"X-Trace": "t1"}})
    request, _ = httpserver.log[0]
    assert request.environ["REQUEST_URI"].endswith("/tenants/ten%2F1")  # an id stays one path segment
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"] == f"cognitionos-sdk-python/{__version__} (python/{platform.python_version()})"
    assert request.headers["X-Trace"] == "t1"


def test_with_options_changes_settings_not_the_original(client: CognitionOSClient) -> None:
    patient = client.with_options(timeout=120.0, max_retries=5)
    assert (patient.timeout, patient.max_retries) == (120.0, 5)
    assert (client.timeout, client.max_retries) == (60.0, 2)
    with pytest.raises(TypeError):
        client.with_options(retries=1)


def test_create_and_poll_gives_up_after_max_wait_in_the_policy_wording(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    running = {
        "id": "exec_1", "workflow_id": "wf_1", "status": "running", "input": {}, "output": None, "error": None,
        "steps": [], "created_at": "2026-11-23T09:00:00.000Z", "started_at": None, "finished_at": None,
    }  # fmt: skip
    httpserver.expect_request("/api/v3/workflows/wf_1/executions", method="POST").respond_with_json(running, status=201)
    httpserver.expect_request("/api/v3/workflows/wf_1/executions/exec_1").respond_with_json(running)
    with pytest.raises(PollTimeoutError) as caught:
        client.workflows.executions.create_and_poll("wf_1", poll_interval=0.01, max_wait=0.05)
    assert not isinstance(caught.value, APIConnectionError)
    assert (caught.value.last_status, caught.value.timeout_ms) == ("running", 50)
    assert str(caught.value) == format_message(policy.POLL_TIMEOUT_MESSAGE, {"status": "running", "timeout_ms": 50})
