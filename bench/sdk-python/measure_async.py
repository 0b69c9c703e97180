"""The async client under load: GET one tenant with 200 calls in flight through AsyncCognitionOSClient,
raw aiohttp and raw httpx (each pooled for 200 keep-alive connections); then 100 concurrent calls
against a server that delays every answer, timed, with the process's thread count before and while
they are in flight.

Called by run.ts with the server's base URL, the delaying server's base URL and the admin key; prints
one JSON line of results. Rounds alternate the cases so that drift of the machine hits all alike.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Awaitable, Callable, Dict, List

import aiohttp
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sdks/python"))
from cognitionos import AsyncCognitionOSClient  # noqa: E402

ROUNDS = 3
ROUND_SECONDS = 2.0
IN_FLIGHT = 200
DELAYED_CALLS = 100

Call = Callable[[], Awaitable[object]]


async def per_second(call: Call, seconds: float) -> float:
    done = 0
    started = time.perf_counter()
    deadline = started + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await call()
            done += 1

    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    return done / (time.perf_counter() - started)


async def throughput(base_url: str, admin_key: str) -> Dict[str, List[float]]:
    headers = {"Authorization": f"Bearer {admin_key}", "Accept": "application/json"}
    async with AsyncCognitionOSClient(api_key=admin_key, base_url=base_url, max_retries=0) as sdk, aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=IN_FLIGHT)
    ) as session, httpx.AsyncClient(
        # httpx's default pool keeps only 20 idle connections: at 200 in flight it would reconnect constantly.
        limits=httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    ) as client:
        tenant_id = (await sdk.tenants.create(name="bench")).id
        url = f"{base_url}/tenants/{tenant_id}"

        async def raw_aiohttp() -> object:
            async with session.get(url, headers=headers) as answer:
                assert answer.status == 200
                return json.loads(await answer.read())

        async def raw_httpx() -> object:
            answer = await client.get(url, headers=headers)
            assert answer.status_code == 200
            return json.loads(answer.content)

        async def through_sdk() -> object:
            return await sdk.tenants.retrieve(tenant_id)

        cases: Dict[str, Call] = {"raw aiohttp": raw_aiohttp, "raw httpx": raw_httpx, "SDK (async)": through_sdk}
        for call in cases.values():
            await per_second(call, 1.0)  # warm-up: connections open, code paths hot
        results: Dict[str, List[float]] = {name: [] for name in cases}
        for _ in range(ROUNDS):
            for name, call in cases.items():
                results[name].append(await per_second(call, ROUND_SECONDS))
        return results


async def delayed(delayed_base_url: str, admin_key: str) -> Dict[str, float]:
    threads_before = threading.active_count()
    async with AsyncCognitionOSClient(api_key=admin_key, base_url=delayed_base_url, max_retries=0) as sdk:
        tenant_id = (await sdk.tenants.create(name="bench-delayed")).id
        started = time.perf_counter()
        calls = [asyncio.ensure_future(sdk.tenants.retrieve(tenant_id)) for _ in range(DELAYED_CALLS)]
        await asyncio.sleep(0.1)  # all in flight, none answered yet
        threads_during = threading.active_count()
        await asyncio.gather(*calls)
        return {"seconds": time.perf_counter() - started, "threads_before": threads_before, "threads_during": threads_during}


def main(base_url: str, delayed_base_url: str, admin_key: str) -> None:
    rounds = asyncio.run(throughput(base_url, admin_key))
    medians = {name: statistics.median(values) for name, values in rounds.items()}
    fastest_raw = max(medians["raw aiohttp"], medians["raw httpx"])
    waits = asyncio.run(delayed(delayed_base_url, admin_key))
    print(json.dumps({"rounds": rounds, "median": medians, "ratio": medians["SDK (async)"] / fastest_raw, "delayed": waits}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
