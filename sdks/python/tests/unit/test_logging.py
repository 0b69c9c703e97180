# Generated from generators/python/tests/test_logging.py by generators/python. Do not edit: change it there.
"""The "cognitionos" logger: one record per attempt (method, path, status, request id, attempt,
elapsed), never the API key; COGNITIONOS_LOG turns it on."""

from __future__ import annotations

import logging
from typing import Iterator, List

import pytest
from pytest_httpserver import HTTPServer

from cognitionos import CognitionOSClient, CognitionOSError
from cognitionos import _policy as policy
from cognitionos._logging import logger

from .conftest import API_KEY, problem, tenant_json


@pytest.fixture
def quiet_logger() -> Iterator[None]:
    """The logger as the test found it, afterwards: COGNITIONOS_LOG changes its level and handlers."""
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


def test_every_attempt_is_logged_without_the_key(
    client: CognitionOSClient, httpserver: HTTPServer, waits: List[float], caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(problem(503, "Unavailable"), status=503, headers={"X-Request-Id": "req_a"})
    httpserver.expect_ordered_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json(), headers={"X-Request-Id": "req_b"})
    with caplog.at_level(logging.DEBUG, logger="cognitionos"):
        client.tenants.retrieve("ten_1")
    records = [r for r in caplog.records if r.name == "cognitionos"]
    fields = [r.cognitionos for r in records]  # type: ignore[attr-defined]
    assert [(f["method"], f["path"], f["status"], f["request_id"], f["attempt"]) for f in fields] == [
        ("GET", "/api/v3/tenants/ten_1", 503, "req_a", 1),
        ("GET", "/api/v3/tenants/ten_1", 200, "req_b", 2),
    ]
    assert all(isinstance(f["elapsed_ms"], int) for f in fields)
    assert [r.levelno for r in records] == [logging.INFO, logging.DEBUG]  # a failed attempt shows at info
    assert records[0].getMessage().startswith("GET /api/v3/tenants/ten_1: 503 (request req_a, attempt 1, ")
    assert API_KEY not in caplog.text


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), ("warn", logging.WARNING)])
def test_the_environment_sets_the_level(monkeypatch: pytest.MonkeyPatch, quiet_logger: None, value: str, level: int) -> None:
    monkeypatch.setenv(policy.LOG_ENV, value)
    CognitionOSClient(api_key=API_KEY)
    assert logger.level == level
    assert logger.handlers  # printed on stderr when nothing else handles it


def test_an_unknown_level_is_refused(monkeypatch: pytest.MonkeyPatch, quiet_logger: None) -> None:
    monkeypatch.setenv(policy.LOG_ENV, "loud")
    with pytest.raises(CognitionOSError, match="COGNITIONOS_LOG=loud: expected one of debug, info"):
        CognitionOSClient(api_key=API_KEY)
