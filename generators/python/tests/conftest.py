"""A local HTTP stub (pytest-httpserver, threaded so a slow answer does not block the next request)
and a client pointed at it. Waits between retries are recorded instead of slept."""

from __future__ import annotations

import socket
from typing import Any, Dict, Iterator, List

import pytest
from pytest_httpserver import HTTPServer

import cognitionos._base_client as base_client
from cognitionos import CognitionOSClient

API_KEY = "cog_test_5ba0c1d2e3f4a5b6c7d8e9f0"


@pytest.fixture(scope="session")
def threaded_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def httpserver(threaded_server: HTTPServer) -> Iterator[HTTPServer]:
    yield threaded_server
    threaded_server.clear()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []
    monkeypatch.setattr(base_client, "_sleep", recorded.append)
    return recorded


@pytest.fixture
def client(httpserver: HTTPServer, waits: List[float]) -> Iterator[CognitionOSClient]:
    with CognitionOSClient(api_key=API_KEY, base_url=httpserver.url_for("/api/v3")) as made:
        yield made


def tenant_json(tenant_id: str = "ten_1", **overrides: object) -> Dict[str, Any]:
    tenant: Dict[str, Any] = {
        "id": tenant_id,
        "name": "Acme",
        "slug": "acme",
        "status": "active",
        "metadata": {},
        "created_at": "2026-11-23T09:00:00.000Z",
        "updated_at": "2026-11-23T09:00:00.000Z",
    }
    tenant.update(overrides)
    return tenant


def problem(status: int, title: str, request_id: str = "req_1", **extra: object) -> Dict[str, Any]:
    return {"type": "about:blank", "title": title, "status": status, "detail": f"{title}.", "request_id": request_id, **extra}


def closed_port_url() -> str:
    """A base URL on a loopback port nothing listens on: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v3"
