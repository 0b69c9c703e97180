from __future__ import annotations

from typing import Dict

import urllib3

from cognitionos import SPEC_VERSION

from .clients import new_client
from .conftest import scenario


@scenario("health.check")
def test_health(scenario_id: str, env: Dict[str, str]) -> None:
    # /health needs no key; the client still wants one, any string will do.
    client = new_client(api_key="cog_unused", base_url=env["COGNITIONOS_BASE_URL"])
    health = client.health.check()
    assert health.status == "ok"
    assert health.store == "ok"
    assert health.version == SPEC_VERSION
    assert health.uptime_seconds >= 0


@scenario("spec.version")
def test_spec_version(scenario_id: str, env: Dict[str, str], same_spec_version: str) -> None:
    answer = urllib3.request("GET", f"{env['COGNITIONOS_BASE_URL']}/health")
    assert answer.headers["CognitionOS-Spec-Version"] == SPEC_VERSION == same_spec_version
