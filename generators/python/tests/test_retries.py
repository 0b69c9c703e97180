"""Which outcomes are retried, how long the client waits, and what each retry carries."""

from __future__ import annotations

import json
from email.utils import formatdate
from typing import Dict, List, Optional

import pytest
from pytest_httpserver import HTTPServer
from urllib3 import HTTPHeaderDict
from werkzeug import Request, Response

from cognitionos import CognitionOSClient, InternalServerError, NotFoundError, RateLimitError
from cognitionos import _policy as policy
from cognitionos._retry import backoff_delay, is_repeatable, is_retryable_status, retry_after_seconds

from .conftest import problem, tenant_json

TENANT = "/api/v3/tenants/ten_1"


def test_get_is_retried_after_503_with_rising_retry_count(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    seen: List[Request] = []

    def flaky(request: Request) -> Response:
        seen.append(request)
        if len(seen) < 3:
            return Response(status=503)
        return Response(status=200, response=json.dumps(tenant_json()), content_type="application/json")

    httpserver.expect_request(TENANT, method="GET").respond_with_handler(flaky)
    tenant = client.tenants.retrieve("ten_1")
    assert tenant.id == "ten_1"
    assert [r.headers.get("CognitionOS-Retry-Count") for r in seen] == [None, "1", "2"]
    assert len(waits) == 2
    assert 0.375 <= waits[0] <= 0.5 and 0.75 <= waits[1] <= 1.0


def test_retries_stop_at_max_retries(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_request(TENANT).respond_with_json(problem(500, "Internal error"), status=500)
    with pytest.raises(InternalServerError) as caught:
        client.tenants.retrieve("ten_1")
    assert caught.value.status == 500
    assert len(httpserver.log) == 3  # the first attempt and the default 2 retries
    assert len(waits) == 2


def test_per_request_max_retries_overrides_the_client(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request(TENANT).respond_with_json(problem(503, "Unavailable"), status=503)
    with pytest.raises(InternalServerError):
        client.tenants.retrieve("ten_1", request_options={"max_retries": 0})
    assert len(httpserver.log) == 1


def test_retry_after_seconds_is_honoured(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_ordered_request(TENANT).respond_with_json(problem(429, "Too many"), status=429, headers={"Retry-After": "3"})
    httpserver.expect_ordered_request(TENANT).respond_with_json(tenant_json())
    assert client.tenants.retrieve("ten_1").id == "ten_1"
    assert waits == [3.0]


def test_rate_limit_error_once_retries_are_spent(client: CognitionOSClient, httpserver: HTTPServer, waits: List[float]) -> None:
    httpserver.expect_request(TENANT).respond_with_json(problem(429, "Too many"), status=429, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError) as caught:
        client.tenants.retrieve("ten_1")
    assert caught.value.headers.get("Retry-After") == "1"
    assert waits == [1.0, 1.0]


def test_retry_after_http_date() -> None:
    in_ten_seconds = formatdate(1_000_010, usegmt=True)
    assert retry_after_seconds(in_ten_seconds, now=lambda: 1_000_000) == pytest.approx(10.0)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def _policy_delay(retry: int, rand: float) -> float:
    """The schedule policy.json describes: INITIAL_DELAY_MS doubling, capped at MAX_DELAY_MS, minus JITTER * rand."""
    return min(policy.INITIAL_DELAY_MS * 2 ** (retry - 1), policy.MAX_DELAY_MS) / 1000 * (1 - policy.JITTER * rand)


@pytest.mark.parametrize(("retry", "rand"), [(retry, rand) for retry in (1, 2, 3, 5, 9) for rand in (0.0, 1.0)])
def test_backoff_follows_the_policy(retry: int, rand: float) -> None:
    assert backoff_delay(retry, rand=lambda: rand) == pytest.approx(_policy_delay(retry, rand))


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [(3.0, 3.0), (policy.MAX_RETRY_AFTER_MS / 1000, policy.MAX_RETRY_AFTER_MS / 1000), (policy.MAX_RETRY_AFTER_MS / 1000 + 1, None), (-1.0, None)],
)
def test_a_sane_retry_after_wins_an_outage_length_one_falls_back_to_backoff(retry_after: float, expected: Optional[float]) -> None:
    assert backoff_delay(1, retry_after=retry_after, rand=lambda: 0.0) == (expected if expected is not None else _policy_delay(1, 0.0))


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(status, True) for status in policy.RETRYABLE_STATUSES]
    + [(500, policy.RETRY_SERVER_ERRORS), (503, policy.RETRY_SERVER_ERRORS)]
    + [(status, False) for status in policy.ERROR_CLASSES if status not in policy.RETRYABLE_STATUSES],
)
def test_retryable_statuses_follow_the_policy(status: int, retryable: bool) -> None:
    assert is_retryable_status(status) is retryable


@pytest.mark.parametrize(
    ("method", "headers", "repeatable"),
    [(method, {}, True) for method in policy.REPEATABLE_METHODS]
    + [("POST", {}, False), ("PATCH", {"idempotency-key": "k"}, policy.IDEMPOTENCY_KEY_MAKES_RETRYABLE)],
)
def test_repeatable_requests_follow_the_policy(method: str, headers: Dict[str, str], repeatable: bool) -> None:
    assert is_repeatable(method, HTTPHeaderDict(headers)) is repeatable


def test_patch_without_idempotency_key_is_not_retried(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request(TENANT, method="PATCH").respond_with_json(problem(503, "Unavailable"), status=503)
    with pytest.raises(InternalServerError):
        client.tenants.update("ten_1", name="New")
    assert len(httpserver.log) == 1


def test_patch_with_idempotency_key_is_retried(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request(TENANT, method="PATCH").respond_with_json(problem(503, "Unavailable"), status=503)
    httpserver.expect_ordered_request(TENANT, method="PATCH").respond_with_json(tenant_json(name="New"))
    tenant = client.tenants.update("ten_1", name="New", request_options={"idempotency_key": "patch-1"})
    assert tenant.name == "New"
    assert [r.headers.get("Idempotency-Key") for r, _ in httpserver.log] == ["patch-1", "patch-1"]


def test_client_errors_are_not_retried(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request(TENANT).respond_with_json(problem(404, "Not found"), status=404)
    with pytest.raises(NotFoundError):
        client.tenants.retrieve("ten_1")
    assert len(httpserver.log) == 1
