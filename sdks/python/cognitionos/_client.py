"""The clients: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from ._async_client import AsyncBaseClient
from ._base_client import BaseClient
from .resources import (
    AsyncHealthResource,
    AsyncMemoriesResource,
    AsyncTenantsResource,
    AsyncUsageResource,
    AsyncWorkflowsResource,
    HealthResource,
    MemoriesResource,
    TenantsResource,
    UsageResource,
    WorkflowsResource,
)


class CognitionOSClient(BaseClient):
    """The CognitionOS API.

    CognitionOSClient(api_key=..., base_url=..., max_retries=2, timeout=60.0); the key falls back to
    COGNITIONOS_API_KEY and the base URL (with its /api/v3 prefix) to COGNITIONOS_BASE_URL.
    """

    @property
    def health(self) -> HealthResource:
        return HealthResource(self)

    @property
    def tenants(self) -> TenantsResource:
        return TenantsResource(self)

    @property
    def workflows(self) -> WorkflowsResource:
        return WorkflowsResource(self)

    @property
    def memories(self) -> MemoriesResource:
        return MemoriesResource(self)

    @property
    def usage(self) -> UsageResource:
        return UsageResource(self)


class AsyncCognitionOSClient(AsyncBaseClient):
    """The CognitionOS API for asyncio: the same resources and options, every method awaitable."""

    @property
    def health(self) -> AsyncHealthResource:
        return AsyncHealthResource(self)

    @property
    def tenants(self) -> AsyncTenantsResource:
        return AsyncTenantsResource(self)

    @property
    def workflows(self) -> AsyncWorkflowsResource:
        return AsyncWorkflowsResource(self)

    @property
    def memories(self) -> AsyncMemoriesResource:
        return AsyncMemoriesResource(self)

    @property
    def usage(self) -> AsyncUsageResource:
        return AsyncUsageResource(self)
