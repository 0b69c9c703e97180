// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import type { components, operations } from './openapi.js';

/** The ApiKey object, as answered by `client.tenants.apiKeys.list`, `client.tenants.apiKeys.retrieve`, `client.tenants.apiKeys.revoke`. */
export type ApiKey = components['schemas']['ApiKey'];
/** The params of `client.tenants.apiKeys.create`. */
export type ApiKeyCreateParams = components['schemas']['ApiKeyCreateParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type ApiKeyList = components['schemas']['ApiKeyList'];
/** The ApiKeyWithSecret object, as answered by `client.tenants.apiKeys.create`. */
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
/** The DelayStep object, part of other answers and params. */
export type DelayStep = components['schemas']['DelayStep'];
/** The Execution object, as answered by `client.workflows.executions.create`, `client.workflows.executions.list`, `client.workflows.executions.retrieve`, `client.workflows.executions.cancel`. */
export type Execution = components['schemas']['Execution'];
/** The params of `client.workflows.executions.create`. */
export type ExecutionCreateParams = components['schemas']['ExecutionCreateParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type ExecutionList = components['schemas']['ExecutionList'];
/** One of `queued`, `running`, `succeeded`, `failed`, `canceled` (a newer server may send others). */
export type ExecutionStatus = components['schemas']['ExecutionStatus'];
/** The ExecutionStepResult object, part of other answers and params. */
export type ExecutionStepResult = components['schemas']['ExecutionStepResult'];
/** The FieldError object, part of other answers and params. */
export type FieldError = components['schemas']['FieldError'];
/** One of `hour`, `day`. */
export type Granularity = components['schemas']['Granularity'];
/** The Health object, as answered by `client.health.check`. */
export type Health = components['schemas']['Health'];
/** One of `ok`, `degraded` (a newer server may send others). */
export type HealthStatus = components['schemas']['Health']['status'];
/** Whether the store answered a query of its tables. */
export type HealthStore = components['schemas']['Health']['store'];
/** The Memory object, as answered by `client.memories.create`, `client.memories.list`, `client.memories.retrieve`. */
export type Memory = components['schemas']['Memory'];
/** The params of `client.memories.create`. */
export type MemoryCreateParams = components['schemas']['MemoryCreateParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type MemoryList = components['schemas']['MemoryList'];
/** One of `private`, `shared`, `global`. */
export type MemoryScope = components['schemas']['MemoryScope'];
/** The MemorySearchHit object, part of other answers and params. */
export type MemorySearchHit = components['schemas']['MemorySearchHit'];
/** The params of `client.memories.search`. */
export type MemorySearchParams = components['schemas']['MemorySearchParams'];
/** The MemorySearchResult object, as answered by `client.memories.search`. */
export type MemorySearchResult = components['schemas']['MemorySearchResult'];
/** Derived from age and last access: hot (used within a day), warm (within a week), cold. */
export type MemoryTier = components['schemas']['MemoryTier'];
/** The MemoryWriteStep object, part of other answers and params. */
export type MemoryWriteStep = components['schemas']['MemoryWriteStep'];
/** Free-form string pairs for the caller. */
export type Metadata = components['schemas']['Metadata'];
/** One of `starter`, `professional`, `enterprise`. */
export type Plan = components['schemas']['Plan'];
/** The Plugin object, as answered by `client.tenants.plugins.install`, `client.tenants.plugins.list`, `client.tenants.plugins.retrieve`, `client.tenants.plugins.update`. */
export type Plugin = components['schemas']['Plugin'];
/** Plugin-specific settings. */
export type PluginConfig = components['schemas']['PluginConfig'];
/** The params of `client.tenants.plugins.install`. */
export type PluginInstallParams = components['schemas']['PluginInstallParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type PluginList = components['schemas']['PluginList'];
/** One of `memory:read`, `memory:write`, `workflows:execute`, `usage:read`. */
export type PluginPermission = components['schemas']['PluginPermission'];
/** The params of `client.tenants.plugins.update`. */
export type PluginUpdateParams = components['schemas']['PluginUpdateParams'];
/** RFC 9457 problem details. */
export type ProblemDetails = components['schemas']['ProblemDetails'];
/** One of `pending`, `running`, `succeeded`, `failed`, `canceled` (a newer server may send others). */
export type StepStatus = components['schemas']['StepStatus'];
/** The Subscription object, as answered by `client.tenants.subscription.retrieve`, `client.tenants.subscription.update`, `client.tenants.subscription.cancel`. */
export type Subscription = components['schemas']['Subscription'];
/** `canceled` once a subscription set to cancel reaches its period end. */
export type SubscriptionStatus = components['schemas']['SubscriptionStatus'];
/** The params of `client.tenants.subscription.update`. */
export type SubscriptionUpdateParams = components['schemas']['SubscriptionUpdateParams'];
/** The Tenant object, as answered by `client.tenants.create`, `client.tenants.list`, `client.tenants.retrieve`, `client.tenants.update`. */
export type Tenant = components['schemas']['Tenant'];
/** The params of `client.tenants.create`. */
export type TenantCreateParams = components['schemas']['TenantCreateParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type TenantList = components['schemas']['TenantList'];
/** One of `active`, `suspended`. */
export type TenantStatus = components['schemas']['TenantStatus'];
/** The params of `client.tenants.update`. */
export type TenantUpdateParams = components['schemas']['TenantUpdateParams'];
/** The UsageBucket object, part of other answers and params. */
export type UsageBucket = components['schemas']['UsageBucket'];
/** The UsageRecord object, as answered by `client.usage.record`. */
export type UsageRecord = components['schemas']['UsageRecord'];
/** The params of `client.usage.record`. */
export type UsageRecordParams = components['schemas']['UsageRecordParams'];
/** The UsageRecordStep object, part of other answers and params. */
export type UsageRecordStep = components['schemas']['UsageRecordStep'];
/** The UsageSummary object, as answered by `client.usage.summary`. */
export type UsageSummary = components['schemas']['UsageSummary'];
/** The UsageTotal object, part of other answers and params. */
export type UsageTotal = components['schemas']['UsageTotal'];
/** The Workflow object, as answered by `client.workflows.create`, `client.workflows.list`, `client.workflows.retrieve`, `client.workflows.update`. */
export type Workflow = components['schemas']['Workflow'];
/** The params of `client.workflows.create`. */
export type WorkflowCreateParams = components['schemas']['WorkflowCreateParams'];
/** A page of a list: `data`, `has_more` and `next_cursor`. */
export type WorkflowList = components['schemas']['WorkflowList'];
/** One of `DelayStep`, `MemoryWriteStep`, `UsageRecordStep`, told apart by `type`. */
export type WorkflowStep = components['schemas']['WorkflowStep'];
/** The params of `client.workflows.update`. */
export type WorkflowUpdateParams = components['schemas']['WorkflowUpdateParams'];

/** The params of `client.tenants.list` (`GET /tenants`). */
export type TenantListParams = NonNullable<operations['tenantsList']['parameters']['query']>;
/** The params of `client.tenants.apiKeys.list` (`GET /tenants/{tenant_id}/api_keys`). */
export type ApiKeyListParams = NonNullable<operations['tenantsApiKeysList']['parameters']['query']>;
/** The params of `client.tenants.plugins.list` (`GET /tenants/{tenant_id}/plugins`). */
export type PluginListParams = NonNullable<operations['tenantsPluginsList']['parameters']['query']>;
/** The params of `client.workflows.list` (`GET /workflows`). */
export type WorkflowListParams = NonNullable<operations['workflowsList']['parameters']['query']>;
/** The params of `client.workflows.executions.list` (`GET /workflows/{workflow_id}/executions`). */
export type ExecutionListParams = NonNullable<operations['workflowsExecutionsList']['parameters']['query']>;
/** The params of `client.memories.list` (`GET /memories`). */
export type MemoryListParams = NonNullable<operations['memoriesList']['parameters']['query']>;
/** The params of `client.usage.summary` (`GET /usage/summary`). */
export type UsageSummaryParams = NonNullable<operations['usageSummary']['parameters']['query']>;
