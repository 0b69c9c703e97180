# Generated from generators/python/contract/test_parity.py by generators/python. Do not edit: change it there.
"""Issue 23's parity rows against the live server: the x-should-retry veto, middleware around each
attempt, raw responses and trace context."""

from __future__ import annotations

from typing import Callable, Dict, List, Tuple

import pytest
from opentelemetry.sdk.trace import TracerProvider

from cognitionos import APITimeoutError, CognitionOSClient, ConflictError, HTTPRequest, Tenant

from .clients import Outcome, new_client, observing_middleware
from .conftest import TenantAccess, scenario, unique

tracer = TracerProvider().get_tracer("cognitionos-contract")


def attempts_of(client_options: Dict[str, object]) -> Tuple[CognitionOSClient, List[Tuple[HTTPRequest, Outcome]]]:
    """A client whose middleware records every attempt with its outcome."""
    seen: List[Tuple[HTTPRequest, Outcome]] = []
    client = new_client(**client_options, middleware=[observing_middleware(lambda request, outcome: seen.append((request, outcome)))])
    return client, seen


@scenario("retries.should_retry_veto")
def test_a_finished_executions_cancel_is_sent_once(scenario_id: str, new_tenant: Callable[[], TenantAccess], env: Dict[str, str]) -> None:
    access = new_tenant()
    workflow = access.client.workflows.create(name=unique("veto"), steps=[{"type": "delay", "duration_ms": 1}])
    finished = access.client.workflows.executions.create_and_poll(workflow.id, poll_interval=0.05, max_wait=30)
    assert finished.status == "succeeded"
    client, seen = attempts_of({"api_key": access.key, "base_url": env["COGNITIONOS_BASE_URL"]})
    with pytest.raises(ConflictError) as caught:
        client.workflows.executions.cancel(workflow.id, finished.id)
    assert str(caught.value).startswith("POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409")
    assert len(seen) == 1


@scenario("middleware.each_attempt")
def test_middleware_sees_every_attempt(scenario_id: str, env: Dict[str, str]) -> None:
    # The slow server answers after 1.5 s: each attempt times out at 0.3 s and is retried once.
    options = {"api_key": env["COGNITIONOS_ADMIN_KEY"], "base_url": env["COGNITIONOS_SLOW_BASE_URL"], "timeout": 0.3, "max_retries": 1}
    client, seen = attempts_of(options)
    with pytest.raises(APITimeoutError):
        client.tenants.list(limit=1)
    assert [(request.attempt, request.headers.get("CognitionOS-Retry-Count")) for request, _ in seen] == [(1, None), (2, "1")]
    assert all(isinstance(outcome, APITimeoutError) for _, outcome in seen)
    assert all((request.method, request.route) == ("GET", "/tenants") for request, _ in seen)


@scenario("responses.raw")
def test_a_raw_response_has_status_headers_and_the_parsed_object(scenario_id: str, admin: CognitionOSClient) -> None:
    raw = admin.with_raw_response.tenants.create(name=unique("raw"))
    assert raw.status_code == 201
    assert raw.headers["X-Request-Id"] and raw.request_id == raw.headers["x-request-id"]
    assert raw.headers["CognitionOS-Spec-Version"]
    created = raw.parse()
    assert isinstance(created, Tenant)
    assert admin.tenants.retrieve(created.id) == created
    retrieved = admin.with_raw_response.tenants.retrieve(created.id)
    assert retrieved.status_code == 200 and retrieved.parse() == created


@scenario("trace.context")
def test_the_server_continues_the_callers_trace(scenario_id: str, admin: CognitionOSClient) -> None:
    with tracer.start_as_current_span("contract caller") as span:
        raw = admin.with_raw_response.health.check()
    trace_id = f"{span.get_span_context().trace_id:032x}"
    answer = raw.headers.get("traceresponse", "")
    assert answer.split("-")[1:2] == [trace_id], f"traceresponse {answer!r}, caller's trace {trace_id}"
