"""client.tenants: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Optional, Sequence, Union

from .._json import compact, path_segment
from .._options import RequestOptions
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from .._response import APIResponse, async_to_raw_response, to_raw_response
from ..lowlevel.models.api_key import ApiKey
from ..lowlevel.models.api_key_list import ApiKeyList
from ..lowlevel.models.api_key_with_secret import ApiKeyWithSecret
from ..lowlevel.models.plan import Plan
from ..lowlevel.models.plugin import Plugin
from ..lowlevel.models.plugin_list import PluginList
from ..lowlevel.models.plugin_permission import PluginPermission
from ..lowlevel.models.subscription import Subscription
from ..lowlevel.models.tenant import Tenant
from ..lowlevel.models.tenant_list import TenantList
from ..lowlevel.models.tenant_status import TenantStatus


class TenantsApiKeysResource(APIResource):
    """client.tenants.api_keys: create, list, retrieve, revoke."""

    def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key

        Creates a tenant key. The secret is returned once, in this response only.

        `POST /tenants/{tenant_id}/api_keys`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                body=compact({"name": name}),
                options=request_options,
                route="/tenants/{tenant_id}/api_keys",
            ),
            ApiKeyWithSecret.from_dict,
        )

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[ApiKey]:
        """List API keys

        Keys are masked; revoked keys are listed with `revoked_at`.

        `GET /tenants/{tenant_id}/api_keys`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/tenants/{tenant_id}/api_keys",
            ),
            ApiKeyList.from_dict,
        )

    def retrieve(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKey:
        """Retrieve an API key

        The key is masked; its secret is never shown again.

        `GET /tenants/{tenant_id}/api_keys/{key_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/api_keys/{key_id}",
            ),
            ApiKey.from_dict,
        )

    def revoke(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKey:
        """Revoke an API key

        The key stops working at once. Revoking a revoked key returns it unchanged.

        `DELETE /tenants/{tenant_id}/api_keys/{key_id}`
        """
        return self._client._request_model(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/api_keys/{key_id}",
            ),
            ApiKey.from_dict,
        )


class TenantsApiKeysResourceWithRawResponse:
    """client.with_raw_response.tenants.api_keys: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: TenantsApiKeysResource) -> None:
        self._resource = resource

    def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKeyWithSecret]:
        """`POST /tenants/{tenant_id}/api_keys`, answering an APIResponse."""
        return to_raw_response(self._resource.create)(tenant_id, name=name, request_options=request_options)

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[ApiKey]]:
        """`GET /tenants/{tenant_id}/api_keys`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(tenant_id, limit=limit, cursor=cursor, request_options=request_options)

    def retrieve(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKey]:
        """`GET /tenants/{tenant_id}/api_keys/{key_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(tenant_id, key_id, request_options=request_options)

    def revoke(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKey]:
        """`DELETE /tenants/{tenant_id}/api_keys/{key_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.revoke)(tenant_id, key_id, request_options=request_options)


class TenantsSubscriptionResource(APIResource):
    """client.tenants.subscription: retrieve, update, cancel."""

    def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Retrieve a tenant's subscription

        Every tenant has one, from its creation on: a starter plan until changed.

        `GET /tenants/{tenant_id}/subscription`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                options=request_options,
                route="/tenants/{tenant_id}/subscription",
            ),
            Subscription.from_dict,
        )

    def update(
        self,
        tenant_id: str,
        *,
        plan: Optional[Union[Literal["starter", "professional", "enterprise"], Plan]] = None,
        seats: Optional[int] = None,
        cancel_at_period_end: Optional[bool] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Change plan or seats

        Takes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.

        `PATCH /tenants/{tenant_id}/subscription`
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                body=compact({"plan": plan, "seats": seats, "cancel_at_period_end": cancel_at_period_end}),
                options=request_options,
                route="/tenants/{tenant_id}/subscription",
            ),
            Subscription.from_dict,
        )

    def cancel(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Cancel at period end

        Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.

        `POST /tenants/{tenant_id}/subscription/cancel`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription/cancel",
                options=request_options,
                route="/tenants/{tenant_id}/subscription/cancel",
            ),
            Subscription.from_dict,
        )


