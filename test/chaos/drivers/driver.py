"""The chaos run's Python column: steady traffic through the Python SDK's sync client (protocol in
test/chaos/columns.ts). Each iteration creates a memory, reads it back and records a usage metric,
each named by the iteration so the store audit can count it; the SDK sends its own Idempotency-Keys."""

import json
import os
import sys
import time
from typing import Any, Callable

from cognitionos import APIError, APITimeoutError, CognitionOSClient

client = CognitionOSClient(
    api_key=os.environ["COGNITIONOS_API_KEY"],
    base_url=os.environ["COGNITIONOS_BASE_URL"],
    timeout=int(os.environ["CHAOS_TIMEOUT_MS"]) / 1000,
    max_retries=int(os.environ["CHAOS_MAX_RETRIES"]),
)
marker = os.environ["CHAOS_MARKER"]


def call(op: str, key: str, run: Callable[[], Any], check: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """One SDK call, reported as one JSON line: what it was for, and how it ended as the caller saw it."""
    started = time.monotonic()
    line: dict[str, Any] = {"op": op, "key": key}
    try:
        line.update(ok=True, **check(run()))
    except APIError as error:
        line.update(ok=False, error=type(error).__name__, status=getattr(error, "status", None), timeout=isinstance(error, APITimeoutError))
    line["ms"] = round((time.monotonic() - started) * 1000)
    print(json.dumps(line), flush=True)
    return line


print(json.dumps({"ready": True}), flush=True)
end_at = int(sys.stdin.readline())
i = 0
while time.time() * 1000 < end_at and i < int(os.environ["CHAOS_MAX_ITERATIONS"]):
    content = f"{marker} {i}"
    created = call("create", content, lambda: client.memories.create(scope="private", content=content), lambda m: {"id": m.id})
    if created["ok"]:
        call("retrieve", content, lambda: client.memories.retrieve(created["id"]), lambda m: {"id": m.id, "mismatch": m.content != content})
    metric = f"chaos_{marker}_{i}"
    call("record", metric, lambda: client.usage.record(metric=metric, quantity=1), lambda r: {"id": r.id})
    time.sleep(int(os.environ["CHAOS_PAUSE_MS"]) / 1000)
    i += 1
