"""client.workflows: generated from spec/openapi.json by generators/python. Do not edit."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from .._json import compact, path_segment
from .._options import RequestOptions
from .._pagination import AsyncPaginator, SyncPage
from .._polling import async_poll_until_final, poll_until_final
from .._request import APIRequest
from .._resource import APIResource, AsyncAPIResource
from ..lowlevel.models.delay_step import DelayStep
from ..lowlevel.models.execution import Execution
from ..lowlevel.models.execution_list import ExecutionList
from ..lowlevel.models.memory_write_step import MemoryWriteStep
from ..lowlevel.models.usage_record_step import UsageRecordStep
from ..lowlevel.models.workflow import Workflow
from ..lowlevel.models.workflow_list import WorkflowList
from ..lowlevel.models.workflow_step import WorkflowStep


class WorkflowsExecutionsResource(APIResource):
    """client.workflows.executions"""

    def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Start an execution

        Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                body=compact({"input": input}),
                options=request_options,
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
        """Creates, then retrieves every `poll_interval` seconds until `status` is final:
        succeeded, failed, canceled. Raises APITimeoutError after `max_wait` seconds.
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}/cancel",
                options=request_options,
            ),
            Execution.from_dict,
        )


class WorkflowsResource(APIResource):
    """client.workflows"""

    @property
    def executions(self) -> WorkflowsExecutionsResource:
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
        """
        return self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
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
        """
        return self._client._request_model(
            APIRequest(
                "PATCH",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
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
        """
        return self._client._request_none(
            APIRequest(
                "DELETE",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
            ),
        )


class AsyncWorkflowsExecutionsResource(AsyncAPIResource):
    """async_client.workflows.executions"""

    async def create(
        self,
        workflow_id: str,
        *,
        input: Optional[Mapping[str, Any]] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> Execution:
        """Start an execution

        Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                body=compact({"input": input}),
                options=request_options,
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
        """Creates, then retrieves every `poll_interval` seconds until `status` is final:
        succeeded, failed, canceled. Raises APITimeoutError after `max_wait` seconds.
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
        """
        return self._client._request_page(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions",
                query={"limit": limit, "cursor": cursor},
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "POST",
                f"/workflows/{path_segment('workflow_id', workflow_id)}/executions/{path_segment('execution_id', execution_id)}/cancel",
                options=request_options,
            ),
            Execution.from_dict,
        )


class AsyncWorkflowsResource(AsyncAPIResource):
    """async_client.workflows"""

    @property
    def executions(self) -> AsyncWorkflowsExecutionsResource:
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
        """
        return await self._client._request_model(
            APIRequest(
                "GET",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
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
        """
        return await self._client._request_model(
            APIRequest(
                "PATCH",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                body=compact({"name": name, "description": description, "steps": steps}),
                options=request_options,
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
        """
        return await self._client._request_none(
            APIRequest(
                "DELETE",
                f"/workflows/{path_segment('workflow_id', workflow_id)}",
                options=request_options,
            ),
        )
