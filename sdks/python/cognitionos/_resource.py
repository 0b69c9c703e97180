# Generated from generators/python/runtime/_resource.py by generators/python. Do not edit: change it there.
"""Bases of the emitted resource classes (client.tenants, client.tenants.api_keys, ...)."""

from __future__ import annotations

from ._async_client import AsyncBaseClient
from ._base_client import BaseClient


class APIResource:
    """A resource of the sync client: its methods send through that client."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A resource of the async client: its methods send through that client."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client
