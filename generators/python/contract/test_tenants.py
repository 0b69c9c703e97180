from __future__ import annotations

from typing import Callable, Dict

import pytest

from cognitionos import AuthenticationError, CognitionOSClient, NotFoundError

from .clients import new_client
from .conftest import TenantAccess, scenario, unique


@scenario("tenants.crud")
def test_tenant_lifecycle(scenario_id: str, admin: CognitionOSClient) -> None:
    name = unique("crud")
    created = admin.tenants.create(name=name, metadata={"region": "eu"})
    assert created.id.startswith("ten_") and created.name == name and created.metadata == {"region": "eu"}
    assert admin.tenants.retrieve(created.id).id == created.id
    updated = admin.tenants.update(created.id, name=f"{name}-2", status="suspended", metadata={"region": "us"})
    assert (updated.name, updated.status, updated.metadata) == (f"{name}-2", "suspended", {"region": "us"})
    admin.tenants.delete(created.id)
    with pytest.raises(NotFoundError):
        admin.tenants.retrieve(created.id)


@scenario("tenants.list.autopaging")
def test_tenant_autopaging(scenario_id: str, admin: CognitionOSClient) -> None:
    prefix = unique("page")
    created = [admin.tenants.create(name=f"{prefix}-{i}").id for i in range(5)]
    page = admin.tenants.list(limit=2)
    assert len(page.data) == 2 and page.has_more
    walked = [t.id for t in page]
    ours = [tenant_id for tenant_id in walked if tenant_id in created]
    assert ours == created  # every one, once, oldest first
    assert len(walked) == len(set(walked))
    assert len(list(page.iter_pages())) >= 3


@scenario("api_keys.lifecycle")
def test_api_key_lifecycle(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess]) -> None:
    access = new_tenant()
    key = admin.tenants.api_keys.create(access.tenant.id, name="second")
    assert key.secret.startswith("cog_")
    listed = {k.id: k for k in admin.tenants.api_keys.list(access.tenant.id)}
    assert key.id in listed
    assert key.secret not in listed[key.id].masked and listed[key.id].masked.endswith(key.secret[-4:])
    retrieved = admin.tenants.api_keys.retrieve(access.tenant.id, key.id)
    assert (retrieved.name, retrieved.masked) == ("second", listed[key.id].masked)
    used = new_client(api_key=key.secret, base_url=admin.base_url)
    assert used.tenants.retrieve(access.tenant.id).id == access.tenant.id
    revoked = admin.tenants.api_keys.revoke(access.tenant.id, key.id)
    assert revoked.revoked_at is not None


@scenario("api_keys.revoked")
def test_revoked_key(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess]) -> None:
    access = new_tenant()
    key_id = next(k.id for k in admin.tenants.api_keys.list(access.tenant.id))
    admin.tenants.api_keys.revoke(access.tenant.id, key_id)
    with pytest.raises(AuthenticationError) as caught:
        access.client.tenants.retrieve(access.tenant.id)
    assert caught.value.status == 401


@scenario("subscription.lifecycle")
def test_subscription(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess]) -> None:
    tenant_id = new_tenant().tenant.id
    subscription = admin.tenants.subscription.retrieve(tenant_id)
    assert subscription.tenant_id == tenant_id and subscription.plan == "starter"
    updated = admin.tenants.subscription.update(tenant_id, plan="professional", seats=12)
    assert (updated.plan, updated.seats) == ("professional", 12)
    canceled = admin.tenants.subscription.cancel(tenant_id)
    assert canceled.cancel_at_period_end is True
    assert admin.tenants.subscription.retrieve(tenant_id).cancel_at_period_end is True


@scenario("plugins.crud")
def test_plugins(scenario_id: str, admin: CognitionOSClient, new_tenant: Callable[[], TenantAccess], env: Dict[str, str]) -> None:
    access = new_tenant()
    plugins = access.client.tenants.plugins
    tenant_id = access.tenant.id
    installed = plugins.install(tenant_id, name="slack-notifier", version="1.2.0", permissions=["memory:read"], config={"channel": "#ops"})
    assert installed.enabled is True and installed.permissions == ["memory:read"]
    assert [p.id for p in plugins.list(tenant_id)] == [installed.id]
    assert plugins.retrieve(tenant_id, installed.id).config == {"channel": "#ops"}
    disabled = plugins.update(tenant_id, installed.id, enabled=False, config={"channel": "#alerts"})
    assert disabled.enabled is False and disabled.config == {"channel": "#alerts"}
    plugins.uninstall(tenant_id, installed.id)
    with pytest.raises(NotFoundError):
        plugins.retrieve(tenant_id, installed.id)
