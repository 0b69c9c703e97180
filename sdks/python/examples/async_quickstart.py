# Generated from generators/python/examples/async_quickstart.py by generators/python. Do not edit: change it there.
"""The asyncio client: the quickstart's calls, awaited, a few of them at once.

Run against `npm start`: COGNITIONOS_API_KEY=<admin key> python examples/async_quickstart.py
"""

from __future__ import annotations

import asyncio

from cognitionos import AsyncCognitionOSClient


async def main() -> None:
    async with AsyncCognitionOSClient() as client:  # COGNITIONOS_API_KEY, COGNITIONOS_BASE_URL
        created = await asyncio.gather(*(client.tenants.create(name=f"Acme {n}") for n in range(3)))
        print("created", [t.id for t in created])
        async for tenant in await client.tenants.list(limit=2):
            print("tenant", tenant.id, tenant.name)
        await asyncio.gather(*(client.tenants.delete(t.id) for t in created))


if __name__ == "__main__":
    asyncio.run(main())
