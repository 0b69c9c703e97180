"""client.tenants: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Optional, Sequence, Union

from .._json import compact, path_segment
from .._options import RequestOptions
from .._pagination import AsyncPaginator, SyncPage
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
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
    """client.tenants.api_keys"""

    def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key

        Creates a tenant key. The secret is returned once, in this response only.
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                body=compact({"name": name}),
                options=request_options,
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
            ),
            ApiKey.from_dict,
        )


class TenantsSubscriptionResource(APIResource):
    """client.tenants.subscription"""

    def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Retrieve a tenant's subscription

        Every tenant has one, from its creation on: a starter plan until changed.
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                body=compact({"plan": plan, "seats": seats, "cancel_at_period_end": cancel_at_period_end}),
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription/cancel",
                options=request_options,
            ),
            Subscription.from_dict,
        )


class TenantsPluginsResource(APIResource):
    """client.tenants.plugins"""

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
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                body=compact({"name": name, "version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                body=compact({"version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
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
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
            ),
        )


class TenantsResource(APIResource):
    """client.tenants"""

    @property
    def api_keys(self) -> TenantsApiKeysResource:
        return TenantsApiKeysResource(self._client)

    @property
    def subscription(self) -> TenantsSubscriptionResource:
        return TenantsSubscriptionResource(self._client)

    @property
    def plugins(self) -> TenantsPluginsResource:
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
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                body=compact({"name": name, "status": status, "metadata": metadata}),
                options=request_options,
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
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
            ),
        )


class AsyncTenantsApiKeysResource(AsyncAPIResource):
    """async_client.tenants.api_keys"""

    async def create(
        self,
        tenant_id: str,
        *,
        name: str,
        request_options: Optional[RequestOptions] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key

        Creates a tenant key. The secret is returned once, in this response only.
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                body=compact({"name": name}),
                options=request_options,
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/api_keys/{path_segment('key_id', key_id)}",
                options=request_options,
            ),
            ApiKey.from_dict,
        )


class AsyncTenantsSubscriptionResource(AsyncAPIResource):
    """async_client.tenants.subscription"""

    async def retrieve(
        self,
        tenant_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Subscription:
        """Retrieve a tenant's subscription

        Every tenant has one, from its creation on: a starter plan until changed.
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription",
                body=compact({"plan": plan, "seats": seats, "cancel_at_period_end": cancel_at_period_end}),
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/subscription/cancel",
                options=request_options,
            ),
            Subscription.from_dict,
        )


class AsyncTenantsPluginsResource(AsyncAPIResource):
    """async_client.tenants.plugins"""

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
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                body=compact({"name": name, "version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                body=compact({"version": version, "permissions": permissions, "enabled": enabled, "config": config}),
                options=request_options,
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
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}/plugins/{path_segment('plugin_id', plugin_id)}",
                options=request_options,
            ),
        )


class AsyncTenantsResource(AsyncAPIResource):
    """async_client.tenants"""

    @property
    def api_keys(self) -> AsyncTenantsApiKeysResource:
        return AsyncTenantsApiKeysResource(self._client)

    @property
    def subscription(self) -> AsyncTenantsSubscriptionResource:
        return AsyncTenantsSubscriptionResource(self._client)

    @property
    def plugins(self) -> AsyncTenantsPluginsResource:
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
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                body=compact({"name": name, "status": status, "metadata": metadata}),
                options=request_options,
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
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/tenants/{path_segment('tenant_id', tenant_id)}",
                options=request_options,
            ),
        )
