# Generated from generators/python/contract/test_errors.py by generators/python. Do not edit: change it there.
from __future__ import annotations

from typing import Callable, Dict, List

import pytest

from cognitionos import (
    APIError,
    AuthenticationError,
    BadRequestError,
    CognitionOSClient,
    NotFoundError,
    RequestOptions,
    UnprocessableEntityError,
)

from .clients import new_client
from .conftest import TenantAccess, scenario, unique


@scenario("errors.bad_request")
def test_bad_input_names_the_field(scenario_id: str, env: Dict[str, str]) -> None:
    # Straight to the server: the validating proxy would refuse this request itself.
    direct = new_client(api_key=env["COGNITIONOS_ADMIN_KEY"], base_url=env["COGNITIONOS_DIRECT_BASE_URL"])
    with pytest.raises((BadRequestError, UnprocessableEntityError)) as caught:
        direct.tenants.create(name="")
    assert caught.value.status in (400, 422)
    assert any(error["path"] == "body.name" for error in caught.value.errors)


@scenario("errors.not_found")
def test_unknown_id(scenario_id: str, admin: CognitionOSClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        admin.tenants.retrieve("ten_doesnotexist0000000000000")
    assert caught.value.status == 404


@scenario("errors.authentication")
def test_wrong_key(scenario_id: str, env: Dict[str, str]) -> None:
    wrong = new_client(api_key="cog_wrong_0000000000000000000000", base_url=env["COGNITIONOS_BASE_URL"])
    with pytest.raises(AuthenticationError) as caught:
        wrong.tenants.list()
    assert caught.value.status == 401


@scenario("errors.tenant_isolation")
def test_other_tenants_object_is_not_found(scenario_id: str, new_tenant: Callable[[], TenantAccess]) -> None:
    owner, stranger = new_tenant(), new_tenant()
    workflow = owner.client.workflows.create(name=unique("private"), steps=[{"type": "delay", "duration_ms": 1}])
    memory = owner.client.memories.create(scope="private", content="Owner only.")
    with pytest.raises(NotFoundError):
        stranger.client.workflows.retrieve(workflow.id)
    with pytest.raises(NotFoundError):
        stranger.client.memories.retrieve(memory.id)


def collect_errors(admin: CognitionOSClient, env: Dict[str, str], key: str) -> List[APIError]:
    wrong = new_client(api_key=key, base_url=env["COGNITIONOS_BASE_URL"])
    attempts: List[Callable[[], object]] = [
        lambda: admin.tenants.retrieve("ten_doesnotexist0000000000000"),
        lambda: wrong.tenants.list(),
        lambda: admin.workflows.list(),  # an admin key on a tenant-scoped resource: 403
    ]
    errors: List[APIError] = []
    for attempt in attempts:
        with pytest.raises(APIError) as caught:
            attempt()
        errors.append(caught.value)
    return errors


@scenario("errors.request_id")
def test_errors_carry_the_request_id(scenario_id: str, admin: CognitionOSClient, env: Dict[str, str]) -> None:
    for error in collect_errors(admin, env, "cog_wrong_1111111111111111111111"):
        assert error.request_id and error.request_id == error.headers["X-Request-Id"]
        assert error.request_id in str(error)


@scenario("errors.no_key_in_text")
def test_no_key_in_any_error_text(scenario_id: str, admin: CognitionOSClient, env: Dict[str, str]) -> None:
    wrong_key = "cog_wrong_2222222222222222222222"
    for error in collect_errors(admin, env, wrong_key):
        for text in (str(error), repr(error), error.message, " ".join(map(str, error.args))):
            assert wrong_key not in text
            assert env["COGNITIONOS_ADMIN_KEY"] not in text


@scenario("idempotency.replay")
def test_same_key_same_object(scenario_id: str, admin: CognitionOSClient) -> None:
    name = unique("replay")
    options: RequestOptions = {"idempotency_key": unique("idem")}
    first = admin.tenants.create(name=name, request_options=options)
    second = admin.tenants.create(name=name, request_options=options)
    assert second.id == first.id
    assert [t.id for t in admin.tenants.list(limit=100) if t.name == name] == [first.id]
