"""client.health: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Optional

from .._options import RequestOptions
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from .._response import APIResponse, async_to_raw_response, to_raw_response
from ..lowlevel.models.health import Health


class HealthResource(APIResource):
    """client.health: check."""

    def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Health:
        """Check the server

        Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.

        `GET /health`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                "/health",
                options=request_options,
            ),
            Health.from_dict,
        )


class HealthResourceWithRawResponse:
    """client.with_raw_response.health: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: HealthResource) -> None:
        self._resource = resource

    def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Health]:
        """`GET /health`, answering an APIResponse."""
        return to_raw_response(self._resource.check)(request_options=request_options)


class AsyncHealthResource(AsyncAPIResource):
    """async_client.health: check."""

    async def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Health:
        """Check the server

        Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.

        `GET /health`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                "/health",
                options=request_options,
            ),
            Health.from_dict,
        )


class AsyncHealthResourceWithRawResponse:
    """async_client.with_raw_response.health: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncHealthResource) -> None:
        self._resource = resource

    async def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Health]:
        """`GET /health`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.check)(request_options=request_options)
