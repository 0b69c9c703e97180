"""client.health: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Optional

from .._options import RequestOptions
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from ..lowlevel.models.health import Health


class HealthResource(APIResource):
    """client.health"""

    def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Health:
        """Check the server

        Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                "/health",
                options=request_options,
            ),
            Health.from_dict,
        )


class AsyncHealthResource(AsyncAPIResource):
    """async_client.health"""

    async def check(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Health:
        """Check the server

        Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                "/health",
                options=request_options,
            ),
            Health.from_dict,
        )
