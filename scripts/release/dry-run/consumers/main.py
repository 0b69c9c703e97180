"""The DESIGN example (Python surface), run by the PyPI consumer of the release dry run."""
import os

from cognitionos import CognitionOSClient

client = CognitionOSClient(api_key=os.environ["COGNITIONOS_API_KEY"])
tenant = client.tenants.create(name="Acme")
ids = [t.id for t in client.tenants.list(limit=50)]
if tenant.id not in ids:
    raise SystemExit(f"created {tenant.id} but the list has {', '.join(ids)}")
print(f"created {tenant.id}, listed {len(ids)} tenants")
