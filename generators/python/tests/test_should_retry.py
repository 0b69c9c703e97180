"""The server's x-should-retry decides before the policy's status table: false stops a retry the table
would make (a state conflict answered 409), true retries a status the table would not."""

from __future__ import annotations

import json
from typing import Dict, List

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from cognitionos import APIStatusError, CognitionOSClient
from cognitionos import _policy as policy

from .conftest import problem, tenant_json

CASES = [
    # (status, x-should-retry, requests sent)
    (409, "false", 1),
    (503, "false", 1),
    (429, "FALSE", 1),
    (400, "true", 2),
    (409, "", 2),  # absent: the table retries a 409
    (400, "", 1),  # absent: the table does not retry a 400
    (409, "maybe", 2),  # not true or false: the table decides
]


@pytest.mark.parametrize(("status", "verdict", "requests"), CASES)
def test_the_header_decides_before_the_table(
    client: CognitionOSClient, httpserver: HTTPServer, waits: List[float], status: int, verdict: str, requests: int
) -> None:
    seen: List[Request] = []

    def answer(request: Request) -> Response:
        seen.append(request)
        if len(seen) > 1:
            return Response(json.dumps(tenant_json()), status=200, content_type="application/json")
        headers: Dict[str, str] = {policy.SHOULD_RETRY_HEADER: verdict} if verdict else {}
        return Response(json.dumps(problem(status, "Problem")), status=status, headers=headers, content_type="application/problem+json")

    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_handler(answer)
    if requests == 1:
        with pytest.raises(APIStatusError) as caught:
            client.tenants.retrieve("ten_1")
        assert caught.value.status == status
    else:
        assert client.tenants.retrieve("ten_1").id == "ten_1"
    assert len(seen) == requests


def test_a_success_is_never_retried_whatever_the_header(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v3/tenants/ten_1").respond_with_json(tenant_json(), headers={policy.SHOULD_RETRY_HEADER: "true"})
    client.tenants.retrieve("ten_1")
    assert len(httpserver.log) == 1


def test_a_vetoed_conflict_names_the_call(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    path = "/api/v3/workflows/wf_1/executions/exe_1/cancel"
    httpserver.expect_request(path, method="POST").respond_with_json(
        problem(409, "Conflict"), status=409, headers={policy.SHOULD_RETRY_HEADER: "false"}
    )
    with pytest.raises(APIStatusError) as caught:
        client.workflows.executions.cancel("wf_1", "exe_1")
    assert str(caught.value).startswith("POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict")
    assert len(httpserver.log) == 1
