"""Requests per second for GET one tenant: raw urllib3 against the SDK, on one server, keep-alive.

Called by run.ts with the server's base URL and admin key; prints one JSON line of results. Rounds
alternate raw / SDK so that drift of the machine hits both alike.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

import urllib3

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sdks/python"))
from cognitionos import CognitionOSClient  # noqa: E402

ROUNDS = 5
ROUND_SECONDS = 2.0


def per_second(call: Callable[[], object], seconds: float) -> float:
    done = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        call()
        done += 1
    return done / (time.perf_counter() - started)


def main(base_url: str, admin_key: str) -> None:
    client = CognitionOSClient(api_key=admin_key, base_url=base_url, max_retries=0)
    tenant_id = client.tenants.create(name="bench").id
    pool = urllib3.PoolManager(retries=False)
    url = f"{base_url}/tenants/{tenant_id}"
    headers = {"Authorization": f"Bearer {admin_key}", "Accept": "application/json"}

    def raw() -> object:
        answer = pool.request("GET", url, headers=headers)
        assert answer.status == 200
        return json.loads(answer.data)

    def sdk() -> object:
        return client.tenants.retrieve(tenant_id)

    cases: Dict[str, Callable[[], object]] = {"raw": raw, "sdk": sdk}
    for call in cases.values():
        per_second(call, 1.0)  # warm-up: connections open, code paths hot
    results: Dict[str, List[float]] = {name: [] for name in cases}
    for _ in range(ROUNDS):
        for name, call in cases.items():
            results[name].append(per_second(call, ROUND_SECONDS))
    medians = {name: statistics.median(values) for name, values in results.items()}
    print(json.dumps({"rounds": results, "median": medians, "ratio": medians["sdk"] / medians["raw"]}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
