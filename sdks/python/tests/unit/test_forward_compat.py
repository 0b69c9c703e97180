# Generated from generators/python/tests/test_forward_compat.py by generators/python. Do not edit: change it there.
"""A newer server's undeclared field, enum value and step type parse, and stay reachable."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from cognitionos import CognitionOSClient, DelayStep, TenantStatus

from .conftest import tenant_json


def test_unknown_field_and_enum_value(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json(status="archived", newer_field={"x": 1}))
    tenant = client.tenants.retrieve("ten_1")
    assert tenant.status == "archived"
    assert tenant.status.value == "archived"
    assert isinstance(tenant.status, TenantStatus)
    assert tenant.additional_properties == {"newer_field": {"x": 1}}
    assert tenant.to_dict()["newer_field"] == {"x": 1}


def test_unknown_step_type_is_kept_raw(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    workflow = {
        "id": "wf_1",
        "name": "w",
        "description": "",
        "steps": [{"type": "delay", "duration_ms": 5}, {"type": "webhook", "url": "https://hooks.example/x"}],
        "created_at": "2026-11-23T09:00:00.000Z",
        "updated_at": "2026-11-23T09:00:00.000Z",
    }
    httpserver.expect_request("/api/v3/workflows/wf_1").respond_with_json(workflow)
    found = client.workflows.retrieve("wf_1")
    known, unknown = (step.actual_instance for step in found.steps)
    assert isinstance(known, DelayStep) and known.duration_ms == 5
    assert unknown == {"type": "webhook", "url": "https://hooks.example/x"}
