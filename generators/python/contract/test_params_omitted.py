from __future__ import annotations

from typing import Callable

from cognitionos import CognitionOSClient

from .conftest import TenantAccess, scenario, unique


@scenario("bodies.params_omitted")
def test_body_operations_without_params_send_an_empty_object(
    scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess]
) -> None:
    access = new_tenant()
    tenant_id, client = access.tenant.id, access.client
    workflow = client.workflows.create(name=unique("omitted"), steps=[{"type": "delay", "duration_ms": 1}])
    started = client.workflows.executions.create(workflow.id)
    assert started.workflow_id == workflow.id
    assert admin.tenants.update(tenant_id).name == access.tenant.name
    assert client.workflows.update(workflow.id).name == workflow.name
    installed = client.tenants.plugins.install(tenant_id, name="slack-notifier", version="1.2.0")
    assert client.tenants.plugins.update(tenant_id, installed.id).version == "1.2.0"
    plan = admin.tenants.subscription.retrieve(tenant_id).plan
    assert admin.tenants.subscription.update(tenant_id).plan == plan
