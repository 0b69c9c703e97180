from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Callable

import pytest

from cognitionos import NotFoundError

from .conftest import TenantAccess, scenario


@scenario("memories.crud")
def test_memory_lifecycle(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    memories = new_tenant().client.memories
    mine = memories.create(scope="private", agent_id="agent-7", content="Likes tea.", tags=["prefs"], metadata={"source": "chat"})
    other = memories.create(scope="shared", content="Office closes at six.", tags=["office"])
    assert memories.retrieve(mine.id).content == "Likes tea."
    assert [m.id for m in memories.list(scope="private")] == [mine.id]
    assert [m.id for m in memories.list(agent_id="agent-7")] == [mine.id]
    assert [m.id for m in memories.list(tag="office")] == [other.id]
    memories.delete(mine.id)
    with pytest.raises(NotFoundError):
        memories.retrieve(mine.id)


@scenario("memories.search")
def test_memory_search(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    memories = new_tenant().client.memories
    best = memories.create(scope="shared", content="Quarterly revenue report for the board: revenue up, revenue forecast raised.")
    memories.create(scope="shared", content="The revenue team lunch is on Friday.")
    memories.create(scope="shared", content="Parking lot is closed for repairs.")
    hits = memories.search(query="revenue report", top_k=5).data
    assert hits[0].memory.id == best.id
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


@scenario("usage.record_summary")
def test_usage(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    usage = new_tenant().client.usage
    start = datetime.now(timezone.utc) - timedelta(hours=1)
    usage.record(metric="tokens", quantity=1200)
    usage.record(metric="tokens", quantity=300)
    summary = usage.summary(start=start, end=datetime.now(timezone.utc) + timedelta(minutes=1), granularity="hour")
    totals = {total.metric: total.quantity for total in summary.totals}
    assert totals["tokens"] == 1500
    assert totals["api_calls"] >= 2  # the server meters this tenant's own calls
