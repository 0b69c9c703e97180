"""CognitionOS Python SDK: generated from spec/openapi.json by generators/python. Do not edit.

from cognitionos import CognitionOSClient
client = CognitionOSClient(api_key="cog_...")
tenant = client.tenants.create(name="Acme")
"""

from ._client import AsyncCognitionOSClient, CognitionOSClient
from ._configuration import Configuration
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CognitionOSError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PollTimeoutError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._http import HTTPRequest, HTTPResponse
from ._middleware import AsyncMiddleware, AsyncSend, Middleware, Send
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse
from ._version import SPEC_VERSION, __version__
from .lowlevel.models.api_key import ApiKey
from .lowlevel.models.api_key_create_params import ApiKeyCreateParams
from .lowlevel.models.api_key_list import ApiKeyList
from .lowlevel.models.api_key_with_secret import ApiKeyWithSecret
from .lowlevel.models.delay_step import DelayStep
from .lowlevel.models.execution import Execution
from .lowlevel.models.execution_create_params import ExecutionCreateParams
from .lowlevel.models.execution_list import ExecutionList
from .lowlevel.models.execution_status import ExecutionStatus
from .lowlevel.models.execution_step_result import ExecutionStepResult
from .lowlevel.models.field_error import FieldError
from .lowlevel.models.granularity import Granularity
from .lowlevel.models.health import Health
from .lowlevel.models.health_status import HealthStatus
from .lowlevel.models.health_store import HealthStore
from .lowlevel.models.memory import Memory
from .lowlevel.models.memory_create_params import MemoryCreateParams
from .lowlevel.models.memory_list import MemoryList
from .lowlevel.models.memory_scope import MemoryScope
from .lowlevel.models.memory_search_hit import MemorySearchHit
from .lowlevel.models.memory_search_params import MemorySearchParams
from .lowlevel.models.memory_search_result import MemorySearchResult
from .lowlevel.models.memory_tier import MemoryTier
from .lowlevel.models.memory_write_step import MemoryWriteStep
from .lowlevel.models.plan import Plan
from .lowlevel.models.plugin import Plugin
from .lowlevel.models.plugin_install_params import PluginInstallParams
from .lowlevel.models.plugin_list import PluginList
from .lowlevel.models.plugin_permission import PluginPermission
from .lowlevel.models.plugin_update_params import PluginUpdateParams
from .lowlevel.models.problem_details import ProblemDetails
from .lowlevel.models.step_status import StepStatus
from .lowlevel.models.subscription import Subscription
from .lowlevel.models.subscription_status import SubscriptionStatus
from .lowlevel.models.subscription_update_params import SubscriptionUpdateParams
from .lowlevel.models.tenant import Tenant
from .lowlevel.models.tenant_create_params import TenantCreateParams
from .lowlevel.models.tenant_list import TenantList
from .lowlevel.models.tenant_status import TenantStatus
from .lowlevel.models.tenant_update_params import TenantUpdateParams
from .lowlevel.models.usage_bucket import UsageBucket
from .lowlevel.models.usage_record import UsageRecord
from .lowlevel.models.usage_record_params import UsageRecordParams
from .lowlevel.models.usage_record_step import UsageRecordStep
from .lowlevel.models.usage_summary import UsageSummary
from .lowlevel.models.usage_total import UsageTotal
from .lowlevel.models.workflow import Workflow
from .lowlevel.models.workflow_create_params import WorkflowCreateParams
from .lowlevel.models.workflow_list import WorkflowList
from .lowlevel.models.workflow_step import WorkflowStep
from .lowlevel.models.workflow_update_params import WorkflowUpdateParams

__all__ = [
    "CognitionOSClient",
    "AsyncCognitionOSClient",
    "CognitionOSError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "PollTimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "Configuration",
    "RequestOptions",
    "SyncPage",
    "AsyncPage",
    "AsyncPaginator",
    "APIResponse",
    "HTTPRequest",
    "HTTPResponse",
    "Middleware",
    "AsyncMiddleware",
    "Send",
    "AsyncSend",
    "SPEC_VERSION",
    "__version__",
    "ApiKey",
    "ApiKeyCreateParams",
    "ApiKeyList",
    "ApiKeyWithSecret",
    "DelayStep",
    "Execution",
    "ExecutionCreateParams",
    "ExecutionList",
    "ExecutionStatus",
    "ExecutionStepResult",
    "FieldError",
    "Granularity",
    "Health",
    "HealthStatus",
    "HealthStore",
    "Memory",
    "MemoryCreateParams",
    "MemoryList",
    "MemoryScope",
    "MemorySearchHit",
    "MemorySearchParams",
    "MemorySearchResult",
    "MemoryTier",
    "MemoryWriteStep",
    "Plan",
    "Plugin",
    "PluginInstallParams",
    "PluginList",
    "PluginPermission",
    "PluginUpdateParams",
    "ProblemDetails",
    "StepStatus",
    "Subscription",
    "SubscriptionStatus",
    "SubscriptionUpdateParams",
    "Tenant",
    "TenantCreateParams",
    "TenantList",
    "TenantStatus",
    "TenantUpdateParams",
    "UsageBucket",
    "UsageRecord",
    "UsageRecordParams",
    "UsageRecordStep",
    "UsageSummary",
    "UsageTotal",
    "Workflow",
    "WorkflowCreateParams",
    "WorkflowList",
    "WorkflowStep",
    "WorkflowUpdateParams",
]
