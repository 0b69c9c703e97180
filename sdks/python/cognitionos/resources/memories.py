"""client.memories: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Literal, Mapping, Optional, Sequence, Union

from .._json import compact, path_segment
from .._options import RequestOptions
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from .._response import APIResponse, async_to_raw_response, to_raw_response
from ..lowlevel.models.memory import Memory
from ..lowlevel.models.memory_list import MemoryList
from ..lowlevel.models.memory_scope import MemoryScope
from ..lowlevel.models.memory_search_result import MemorySearchResult


class MemoriesResource(APIResource):
    """client.memories: create, list, retrieve, delete, search."""

    def create(
        self,
        *,
        scope: Union[Literal["private", "shared", "global"], MemoryScope],
        content: str,
        agent_id: Optional[str] = None,
        tags: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Memory:
        """Create a memory

        Stores a memory in the caller's tenant; search finds it at once.

        `POST /memories`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                "/memories",
                body=compact({"scope": scope, "agent_id": agent_id, "content": content, "tags": tags, "metadata": metadata}),
                options=request_options,
            ),
            Memory.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        tag: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Memory]:
        """List memories

        Filter by scope, agent and tag; oldest first.

        `GET /memories`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/memories",
                query={"limit": limit, "cursor": cursor, "scope": scope, "agent_id": agent_id, "tag": tag},
                options=request_options,
            ),
            MemoryList.from_dict,
        )

    def retrieve(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Memory:
        """Retrieve a memory

        Counts as an access (keeps the memory hot).

        `GET /memories/{memory_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/memories/{path_segment('memory_id', memory_id)}",
                options=request_options,
                route="/memories/{memory_id}",
            ),
            Memory.from_dict,
        )

    def delete(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a memory

        Removes the memory and its search entries.

        `DELETE /memories/{memory_id}`
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/memories/{path_segment('memory_id', memory_id)}",
                options=request_options,
                route="/memories/{memory_id}",
            ),
        )

    def search(
        self,
        *,
        query: str,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        top_k: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> MemorySearchResult:
        """Search memories

        Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of `query` are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.

        `POST /memories/search`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                "/memories/search",
                body=compact({"query": query, "scope": scope, "agent_id": agent_id, "top_k": top_k}),
                options=request_options,
            ),
            MemorySearchResult.from_dict,
        )


class MemoriesResourceWithRawResponse:
    """client.with_raw_response.memories: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: MemoriesResource) -> None:
        self._resource = resource

    def create(
        self,
        *,
        scope: Union[Literal["private", "shared", "global"], MemoryScope],
        content: str,
        agent_id: Optional[str] = None,
        tags: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Memory]:
        """`POST /memories`, answering an APIResponse."""
        return to_raw_response(self._resource.create)(scope=scope, agent_id=agent_id, content=content, tags=tags, metadata=metadata, request_options=request_options)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        tag: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[Memory]]:
        """`GET /memories`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(limit=limit, cursor=cursor, scope=scope, agent_id=agent_id, tag=tag, request_options=request_options)

    def retrieve(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Memory]:
        """`GET /memories/{memory_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(memory_id, request_options=request_options)

    def delete(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /memories/{memory_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.delete)(memory_id, request_options=request_options)

    def search(
        self,
        *,
        query: str,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        top_k: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[MemorySearchResult]:
        """`POST /memories/search`, answering an APIResponse."""
        return to_raw_response(self._resource.search)(query=query, scope=scope, agent_id=agent_id, top_k=top_k, request_options=request_options)


class AsyncMemoriesResource(AsyncAPIResource):
    """async_client.memories: create, list, retrieve, delete, search."""

    async def create(
        self,
        *,
        scope: Union[Literal["private", "shared", "global"], MemoryScope],
        content: str,
        agent_id: Optional[str] = None,
        tags: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Memory:
        """Create a memory

        Stores a memory in the caller's tenant; search finds it at once.

        `POST /memories`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                "/memories",
                body=compact({"scope": scope, "agent_id": agent_id, "content": content, "tags": tags, "metadata": metadata}),
                options=request_options,
            ),
            Memory.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        tag: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[Memory]:
        """List memories

        Filter by scope, agent and tag; oldest first.

        `GET /memories`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/memories",
                query={"limit": limit, "cursor": cursor, "scope": scope, "agent_id": agent_id, "tag": tag},
                options=request_options,
            ),
            MemoryList.from_dict,
        )

    async def retrieve(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Memory:
        """Retrieve a memory

        Counts as an access (keeps the memory hot).

        `GET /memories/{memory_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/memories/{path_segment('memory_id', memory_id)}",
                options=request_options,
                route="/memories/{memory_id}",
            ),
            Memory.from_dict,
        )

    async def delete(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a memory

        Removes the memory and its search entries.

        `DELETE /memories/{memory_id}`
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/memories/{path_segment('memory_id', memory_id)}",
                options=request_options,
                route="/memories/{memory_id}",
            ),
        )

    async def search(
        self,
        *,
        query: str,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        top_k: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> MemorySearchResult:
        """Search memories

        Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of `query` are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.

        `POST /memories/search`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                "/memories/search",
                body=compact({"query": query, "scope": scope, "agent_id": agent_id, "top_k": top_k}),
                options=request_options,
            ),
            MemorySearchResult.from_dict,
        )


class AsyncMemoriesResourceWithRawResponse:
    """async_client.with_raw_response.memories: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncMemoriesResource) -> None:
        self._resource = resource

    async def create(
        self,
        *,
        scope: Union[Literal["private", "shared", "global"], MemoryScope],
        content: str,
        agent_id: Optional[str] = None,
        tags: Optional[Sequence[str]] = None,
        metadata: Optional[Mapping[str, str]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Memory]:
        """`POST /memories`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.create)(scope=scope, agent_id=agent_id, content=content, tags=tags, metadata=metadata, request_options=request_options)

    async def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        tag: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[Memory]]:
        """`GET /memories`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(limit=limit, cursor=cursor, scope=scope, agent_id=agent_id, tag=tag, request_options=request_options)

    async def retrieve(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Memory]:
        """`GET /memories/{memory_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(memory_id, request_options=request_options)

    async def delete(
        self,
        memory_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /memories/{memory_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.delete)(memory_id, request_options=request_options)

    async def search(
        self,
        *,
        query: str,
        scope: Optional[Union[Literal["private", "shared", "global"], MemoryScope]] = None,
        agent_id: Optional[str] = None,
        top_k: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[MemorySearchResult]:
        """`POST /memories/search`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.search)(query=query, scope=scope, agent_id=agent_id, top_k=top_k, request_options=request_options)
