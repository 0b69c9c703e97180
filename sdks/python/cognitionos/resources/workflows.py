"""client.workflows: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from .._json import compact, path_segment
from .._options import RequestOptions
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._polling import async_poll_until_final, poll_until_final
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from .._response import APIResponse, async_to_raw_response, to_raw_response
from ..lowlevel.models.delay_step import DelayStep
from ..lowlevel.models.execution import Execution
from ..lowlevel.models.execution_list import ExecutionList
from ..lowlevel.models.memory_write_step import MemoryWriteStep
from ..lowlevel.models.usage_record_step import UsageRecordStep
from ..lowlevel.models.workflow import Workflow
from ..lowlevel.models.workflow_list import WorkflowList
from ..lowlevel.models.workflow_step import WorkflowStep


class WorkflowsExecutionsResource(APIResource):
    """client.workflows.executions: create, list, retrieve, cancel."""

    def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Start an execution

        Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.

        `POST /workflows/{workflow_id}/executions`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                body=compact({"input": input}),
                options=request_options,
                route="/workflows/{workflow_id}/executions",
            ),
            Execution.from_dict,
        )

    def create_and_poll(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        poll_interval: float = 0.5,
        max_wait: float = 300.0,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Creates (`POST /workflows/{workflow_id}/executions`), then retrieves (`GET /workflows/{workflow_id}/executions/{execution_id}`) every `poll_interval`
        seconds until `status` is final: succeeded, failed, canceled. Raises APITimeoutError after `max_wait` seconds.
        """
        created = self.create(workflow_id, input=input, request_options=request_options)
        return poll_until_final(
            lambda: self.retrieve(workflow_id, created.id, request_options=request_options),
            lambda current: current.status,
            ("succeeded", "failed", "canceled",),
            poll_interval,
            max_wait,
        )

    def list(
        self,
        workflow_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Execution]:
        """List a workflow's executions

        Oldest first, whatever their status.

        `GET /workflows/{workflow_id}/executions`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/workflows/{workflow_id}/executions",
            ),
            ExecutionList.from_dict,
        )

    def retrieve(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Retrieve an execution

        Its status and each step's; poll it until `status` is final.

        `GET /workflows/{workflow_id}/executions/{execution_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}",
                options=request_options,
                route="/workflows/{workflow_id}/executions/{execution_id}",
            ),
            Execution.from_dict,
        )

    def cancel(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Cancel an execution

        Stops an unfinished execution; a finished one is a 409.

        `POST /workflows/{workflow_id}/executions/{execution_id}/cancel`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}/cancel",
                options=request_options,
                route="/workflows/{workflow_id}/executions/{execution_id}/cancel",
            ),
            Execution.from_dict,
        )


class WorkflowsExecutionsResourceWithRawResponse:
    """client.with_raw_response.workflows.executions: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: WorkflowsExecutionsResource) -> None:
        self._resource = resource

    def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`POST /workflows/{workflow_id}/executions`, answering an APIResponse."""
        return to_raw_response(self._resource.create)(workflow_id, input=input, request_options=request_options)

    def list(
        self,
        workflow_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[Execution]]:
        """`GET /workflows/{workflow_id}/executions`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(workflow_id, limit=limit, cursor=cursor, request_options=request_options)

    def retrieve(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`GET /workflows/{workflow_id}/executions/{execution_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(workflow_id, execution_id, request_options=request_options)

    def cancel(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`POST /workflows/{workflow_id}/executions/{execution_id}/cancel`, answering an APIResponse."""
        return to_raw_response(self._resource.cancel)(workflow_id, execution_id, request_options=request_options)


class WorkflowsResource(APIResource):
    """client.workflows: create, list, retrieve, update, delete."""

    @property
    def executions(self) -> WorkflowsExecutionsResource:
        """client.workflows.executions"""
        return WorkflowsExecutionsResource(self._client)

    def create(
        self,
        *,
        name: str,
        steps: Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]],
        description: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Create a workflow

        Stores a workflow in the caller's tenant; run it with an execution.

        `POST /workflows`
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                "/workflows",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
            ),
            Workflow.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Workflow]:
        """List workflows

        The tenant's workflows, oldest first.

        `GET /workflows`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/workflows",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
            ),
            WorkflowList.from_dict,
        )

    def retrieve(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Retrieve a workflow

        One workflow of the tenant, by id.

        `GET /workflows/{workflow_id}`
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
            Workflow.from_dict,
        )

    def update(
        self,
        workflow_id: str,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        steps: Optional[Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Update a workflow

        Running executions keep the steps they started with.

        `PATCH /workflows/{workflow_id}`
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
            Workflow.from_dict,
        )

    def delete(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a workflow

        Cancels its unfinished executions and deletes them with it.

        `DELETE /workflows/{workflow_id}`
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
        )


class WorkflowsResourceWithRawResponse:
    """client.with_raw_response.workflows: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: WorkflowsResource) -> None:
        self._resource = resource

    @property
    def executions(self) -> WorkflowsExecutionsResourceWithRawResponse:
        """client.with_raw_response.workflows.executions"""
        return WorkflowsExecutionsResourceWithRawResponse(self._resource.executions)

    def create(
        self,
        *,
        name: str,
        steps: Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]],
        description: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`POST /workflows`, answering an APIResponse."""
        return to_raw_response(self._resource.create)(name=name, description=description, steps=steps, request_options=request_options)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[SyncPage[Workflow]]:
        """`GET /workflows`, answering an APIResponse."""
        return to_raw_response(self._resource.list)(limit=limit, cursor=cursor, request_options=request_options)

    def retrieve(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`GET /workflows/{workflow_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.retrieve)(workflow_id, request_options=request_options)

    def update(
        self,
        workflow_id: str,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        steps: Optional[Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`PATCH /workflows/{workflow_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.update)(workflow_id, name=name, description=description, steps=steps, request_options=request_options)

    def delete(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /workflows/{workflow_id}`, answering an APIResponse."""
        return to_raw_response(self._resource.delete)(workflow_id, request_options=request_options)


class AsyncWorkflowsExecutionsResource(AsyncAPIResource):
    """async_client.workflows.executions: create, list, retrieve, cancel."""

    async def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Start an execution

        Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.

        `POST /workflows/{workflow_id}/executions`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                body=compact({"input": input}),
                options=request_options,
                route="/workflows/{workflow_id}/executions",
            ),
            Execution.from_dict,
        )

    async def create_and_poll(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        poll_interval: float = 0.5,
        max_wait: float = 300.0,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Creates (`POST /workflows/{workflow_id}/executions`), then retrieves (`GET /workflows/{workflow_id}/executions/{execution_id}`) every `poll_interval`
        seconds until `status` is final: succeeded, failed, canceled. Raises APITimeoutError after `max_wait` seconds.
        """
        created = await self.create(workflow_id, input=input, request_options=request_options)
        return await async_poll_until_final(
            lambda: self.retrieve(workflow_id, created.id, request_options=request_options),
            lambda current: current.status,
            ("succeeded", "failed", "canceled",),
            poll_interval,
            max_wait,
        )

    def list(
        self,
        workflow_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[Execution]:
        """List a workflow's executions

        Oldest first, whatever their status.

        `GET /workflows/{workflow_id}/executions`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
                route="/workflows/{workflow_id}/executions",
            ),
            ExecutionList.from_dict,
        )

    async def retrieve(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Retrieve an execution

        Its status and each step's; poll it until `status` is final.

        `GET /workflows/{workflow_id}/executions/{execution_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}",
                options=request_options,
                route="/workflows/{workflow_id}/executions/{execution_id}",
            ),
            Execution.from_dict,
        )

    async def cancel(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Cancel an execution

        Stops an unfinished execution; a finished one is a 409.

        `POST /workflows/{workflow_id}/executions/{execution_id}/cancel`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}/cancel",
                options=request_options,
                route="/workflows/{workflow_id}/executions/{execution_id}/cancel",
            ),
            Execution.from_dict,
        )


class AsyncWorkflowsExecutionsResourceWithRawResponse:
    """async_client.with_raw_response.workflows.executions: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncWorkflowsExecutionsResource) -> None:
        self._resource = resource

    async def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`POST /workflows/{workflow_id}/executions`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.create)(workflow_id, input=input, request_options=request_options)

    async def list(
        self,
        workflow_id: str,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[Execution]]:
        """`GET /workflows/{workflow_id}/executions`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(workflow_id, limit=limit, cursor=cursor, request_options=request_options)

    async def retrieve(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`GET /workflows/{workflow_id}/executions/{execution_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(workflow_id, execution_id, request_options=request_options)

    async def cancel(
        self,
        workflow_id: str,
        execution_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Execution]:
        """`POST /workflows/{workflow_id}/executions/{execution_id}/cancel`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.cancel)(workflow_id, execution_id, request_options=request_options)


class AsyncWorkflowsResource(AsyncAPIResource):
    """async_client.workflows: create, list, retrieve, update, delete."""

    @property
    def executions(self) -> AsyncWorkflowsExecutionsResource:
        """async_client.workflows.executions"""
        return AsyncWorkflowsExecutionsResource(self._client)

    async def create(
        self,
        *,
        name: str,
        steps: Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]],
        description: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Create a workflow

        Stores a workflow in the caller's tenant; run it with an execution.

        `POST /workflows`
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                "/workflows",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
            ),
            Workflow.from_dict,
        )

    def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPaginator[Workflow]:
        """List workflows

        The tenant's workflows, oldest first.

        `GET /workflows`
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                "/workflows",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
            ),
            WorkflowList.from_dict,
        )

    async def retrieve(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Retrieve a workflow

        One workflow of the tenant, by id.

        `GET /workflows/{workflow_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
            Workflow.from_dict,
        )

    async def update(
        self,
        workflow_id: str,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        steps: Optional[Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Workflow:
        """Update a workflow

        Running executions keep the steps they started with.

        `PATCH /workflows/{workflow_id}`
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
            Workflow.from_dict,
        )

    async def delete(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete a workflow

        Cancels its unfinished executions and deletes them with it.

        `DELETE /workflows/{workflow_id}`
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
                route="/workflows/{workflow_id}",
            ),
        )


