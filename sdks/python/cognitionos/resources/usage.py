"""client.usage: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Optional, Union

from .._json import compact
from .._options import RequestOptions
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from .._response import APIResponse, async_to_raw_response, to_raw_response
from ..lowlevel.models.granularity import Granularity
from ..lowlevel.models.usage_record import UsageRecord
from ..lowlevel.models.usage_summary import UsageSummary


class UsageResource(APIResource):
    """client.usage: record, summary."""

    def record(
        self,
        *,
        metric: str,
        quantity: float,
        timestamp: Optional[Union[str, datetime]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> UsageRecord:
        """Record usage

        `api_calls` is reserved: the server meters it and a key may not record it (403).

        `POST /usage`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                "/usage",
                body=compact({"metric": metric, "quantity": quantity, "timestamp": timestamp}),
                options=request_options,
            ),
            UsageRecord.from_dict,
        )

    def summary(
        self,
        *,
        start: Optional[Union[str, datetime]] = None,
        end: Optional[Union[str, datetime]] = None,
        granularity: Optional[Union[Literal["hour", "day"], Granularity]] = None,
        metric: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> UsageSummary:
        """Summarize usage

        Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.

        `GET /usage/summary`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                "/usage/summary",
                query={"start": start, "end": end, "granularity": granularity, "metric": metric},
                options=request_options,
            ),
            UsageSummary.from_dict,
        )


class UsageResourceWithRawResponse:
    """client.with_raw_response.usage: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: UsageResource) -> None:
        self._resource = resource

    def record(
        self,
        *,
        metric: str,
        quantity: float,
        timestamp: Optional[Union[str, datetime]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[UsageRecord]:
        """`POST /usage`, answering an APIResponse."""
        return to_raw_response(self._resource.record)(metric=metric, quantity=quantity, timestamp=timestamp, request_options=request_options)

    def summary(
        self,
        *,
        start: Optional[Union[str, datetime]] = None,
        end: Optional[Union[str, datetime]] = None,
        granularity: Optional[Union[Literal["hour", "day"], Granularity]] = None,
        metric: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[UsageSummary]:
        """`GET /usage/summary`, answering an APIResponse."""
        return to_raw_response(self._resource.summary)(start=start, end=end, granularity=granularity, metric=metric, request_options=request_options)


class AsyncUsageResource(AsyncAPIResource):
    """async_client.usage: record, summary."""

    async def record(
        self,
        *,
        metric: str,
        quantity: float,
        timestamp: Optional[Union[str, datetime]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> UsageRecord:
        """Record usage

        `api_calls` is reserved: the server meters it and a key may not record it (403).

        `POST /usage`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                "/usage",
                body=compact({"metric": metric, "quantity": quantity, "timestamp": timestamp}),
                options=request_options,
            ),
            UsageRecord.from_dict,
        )

    async def summary(
        self,
        *,
        start: Optional[Union[str, datetime]] = None,
        end: Optional[Union[str, datetime]] = None,
        granularity: Optional[Union[Literal["hour", "day"], Granularity]] = None,
        metric: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> UsageSummary:
        """Summarize usage

        Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.

        `GET /usage/summary`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                "/usage/summary",
                query={"start": start, "end": end, "granularity": granularity, "metric": metric},
                options=request_options,
            ),
            UsageSummary.from_dict,
        )


class AsyncUsageResourceWithRawResponse:
    """async_client.with_raw_response.usage: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self._resource = resource

    async def record(
        self,
        *,
        metric: str,
        quantity: float,
        timestamp: Optional[Union[str, datetime]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[UsageRecord]:
        """`POST /usage`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.record)(metric=metric, quantity=quantity, timestamp=timestamp, request_options=request_options)

    async def summary(
        self,
        *,
        start: Optional[Union[str, datetime]] = None,
        end: Optional[Union[str, datetime]] = None,
        granularity: Optional[Union[Literal["hour", "day"], Granularity]] = None,
        metric: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[UsageSummary]:
        """`GET /usage/summary`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.summary)(start=start, end=end, granularity=granularity, metric=metric, request_options=request_options)
