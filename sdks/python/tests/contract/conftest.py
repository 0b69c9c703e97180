# Generated from generators/python/contract/conftest.py by generators/python. Do not edit: change it there.
"""Contract suite plumbing: the servers the orchestrator (test/contract/run.ts) started, clients for
them, and fresh tenants. Run without the orchestrator's variables, the suite fails: it never skips."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Callable, Dict, Iterator

import pytest
import urllib3

from cognitionos import SPEC_VERSION, CognitionOSClient, Tenant

from .clients import new_client

REQUIRED = [
    "COGNITIONOS_BASE_URL",
    "COGNITIONOS_DIRECT_BASE_URL",
    "COGNITIONOS_ADMIN_KEY",
    "COGNITIONOS_LIMITED_BASE_URL",
    "COGNITIONOS_SLOW_BASE_URL",
    "COGNITIONOS_NEWER_BASE_URL",
    "COGNITIONOS_FAULTY_BASE_URL",
    "COGNITIONOS_FAULTFREE_BASE_URL",
    "COGNITIONOS_REPORT_FILE",
]


def scenario(scenario_id: str) -> pytest.MarkDecorator:
    """Names the test after its catalogue id: its JUnit name becomes `test_...[<id>]`."""
    return pytest.mark.parametrize("scenario_id", [scenario_id], ids=[scenario_id])


@pytest.fixture(scope="session")
def env() -> Dict[str, str]:
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        pytest.fail(f"the contract suite runs under test/contract/run.ts; missing: {', '.join(missing)}", pytrace=False)
    return {name: os.environ[name] for name in REQUIRED}


@pytest.fixture(scope="session", autouse=True)
def same_spec_version(env: Dict[str, str]) -> str:
    """Checked before anything else runs: a server of another spec version makes every result moot."""
    answer = urllib3.request("GET", f"{env['COGNITIONOS_BASE_URL']}/health")
    served = answer.headers.get("CognitionOS-Spec-Version", "")
    if served != SPEC_VERSION:
        pytest.fail(f"server implements spec {served!r}, this SDK was generated from {SPEC_VERSION!r}", pytrace=False)
    return served


@pytest.fixture(scope="session")
def admin(env: Dict[str, str]) -> Iterator[CognitionOSClient]:
    with new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_BASE_URL"]) as client:
        yield client


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass
class TenantAccess:
    tenant: Tenant
    key: str
    client: CognitionOSClient


def open_tenant(admin: CognitionOSClient, base_url: str) -> TenantAccess:
    """A new tenant with its own key, and a client using that key against base_url."""
    tenant = admin.tenants.create(name=unique("contract"))
    key = admin.tenants.api_keys.create(tenant.id, name="contract").secret
    return TenantAccess(tenant, key, new_client(api_key=key, base_url=base_url))


@pytest.fixture
def new_tenant(admin: CognitionOSClient, env: Dict[str, str]) -> Callable[[], TenantAccess]:
    return lambda: open_tenant(admin, env["COGNITIONOS_BASE_URL"])