class TenantsSubscriptionResourceWithRawResponse:
    """client.with_raw_response.tenants.subscription: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: TenantsSubscriptionResource) -> None:
        self._resource = resource

    def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`GET /tenants/{tenant_id}/subscription`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(tenant_id, request_options=request_options)

    def update(
        self,
        tenant_id: str,
        *,
        plan: Optional[Union[Literal["starter", "professional", "enterprise"], Plan]] = None,
        seats: Optional[int] = None,
        cancel_at_period_end: Optional[bool] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`PATCH /tenants/{tenant_id}/subscription`, answering an APIResponse."""
        return to_raw_response(self._resource.update)(tenant_id, plan=plan, seats=seats, cancel_at_period_end=cancel_at_period_end, request_options=request_options)

    def cancel(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`POST /tenants/{tenant_id}/subscription/cancel`, answering an APIResponse."""
        return to_raw_response(self._resource.cancel)(tenant_id, request_options=request_options)


class TenantsPluginsResource(APIResource):
    """client.tenants.plugins: install, list, retrieve, update, uninstall."""

    def install(
        self,
        tenant_id: str,
        *,
        name: str,
        version: str,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Install a plugin

        Plugin names are unique within a tenant; installing one twice is a 409.

        `POST /tenants/{tenant_id}/plugins`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                body=compact({"name": name, "version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
                route="/tenants/{tenant_id}/plugins",
            ),
            Plugin.from_dict,
        )

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Plugin]:
        """List plugins

        The tenant's plugins, oldest first.

        `GET /tenants/{tenant_id}/plugins`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/tenants/{tenant_id}/plugins",
            ),
            PluginList.from_dict,
        )

    def retrieve(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Retrieve a plugin

        One plugin of the tenant, by id.

        `GET /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
            Plugin.from_dict,
        )

    def update(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        version: Optional[str] = None,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Update a plugin

        Enable or disable it, change its version, permissions or config.

        `PATCH /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                body=compact({"version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
            Plugin.from_dict,
        )

    def uninstall(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Uninstall a plugin

        Removes the plugin from the tenant; its name may then be installed again.

        `DELETE /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
        )


class TenantsPluginsResourceWithRawResponse:
    """client.with_raw_response.tenants.plugins: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: TenantsPluginsResource) -> None:
        self._resource = resource

    def install(
        self,
        tenant_id: str,
        *,
        name: str,
        version: str,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`POST /tenants/{tenant_id}/plugins`, answering an APIResponse."""
        return to_raw_response(self._resource.install)(tenant_id, name=name, version=version, permissions=permissions, enabled=enabled, config=config, request_options=request_options)

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[Plugin]]:
        """`GET /tenants/{tenant_id}/plugins`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(tenant_id, limit=limit, cursor=cursor, request_options=request_options)

    def retrieve(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`GET /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(tenant_id, plugin_id, request_options=request_options)

    def update(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        version: Optional[str] = None,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`PATCH /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.update)(tenant_id, plugin_id, version=version, permissions=permissions, enabled=enabled, config=config, request_options=request_options)

    def uninstall(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.uninstall)(tenant_id, plugin_id, request_options=request_options)


class TenantsResource(APIResource):
    """client.tenants: create, list, retrieve, update, delete."""

    @property
    def api_keys(self) -> TenantsApiKeysResource:
        """client.tenants.api_keys"""
        return TenantsApiKeysResource(self._client)

    @property
    def subscription(self) -> TenantsSubscriptionResource:
        """client.tenants.subscription"""
        return TenantsSubscriptionResource(self._client)

    @property
    def plugins(self) -> TenantsPluginsResource:
        """client.tenants.plugins"""
        return TenantsPluginsResource(self._client)

    def create(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Create a tenant

        Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.

        `POST /tenants`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                "/tenants",
                body=compact({"name": name, "slug": slug, "metadata": metadata}),
                options=request_options,
            ),
            Tenant.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Tenant]:
        """List tenants

        Oldest first.

        `GET /tenants`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/tenants",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
            ),
            TenantList.from_dict,
        )

    def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Retrieve a tenant

        A tenant key may retrieve its own tenant.

        `GET /tenants/{tenant_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
            Tenant.from_dict,
        )

    def update(
        self,
        tenant_id: str,
        *,
        name: Optional[str] = None,
        status: Optional[Union[Literal["active", "suspended"], TenantStatus]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Update a tenant

        Suspending a tenant makes its keys answer 403 until it is active again.

        `PATCH /tenants/{tenant_id}`
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                body=compact({"name": name, "status": status, "metadata": metadata}),
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
            Tenant.from_dict,
        )

    def delete(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a tenant

        Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.

        `DELETE /tenants/{tenant_id}`
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
        )


class TenantsResourceWithRawResponse:
    """client.with_raw_response.tenants: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: TenantsResource) -> None:
        self._resource = resource

    @property
    def api_keys(self) -> TenantsApiKeysResourceWithRawResponse:
        """client.with_raw_response.tenants.api_keys"""
        return TenantsApiKeysResourceWithRawResponse(self._resource.api_keys)

    @property
    def subscription(self) -> TenantsSubscriptionResourceWithRawResponse:
        """client.with_raw_response.tenants.subscription"""
        return TenantsSubscriptionResourceWithRawResponse(self._resource.subscription)

    @property
    def plugins(self) -> TenantsPluginsResourceWithRawResponse:
        """client.with_raw_response.tenants.plugins"""
        return TenantsPluginsResourceWithRawResponse(self._resource.plugins)

    def create(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`POST /tenants`, answering an APIResponse."""
        return to_raw_response(self._resource.create)(name=name, slug=slug, metadata=metadata, request_options=request_options)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[Tenant]]:
        """`GET /tenants`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(limit=limit, cursor=cursor, request_options=request_options)

    def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`GET /tenants/{tenant_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(tenant_id, request_options=request_options)

    def update(
        self,
        tenant_id: str,
        *,
        name: Optional[str] = None,
        status: Optional[Union[Literal["active", "suspended"], TenantStatus]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`PATCH /tenants/{tenant_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.update)(tenant_id, name=name, status=status, metadata=metadata, request_options=request_options)

    def delete(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /tenants/{tenant_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.delete)(tenant_id, request_options=request_options)


class AsyncTenantsApiKeysResource(AsyncAPIResource):
    """async_client.tenants.api_keys: create, list, retrieve, revoke."""

    async def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key

        Creates a tenant key. The secret is returned once, in this response only.

        `POST /tenants/{tenant_id}/api_keys`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                body=compact({"name": name}),
                options=request_options,
                route="/tenants/{tenant_id}/api_keys",
            ),
            ApiKeyWithSecret.from_dict,
        )

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[ApiKey]:
        """List API keys

        Keys are masked; revoked keys are listed with `revoked_at`.

        `GET /tenants/{tenant_id}/api_keys`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/tenants/{tenant_id}/api_keys",
            ),
            ApiKeyList.from_dict,
        )

    async def retrieve(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKey:
        """Retrieve an API key

        The key is masked; its secret is never shown again.

        `GET /tenants/{tenant_id}/api_keys/{key_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/api_keys/{key_id}",
            ),
            ApiKey.from_dict,
        )

    async def revoke(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKey:
        """Revoke an API key

        The key stops working at once. Revoking a revoked key returns it unchanged.

        `DELETE /tenants/{tenant_id}/api_keys/{key_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/api_keys/{key_id}",
            ),
            ApiKey.from_dict,
        )


class AsyncTenantsApiKeysResourceWithRawResponse:
    """async_client.with_raw_response.tenants.api_keys: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncTenantsApiKeysResource) -> None:
        self._resource = resource

    async def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKeyWithSecret]:
        """`POST /tenants/{tenant_id}/api_keys`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.create)(tenant_id, name=name, request_options=request_options)

    async def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[ApiKey]]:
        """`GET /tenants/{tenant_id}/api_keys`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(tenant_id, limit=limit, cursor=cursor, request_options=request_options)

    async def retrieve(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKey]:
        """`GET /tenants/{tenant_id}/api_keys/{key_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(tenant_id, key_id, request_options=request_options)

    async def revoke(
        self,
        tenant_id: str,
        key_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[ApiKey]:
        """`DELETE /tenants/{tenant_id}/api_keys/{key_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.revoke)(tenant_id, key_id, request_options=request_options)


class AsyncTenantsSubscriptionResource(AsyncAPIResource):
    """async_client.tenants.subscription: retrieve, update, cancel."""

    async def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Retrieve a tenant's subscription

        Every tenant has one, from its creation on: a starter plan until changed.

        `GET /tenants/{tenant_id}/subscription`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                options=request_options,
                route="/tenants/{tenant_id}/subscription",
            ),
            Subscription.from_dict,
        )

    async def update(
        self,
        tenant_id: str,
        *,
        plan: Optional[Union[Literal["starter", "professional", "enterprise"], Plan]] = None,
        seats: Optional[int] = None,
        cancel_at_period_end: Optional[bool] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Change plan or seats

        Takes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.

        `PATCH /tenants/{tenant_id}/subscription`
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                body=compact({"plan": plan, "seats": seats, "cancel_at_period_end": cancel_at_period_end}),
                options=request_options,
                route="/tenants/{tenant_id}/subscription",
            ),
            Subscription.from_dict,
        )

    async def cancel(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Cancel at period end

        Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.

        `POST /tenants/{tenant_id}/subscription/cancel`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription/cancel",
                options=request_options,
                route="/tenants/{tenant_id}/subscription/cancel",
            ),
            Subscription.from_dict,
        )


class AsyncTenantsSubscriptionResourceWithRawResponse:
    """async_client.with_raw_response.tenants.subscription: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncTenantsSubscriptionResource) -> None:
        self._resource = resource

    async def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`GET /tenants/{tenant_id}/subscription`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(tenant_id, request_options=request_options)

    async def update(
        self,
        tenant_id: str,
        *,
        plan: Optional[Union[Literal["starter", "professional", "enterprise"], Plan]] = None,
        seats: Optional[int] = None,
        cancel_at_period_end: Optional[bool] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`PATCH /tenants/{tenant_id}/subscription`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.update)(tenant_id, plan=plan, seats=seats, cancel_at_period_end=cancel_at_period_end, request_options=request_options)

    async def cancel(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Subscription]:
        """`POST /tenants/{tenant_id}/subscription/cancel`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.cancel)(tenant_id, request_options=request_options)


class AsyncTenantsPluginsResource(AsyncAPIResource):
    """async_client.tenants.plugins: install, list, retrieve, update, uninstall."""

    async def install(
        self,
        tenant_id: str,
        *,
        name: str,
        version: str,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Install a plugin

        Plugin names are unique within a tenant; installing one twice is a 409.

        `POST /tenants/{tenant_id}/plugins`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                body=compact({"name": name, "version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
                route="/tenants/{tenant_id}/plugins",
            ),
            Plugin.from_dict,
        )

    def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[Plugin]:
        """List plugins

        The tenant's plugins, oldest first.

        `GET /tenants/{tenant_id}/plugins`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/tenants/{tenant_id}/plugins",
            ),
            PluginList.from_dict,
        )

    async def retrieve(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Retrieve a plugin

        One plugin of the tenant, by id.

        `GET /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
            Plugin.from_dict,
        )

    async def update(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        version: Optional[str] = None,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Plugin:
        """Update a plugin

        Enable or disable it, change its version, permissions or config.

        `PATCH /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                body=compact({"version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
            Plugin.from_dict,
        )

    async def uninstall(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Uninstall a plugin

        Removes the plugin from the tenant; its name may then be installed again.

        `DELETE /tenants/{tenant_id}/plugins/{plugin_id}`
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
                route="/tenants/{tenant_id}/plugins/{plugin_id}",
            ),
        )


class AsyncTenantsPluginsResourceWithRawResponse:
    """async_client.with_raw_response.tenants.plugins: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncTenantsPluginsResource) -> None:
        self._resource = resource

    async def install(
        self,
        tenant_id: str,
        *,
        name: str,
        version: str,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`POST /tenants/{tenant_id}/plugins`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.install)(tenant_id, name=name, version=version, permissions=permissions, enabled=enabled, config=config, request_options=request_options)

    async def list(
        self,
        tenant_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[Plugin]]:
        """`GET /tenants/{tenant_id}/plugins`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(tenant_id, limit=limit, cursor=cursor, request_options=request_options)

    async def retrieve(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`GET /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(tenant_id, plugin_id, request_options=request_options)

    async def update(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        version: Optional[str] = None,
        permissions: Optional[Sequence[Union[Literal["memory:read", "memory:write", "workflows:execute", "usage:read"], PluginPermission]]] = None,
        enabled: Optional[bool] = None,
        config: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Plugin]:
        """`PATCH /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.update)(tenant_id, plugin_id, version=version, permissions=permissions, enabled=enabled, config=config, request_options=request_options)

    async def uninstall(
        self,
        tenant_id: str,
        plugin_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /tenants/{tenant_id}/plugins/{plugin_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.uninstall)(tenant_id, plugin_id, request_options=request_options)


class AsyncTenantsResource(AsyncAPIResource):
    """async_client.tenants: create, list, retrieve, update, delete."""

    @property
    def api_keys(self) -> AsyncTenantsApiKeysResource:
        """async_client.tenants.api_keys"""
        return AsyncTenantsApiKeysResource(self._client)

    @property
    def subscription(self) -> AsyncTenantsSubscriptionResource:
        """async_client.tenants.subscription"""
        return AsyncTenantsSubscriptionResource(self._client)

    @property
    def plugins(self) -> AsyncTenantsPluginsResource:
        """async_client.tenants.plugins"""
        return AsyncTenantsPluginsResource(self._client)

    async def create(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Create a tenant

        Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.

        `POST /tenants`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                "/tenants",
                body=compact({"name": name, "slug": slug, "metadata": metadata}),
                options=request_options,
            ),
            Tenant.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[Tenant]:
        """List tenants

        Oldest first.

        `GET /tenants`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/tenants",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
            ),
            TenantList.from_dict,
        )

    async def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Retrieve a tenant

        A tenant key may retrieve its own tenant.

        `GET /tenants/{tenant_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
            Tenant.from_dict,
        )

    async def update(
        self,
        tenant_id: str,
        *,
        name: Optional[str] = None,
        status: Optional[Union[Literal["active", "suspended"], TenantStatus]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Tenant:
        """Update a tenant

        Suspending a tenant makes its keys answer 403 until it is active again.

        `PATCH /tenants/{tenant_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                body=compact({"name": name, "status": status, "metadata": metadata}),
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
            Tenant.from_dict,
        )

    async def delete(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a tenant

        Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.

        `DELETE /tenants/{tenant_id}`
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
                route="/tenants/{tenant_id}",
            ),
        )


class AsyncTenantsResourceWithRawResponse:
    """async_client.with_raw_response.tenants: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncTenantsResource) -> None:
        self._resource = resource

    @property
    def api_keys(self) -> AsyncTenantsApiKeysResourceWithRawResponse:
        """async_client.with_raw_response.tenants.api_keys"""
        return AsyncTenantsApiKeysResourceWithRawResponse(self._resource.api_keys)

    @property
    def subscription(self) -> AsyncTenantsSubscriptionResourceWithRawResponse:
        """async_client.with_raw_response.tenants.subscription"""
        return AsyncTenantsSubscriptionResourceWithRawResponse(self._resource.subscription)

    @property
    def plugins(self) -> AsyncTenantsPluginsResourceWithRawResponse:
        """async_client.with_raw_response.tenants.plugins"""
        return AsyncTenantsPluginsResourceWithRawResponse(self._resource.plugins)

    async def create(
        self,
        *,
        name: str,
        slug: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`POST /tenants`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.create)(name=name, slug=slug, metadata=metadata, request_options=request_options)

    async def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[Tenant]]:
        """`GET /tenants`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(limit=limit, cursor=cursor, request_options=request_options)

    async def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`GET /tenants/{tenant_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(tenant_id, request_options=request_options)

    async def update(
        self,
        tenant_id: str,
        *,
        name: Optional[str] = None,
        status: Optional[Union[Literal["active", "suspended"], TenantStatus]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Tenant]:
        """`PATCH /tenants/{tenant_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.update)(tenant_id, name=name, status=status, metadata=metadata, request_options=request_options)

    async def delete(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /tenants/{tenant_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.delete)(tenant_id, request_options=request_options)
