"""The clients: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from ._async_client import AsyncBaseClient
from ._base_client import BaseClient
from .resources import (
    AsyncHealthResource,
    AsyncHealthResourceWithRawResponse,
    AsyncMemoriesResource,
    AsyncMemoriesResourceWithRawResponse,
    AsyncTenantsResource,
    AsyncTenantsResourceWithRawResponse,
    AsyncUsageResource,
    AsyncUsageResourceWithRawResponse,
    AsyncWorkflowsResource,
    AsyncWorkflowsResourceWithRawResponse,
    HealthResource,
    HealthResourceWithRawResponse,
    MemoriesResource,
    MemoriesResourceWithRawResponse,
    TenantsResource,
    TenantsResourceWithRawResponse,
    UsageResource,
    UsageResourceWithRawResponse,
    WorkflowsResource,
    WorkflowsResourceWithRawResponse,
)


class CognitionOSClient(BaseClient):
    """The CognitionOS API.

    CognitionOSClient(api_key=..., base_url=..., max_retries=2, timeout=60.0); the key falls back to
    COGNITIONOS_API_KEY and the base URL (with its /api/v3 prefix) to COGNITIONOS_BASE_URL.
    """

    @property
    def with_raw_response(self) -> CognitionOSClientWithRawResponse:
        """The same calls, each answering an APIResponse: status_code, headers, and parse() for the usual value."""
        return CognitionOSClientWithRawResponse(self._raw_mode())

    @property
    def health(self) -> HealthResource:
        """client.health"""
        return HealthResource(self)

    @property
    def tenants(self) -> TenantsResource:
        """client.tenants"""
        return TenantsResource(self)

    @property
    def workflows(self) -> WorkflowsResource:
        """client.workflows"""
        return WorkflowsResource(self)

    @property
    def memories(self) -> MemoriesResource:
        """client.memories"""
        return MemoriesResource(self)

    @property
    def usage(self) -> UsageResource:
        """client.usage"""
        return UsageResource(self)


class AsyncCognitionOSClient(AsyncBaseClient):
    """The CognitionOS API for asyncio: the same resources and options, every method awaitable."""

    @property
    def with_raw_response(self) -> AsyncCognitionOSClientWithRawResponse:
        """The same calls, each answering an APIResponse: status_code, headers, and parse() for the usual value."""
        return AsyncCognitionOSClientWithRawResponse(self._raw_mode())

    @property
    def health(self) -> AsyncHealthResource:
        """async_client.health"""
        return AsyncHealthResource(self)

    @property
    def tenants(self) -> AsyncTenantsResource:
        """async_client.tenants"""
        return AsyncTenantsResource(self)

    @property
    def workflows(self) -> AsyncWorkflowsResource:
        """async_client.workflows"""
        return AsyncWorkflowsResource(self)

    @property
    def memories(self) -> AsyncMemoriesResource:
        """async_client.memories"""
        return AsyncMemoriesResource(self)

    @property
    def usage(self) -> AsyncUsageResource:
        """async_client.usage"""
        return AsyncUsageResource(self)


class CognitionOSClientWithRawResponse:
    """client.with_raw_response: every resource, each method answering an APIResponse."""

    def __init__(self, client: CognitionOSClient) -> None:
        self._client = client

    @property
    def health(self) -> HealthResourceWithRawResponse:
        """client.health"""
        return HealthResourceWithRawResponse(HealthResource(self._client))

    @property
    def tenants(self) -> TenantsResourceWithRawResponse:
        """client.tenants"""
        return TenantsResourceWithRawResponse(TenantsResource(self._client))

    @property
    def workflows(self) -> WorkflowsResourceWithRawResponse:
        """client.workflows"""
        return WorkflowsResourceWithRawResponse(WorkflowsResource(self._client))

    @property
    def memories(self) -> MemoriesResourceWithRawResponse:
        """client.memories"""
        return MemoriesResourceWithRawResponse(MemoriesResource(self._client))

    @property
    def usage(self) -> UsageResourceWithRawResponse:
        """client.usage"""
        return UsageResourceWithRawResponse(UsageResource(self._client))


class AsyncCognitionOSClientWithRawResponse:
    """async_client.with_raw_response: every resource, each method answering an APIResponse."""

    def __init__(self, client: AsyncCognitionOSClient) -> None:
        self._client = client

    @property
    def health(self) -> AsyncHealthResourceWithRawResponse:
        """async_client.health"""
        return AsyncHealthResourceWithRawResponse(AsyncHealthResource(self._client))

    @property
    def tenants(self) -> AsyncTenantsResourceWithRawResponse:
        """async_client.tenants"""
        return AsyncTenantsResourceWithRawResponse(AsyncTenantsResource(self._client))

    @property
    def workflows(self) -> AsyncWorkflowsResourceWithRawResponse:
        """async_client.workflows"""
        return AsyncWorkflowsResourceWithRawResponse(AsyncWorkflowsResource(self._client))

    @property
    def memories(self) -> AsyncMemoriesResourceWithRawResponse:
        """async_client.memories"""
        return AsyncMemoriesResourceWithRawResponse(AsyncMemoriesResource(self._client))

    @property
    def usage(self) -> AsyncUsageResourceWithRawResponse:
        """async_client.usage"""
        return AsyncUsageResourceWithRawResponse(AsyncUsageResource(self._client))
