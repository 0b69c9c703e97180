"""Request bodies keep a nullable field's explicit None as null and leave out what was not given;
responses that are not one model (a list, a map, an enum, a scalar) parse strictly; the client's
Configuration reaches the connection pool; a body operation called without params sends {}."""

from __future__ import annotations

from enum import Enum
from typing import Any, Dict, Optional

import pytest
import urllib3
from pytest_httpserver import HTTPServer

from cognitionos import CognitionOSClient, Configuration
from cognitionos._json import NOT_GIVEN, compact
from cognitionos._parse import dict_of, enum_of, json_value, list_of, scalar

from .conftest import tenant_json


def test_none_leaves_a_field_out_unless_it_is_nullable() -> None:
    fields = {"name": None, "nickname": None, "age": NOT_GIVEN, "slug": "acme"}
    assert compact(fields) == {"slug": "acme"}
    assert compact(fields, nullable=("nickname", "age")) == {"nickname": None, "slug": "acme"}


class Color(str, Enum):
    RED = "red"


class Item:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def from_dict(cls, obj: Optional[Dict[str, Any]]) -> Optional["Item"]:
        return None if obj is None else cls(obj["name"])


def test_lists_and_maps_parse_each_item() -> None:
    items = list_of(Item.from_dict)([{"name": "a"}, {"name": "b"}])
    assert [item.name for item in items or []] == ["a", "b"]
    by_key = dict_of(Item.from_dict)({"x": {"name": "c"}})
    assert {key: item.name for key, item in (by_key or {}).items()} == {"x": "c"}
    assert list_of(Item.from_dict)(None) is None


@pytest.mark.parametrize("body", [{"name": "a"}, [None]])
def test_a_list_refuses_what_is_not_a_list_of_items(body: Any) -> None:
    with pytest.raises(ValueError):
        list_of(Item.from_dict)(body)


def test_enums_and_scalars() -> None:
    assert enum_of(Color)("red") is Color.RED
    assert scalar(float)(3) == 3.0
    assert scalar(str)("x") == "x"
    assert json_value({"any": [1]}) == {"any": [1]}
    with pytest.raises(ValueError):
        scalar(int)("3")


def test_configuration_reaches_the_pool() -> None:
    plain = Configuration(verify_ssl=False, connection_pool_maxsize=4).pool_manager()
    assert type(plain) is urllib3.PoolManager
    assert plain.connection_pool_kw["maxsize"] == 4
    assert plain.connection_pool_kw["retries"].total is False  # the client retries, not urllib3
    proxied = Configuration(proxy="http://127.0.0.1:3128", proxy_headers={"Proxy-Authorization": "Basic eA=="}).pool_manager()
    assert isinstance(proxied, urllib3.ProxyManager)
    assert proxied.proxy_headers["Proxy-Authorization"] == "Basic eA=="


def test_a_body_operation_without_params_sends_an_empty_object(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    # Never no body at all: the server answers a body-less PATCH or POST "A JSON body is required".
    httpserver.expect_request("/api/v3/tenants/ten_1", method="PATCH").respond_with_json(tenant_json())
    client.tenants.update("ten_1")
    sent = httpserver.log[-1][0]
    assert sent.get_data() == b"{}" and sent.headers["Content-Type"] == "application/json"