class AsyncWorkflowsResourceWithRawResponse:
    """async_client.with_raw_response.workflows: each method answers an APIResponse (status_code, headers, parse())."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        self._resource = resource

    @property
    def executions(self) -> AsyncWorkflowsExecutionsResourceWithRawResponse:
        """async_client.with_raw_response.workflows.executions"""
        return AsyncWorkflowsExecutionsResourceWithRawResponse(self._resource.executions)

    async def create(
        self,
        *,
        name: str,
        steps: Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]],
        description: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`POST /workflows`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.create)(name=name, description=description, steps=steps, request_options=request_options)

    async def list(
        self,
        *,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[AsyncPage[Workflow]]:
        """`GET /workflows`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.list)(limit=limit, cursor=cursor, request_options=request_options)

    async def retrieve(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`GET /workflows/{workflow_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.retrieve)(workflow_id, request_options=request_options)

    async def update(
        self,
        workflow_id: str,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        steps: Optional[Sequence[Union[WorkflowStep, DelayStep, MemoryWriteStep, UsageRecordStep, Mapping[str, Any]]]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[Workflow]:
        """`PATCH /workflows/{workflow_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.update)(workflow_id, name=name, description=description, steps=steps, request_options=request_options)

    async def delete(
        self,
        workflow_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> APIResponse[None]:
        """`DELETE /workflows/{workflow_id}`, answering an APIResponse."""
        return await async_to_raw_response(self._resource.delete)(workflow_id, request_options=request_options)
