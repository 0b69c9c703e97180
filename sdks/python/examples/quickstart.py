# Generated from generators/python/examples/quickstart.py by generators/python. Do not edit: change it there.
"""The DESIGN example: create a tenant, walk the tenant list, handle a missing one.

Run against `npm start`: COGNITIONOS_API_KEY=<admin key> python examples/quickstart.py
"""

from __future__ import annotations

from cognitionos import CognitionOSClient, NotFoundError, Tenant


def main() -> None:
    client = CognitionOSClient()  # COGNITIONOS_API_KEY, COGNITIONOS_BASE_URL
    tenant: Tenant = client.tenants.create(name="Acme", metadata={"region": "eu"})
    print("created", tenant.id, tenant.slug, tenant.status.value)
    for t in client.tenants.list(limit=50):
        print("tenant", t.id, t.name)
    try:
        client.tenants.retrieve("ten_does_not_exist")
    except NotFoundError as error:
        print("not found:", error.status, error.request_id)
    client.tenants.delete(tenant.id)


if __name__ == "__main__":
    main()
