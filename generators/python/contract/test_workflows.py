from __future__ import annotations

import time
from typing import Any, Callable, Dict, List, Union

import pytest

from cognitionos import DelayStep, MemoryScope, MemoryWriteStep, NotFoundError, UsageRecordStep

from .conftest import TenantAccess, scenario, unique


@scenario("workflows.crud")
def test_workflow_lifecycle(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    workflows = new_tenant().client.workflows
    name = unique("wf")
    created = workflows.create(name=name, description="first", steps=[{"type": "delay", "duration_ms": 1}])
    assert created.id.startswith("wf_") and created.name == name
    assert [w.id for w in workflows.list()] == [created.id]
    assert workflows.retrieve(created.id).description == "first"
    updated = workflows.update(created.id, name=f"{name}-2", description="second")
    assert (updated.name, updated.description) == (f"{name}-2", "second")
    workflows.delete(created.id)
    with pytest.raises(NotFoundError):
        workflows.retrieve(created.id)


@scenario("workflows.steps.union")
def test_each_step_variant_round_trips(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    workflows = new_tenant().client.workflows
    # A typed model or a plain dict, whichever the caller has.
    steps: List[Union[DelayStep, MemoryWriteStep, Dict[str, Any]]] = [
        DelayStep(type="delay", duration_ms=25),
        MemoryWriteStep(type="memory_write", scope=MemoryScope.SHARED, content="Met {{input.customer}}."),
        {"type": "usage_record", "metric": "tokens", "quantity": 1200},
    ]
    created = workflows.create(name=unique("union"), steps=steps)
    delay, memory_write, usage_record = (step.actual_instance for step in workflows.retrieve(created.id).steps)
    assert isinstance(delay, DelayStep) and delay.duration_ms == 25
    assert isinstance(memory_write, MemoryWriteStep)
    assert (memory_write.scope, memory_write.content) == ("shared", "Met {{input.customer}}.")
    assert isinstance(usage_record, UsageRecordStep)
    assert (usage_record.metric, usage_record.quantity) == ("tokens", 1200)


@scenario("executions.create_and_poll")
def test_create_and_poll(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    client = new_tenant().client
    marker = unique("customer")
    workflow = client.workflows.create(
        name=unique("poll"),
        steps=[{"type": "delay", "duration_ms": 50}, {"type": "memory_write", "scope": "shared", "content": "Met {{input.customer}} today."}],
    )
    execution = client.workflows.executions.create_and_poll(workflow.id, input={"customer": marker}, poll_interval=0.1, max_wait=30)
    assert execution.status == "succeeded"
    assert [step.status for step in execution.steps] == ["succeeded", "succeeded"]
    contents = [m.content for m in client.memories.list(scope="shared")]
    assert f"Met {marker} today." in contents


@scenario("executions.list_cancel")
def test_list_and_cancel(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    workflows = new_tenant().client.workflows
    workflow = workflows.create(name=unique("cancel"), steps=[{"type": "delay", "duration_ms": 30000}])
    started = workflows.executions.create(workflow.id, input={})
    assert [e.id for e in workflows.executions.list(workflow.id)] == [started.id]
    workflows.executions.cancel(workflow.id, started.id)
    deadline = time.monotonic() + 10
    current = workflows.executions.retrieve(workflow.id, started.id)
    while current.status not in ("succeeded", "failed", "canceled") and time.monotonic() < deadline:
        time.sleep(0.1)
        current = workflows.executions.retrieve(workflow.id, started.id)
    assert current.status == "canceled"
