# Generated from generators/python/tests/test_pagination.py by generators/python. Do not edit: change it there.
"""A list call returns its first page; iterating it walks every page once, following next_cursor."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from cognitionos import CognitionOSClient, SyncPage, Tenant

from .conftest import tenant_json


def serve_pages(httpserver: HTTPServer) -> None:
    pages = {
        "": (["ten_1", "ten_2"], "c2"),
        "c2": (["ten_3", "ten_4"], "c4"),
        "c4": (["ten_5"], None),
    }
    for cursor, (ids, next_cursor) in pages.items():
        query = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        httpserver.expect_request("/api/v3/tenants", query_string=query).respond_with_json(
            {"data": [tenant_json(i) for i in ids], "has_more": next_cursor is not None, "next_cursor": next_cursor}
        )


def test_iterating_walks_every_page(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    page = client.tenants.list(limit=2)
    assert isinstance(page, SyncPage)
    assert [t.id for t in page.data] == ["ten_1", "ten_2"]
    assert len(httpserver.log) == 1  # only the first page until someone iterates
    ids = [t.id for t in page]
    assert ids == ["ten_1", "ten_2", "ten_3", "ten_4", "ten_5"]
    assert all(isinstance(t, Tenant) for t in page)


def test_pages_one_at_a_time(client: CognitionOSClient, httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    pages = list(client.tenants.list(limit=2).iter_pages())
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert pages[-1].has_next_page() is False
    assert pages[0].next_cursor == "c2"
