# flake8: noqa

# import apis into api package
from cognitionos.lowlevel.api.api_keys_api import ApiKeysApi
from cognitionos.lowlevel.api.executions_api import ExecutionsApi
from cognitionos.lowlevel.api.health_api import HealthApi
from cognitionos.lowlevel.api.memories_api import MemoriesApi
from cognitionos.lowlevel.api.plugins_api import PluginsApi
from cognitionos.lowlevel.api.subscription_api import SubscriptionApi
from cognitionos.lowlevel.api.tenants_api import TenantsApi
from cognitionos.lowlevel.api.usage_api import UsageApi
from cognitionos.lowlevel.api.workflows_api import WorkflowsApi

