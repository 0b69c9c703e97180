# Generated from generators/python/contract/test_resilience.py by generators/python. Do not edit: change it there.
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Dict

import pytest

from cognitionos import APITimeoutError, CognitionOSClient, DelayStep, RateLimitError, TenantStatus

from .clients import new_client
from .conftest import TenantAccess, open_tenant, scenario, unique
from .recording_proxy import recording_proxy


@scenario("retries.rate_limit")
def test_429_is_waited_out(scenario_id: str, env: Dict[str, str]) -> None:
    limited = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_LIMITED_BASE_URL"])
    with pytest.raises(RateLimitError) as caught:
        for _ in range(10):  # the limit is 3 per second: the burst meets it
            limited.tenants.list(limit=1, request_options={"max_retries": 0})
    assert int(caught.value.headers["Retry-After"]) >= 1
    started = time.monotonic()
    for _ in range(4):  # again over the limit, now with retries: every call ends well
        assert limited.tenants.list(limit=1).data is not None
    assert time.monotonic() - started >= 0.5  # at least one Retry-After was waited


@scenario("retries.timeout")
def test_slow_answer_times_out(scenario_id: str, env: Dict[str, str]) -> None:
    # The slow server's answer (after 1.5 s) is a success: only the client's timeout can fail the call.
    slow = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_SLOW_BASE_URL"], timeout=0.5, max_retries=0)
    with pytest.raises(APITimeoutError):
        slow.tenants.list(limit=1)


@scenario("retries.idempotency_key_stable")
def test_every_retry_carries_the_same_key(scenario_id: str, admin: CognitionOSClient, env: Dict[str, str]) -> None:
    name = unique("retried")
    with recording_proxy(env["COGNITIONOS_BASE_URL"], fail_first=2) as proxy:
        client = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=proxy.base_url)
        created = client.tenants.create(name=name)
    keys = [headers.get("Idempotency-Key") for headers in proxy.seen]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    assert [headers.get("CognitionOS-Retry-Count") for headers in proxy.seen] == [None, "1", "2"]
    assert [t.id for t in admin.tenants.list(limit=100) if t.name == name] == [created.id]


@scenario("compat.newer_server")
def test_reads_from_a_newer_server(scenario_id: str, env: Dict[str, str]) -> None:
    admin = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_NEWER_BASE_URL"])
    access: TenantAccess = open_tenant(admin, env["COGNITIONOS_NEWER_BASE_URL"])
    tenant = admin.tenants.retrieve(access.tenant.id)
    assert isinstance(tenant.status, TenantStatus) and tenant.status.value == "archived"
    assert tenant.additional_properties["newer_field"] == "added by a newer server"
    assert access.tenant.id in [t.id for t in admin.tenants.list(limit=100)]
    assert admin.tenants.subscription.retrieve(tenant.id).additional_properties["newer_field"]
    assert all(k.additional_properties["newer_field"] for k in admin.tenants.api_keys.list(tenant.id))

    client = access.client
    workflow = client.workflows.create(name=unique("newer"), steps=[{"type": "delay", "duration_ms": 1}])
    for read in (client.workflows.retrieve(workflow.id), next(iter(client.workflows.list()))):
        known, unknown = (step.actual_instance for step in read.steps)
        assert isinstance(known, DelayStep) and known.additional_properties["newer_field"]
        assert isinstance(unknown, dict) and unknown["type"] == "webhook" and unknown["url"] == "https://hooks.example/x"
    memory = client.memories.create(scope="shared", content="From the future.")
    assert client.memories.retrieve(memory.id).additional_properties["newer_field"]
    assert client.health.check().additional_properties["newer_field"]


@scenario("faults.no_loss_no_duplicate")
def test_faults_lose_and_duplicate_nothing(scenario_id: str, env: Dict[str, str]) -> None:
    # The tenant and its key come from the fault-free server (same store); only the creates meet faults.
    fault_free_admin = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_FAULTFREE_BASE_URL"])
    access = open_tenant(fault_free_admin, env["COGNITIONOS_FAULTFREE_BASE_URL"])
    # A timeout under the injected 1.5 s delay, so delays become Timeout errors that are retried too.
    faulty = new_client(api_key=access.key, base_url=env["COGNITIONOS_FAULTY_BASE_URL"], max_retries=10, timeout=1.0)
    prefix = unique("fault")
    markers = [f"{prefix}-{i:03d}" for i in range(100)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        created = list(pool.map(lambda marker: faulty.memories.create(scope="shared", content=marker).id, markers))
    assert len(set(created)) == 100
    stored = [m.content for m in access.client.memories.list(limit=100) if m.content.startswith(prefix)]
    assert sorted(stored) == markers  # each exactly once
