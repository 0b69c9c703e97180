"""The resources of the clients, one module per top-level resource."""

from .health import (
    AsyncHealthResource,
    HealthResource,
)
from .memories import (
    AsyncMemoriesResource,
    MemoriesResource,
)
from .tenants import (
    AsyncTenantsApiKeysResource,
    AsyncTenantsPluginsResource,
    AsyncTenantsResource,
    AsyncTenantsSubscriptionResource,
    TenantsApiKeysResource,
    TenantsPluginsResource,
    TenantsResource,
    TenantsSubscriptionResource,
)
from .usage import (
    AsyncUsageResource,
    UsageResource,
)
from .workflows import (
    AsyncWorkflowsExecutionsResource,
    AsyncWorkflowsResource,
    WorkflowsExecutionsResource,
    WorkflowsResource,
)

__all__ = [
    "HealthResource",
    "AsyncHealthResource",
    "TenantsApiKeysResource",
    "TenantsSubscriptionResource",
    "TenantsPluginsResource",
    "TenantsResource",
    "AsyncTenantsApiKeysResource",
    "AsyncTenantsSubscriptionResource",
    "AsyncTenantsPluginsResource",
    "AsyncTenantsResource",
    "WorkflowsExecutionsResource",
    "WorkflowsResource",
    "AsyncWorkflowsExecutionsResource",
    "AsyncWorkflowsResource",
    "MemoriesResource",
    "AsyncMemoriesResource",
    "UsageResource",
    "AsyncUsageResource",
]
