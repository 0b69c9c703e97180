# Generated from generators/python/tests/test_trace_context.py by generators/python. Do not edit: change it there.
"""With a span active in the caller's OpenTelemetry context, each call sends its W3C traceparent;
without one, no trace header is sent."""

from __future__ import annotations

from opentelemetry.sdk.trace import TracerProvider
from pytest_httpserver import HTTPServer

from cognitionos import CognitionOSClient

from .conftest import tenant_json

tracer = TracerProvider().get_tracer("cognitionos-tests")


def test_the_active_span_is_propagated(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    with tracer.start_as_current_span("caller") as span:
        client.tenants.retrieve("ten_1")
        context = span.get_span_context()
    sent = httpserver.log[-1][0].headers["traceparent"]
    assert sent == f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"


def test_no_span_no_header(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json())
    client.tenants.retrieve("ten_1")
    assert "traceparent" not in httpserver.log[-1][0].headers
