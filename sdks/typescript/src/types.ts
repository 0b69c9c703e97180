// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import type { components, operations } from './openapi.js';

/** A tenant's API key, masked: its secret is shown only when it is created. */
export type ApiKey = components['schemas']['ApiKey'];
/** What a new key is made of. */
export type ApiKeyCreateParams = components['schemas']['ApiKeyCreateParams'];
/** One page of a cursor-paginated list. */
export type ApiKeyList = components['schemas']['ApiKeyList'];
/** A key just created, with its secret: the only answer that shows it. */
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
/** Waits, then goes on to the next step. */
export type DelayStep = components['schemas']['DelayStep'];
/** One run of a workflow, executed asynchronously by the server. */
export type Execution = components['schemas']['Execution'];
/** What an execution starts with; every field may be left out. */
export type ExecutionCreateParams = components['schemas']['ExecutionCreateParams'];
/** One page of a cursor-paginated list. */
export type ExecutionList = components['schemas']['ExecutionList'];
/** Where an execution is: `queued` (accepted, not started), `running` (a step is under way), and the final ones: `succeeded` (every step did), `failed` (a step failed or the server stopped mid-step; `error` says why), `canceled` (by request). */
export type ExecutionStatus = components['schemas']['ExecutionStatus'];
/** How one step of an execution went. */
export type ExecutionStepResult = components['schemas']['ExecutionStepResult'];
/** One invalid field of a request. */
export type FieldError = components['schemas']['FieldError'];
/** The length of a summary bucket: `hour` or `day` (UTC). */
export type Granularity = components['schemas']['Granularity'];
/** Whether the server and its store answer. */
export type Health = components['schemas']['Health'];
/** The server as a whole: `ok`, or `degraded` when its store does not answer. */
export type HealthStatus = components['schemas']['Health']['status'];
/** Whether the store answered a query of its tables: `ok` or `error`. */
export type HealthStore = components['schemas']['Health']['store'];
/** Something an agent remembers, searchable by its content. */
export type Memory = components['schemas']['Memory'];
/** What a new memory is made of. */
export type MemoryCreateParams = components['schemas']['MemoryCreateParams'];
/** One page of a cursor-paginated list. */
export type MemoryList = components['schemas']['MemoryList'];
/** Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant. */
export type MemoryScope = components['schemas']['MemoryScope'];
/** A memory that matches, and how well. */
export type MemorySearchHit = components['schemas']['MemorySearchHit'];
/** What to search for, and where; `scope` and `agent_id` narrow the search to those memories. */
export type MemorySearchParams = components['schemas']['MemorySearchParams'];
/** The best matches of a search. */
export type MemorySearchResult = components['schemas']['MemorySearchResult'];
/** Derived from age and last access: `hot` (used within a day), `warm` (within a week), `cold`. */
export type MemoryTier = components['schemas']['MemoryTier'];
/** Writes a memory in the tenant; the step's output names it (`memory_id`). */
export type MemoryWriteStep = components['schemas']['MemoryWriteStep'];
/** Free-form string pairs for the caller. */
export type Metadata = components['schemas']['Metadata'];
/** The plan a tenant pays for: `starter` (every new tenant), `professional` or `enterprise`. */
export type Plan = components['schemas']['Plan'];
/** A plugin installed in a tenant. */
export type Plugin = components['schemas']['Plugin'];
/** Plugin-specific settings. */
export type PluginConfig = components['schemas']['PluginConfig'];
/** What a plugin is installed with. */
export type PluginInstallParams = components['schemas']['PluginInstallParams'];
/** One page of a cursor-paginated list. */
export type PluginList = components['schemas']['PluginList'];
/** What a plugin is granted in its tenant: `memory:read` and `memory:write` the tenant's memories, `workflows:execute` start its workflows, `usage:read` read its usage. */
export type PluginPermission = components['schemas']['PluginPermission'];
/** The fields to change; a field left out keeps its value. */
export type PluginUpdateParams = components['schemas']['PluginUpdateParams'];
/** RFC 9457 problem details. */
export type ProblemDetails = components['schemas']['ProblemDetails'];
/** Where a step is: `pending` (not reached yet), `running`, `succeeded`, `failed`, or `canceled` (its execution was canceled before it finished). */
export type StepStatus = components['schemas']['StepStatus'];
/** A tenant's plan and seats; every tenant has exactly one. */
export type Subscription = components['schemas']['Subscription'];
/** Whether the subscription runs: `active`, or `canceled` once a subscription set to cancel reaches its period end. */
export type SubscriptionStatus = components['schemas']['SubscriptionStatus'];
/** The fields to change; a field left out keeps its value. */
export type SubscriptionUpdateParams = components['schemas']['SubscriptionUpdateParams'];
/** A customer of the platform: it owns API keys, a subscription, plugins, workflows, memories and usage. */
export type Tenant = components['schemas']['Tenant'];
/** What a new tenant is made of; it starts `active` with a starter subscription. */
export type TenantCreateParams = components['schemas']['TenantCreateParams'];
/** One page of a cursor-paginated list. */
export type TenantList = components['schemas']['TenantList'];
/** A tenant's state: `active`, its keys work; `suspended`, its keys answer 403 until it is active again (its data is kept). */
export type TenantStatus = components['schemas']['TenantStatus'];
/** The fields to change; a field left out keeps its value. */
export type TenantUpdateParams = components['schemas']['TenantUpdateParams'];
/** One metric's usage in one period. */
export type UsageBucket = components['schemas']['UsageBucket'];
/** One recorded amount of a metric. */
export type UsageRecord = components['schemas']['UsageRecord'];
/** An amount of a metric to record. */
export type UsageRecordParams = components['schemas']['UsageRecordParams'];
/** Records usage for the tenant; the step's output names the record (`usage_record_id`). */
export type UsageRecordStep = components['schemas']['UsageRecordStep'];
/** A tenant's usage over [start, end), per period and in total. */
export type UsageSummary = components['schemas']['UsageSummary'];
/** One metric's usage over the whole range. */
export type UsageTotal = components['schemas']['UsageTotal'];
/** A list of steps an agent can run; each run is an execution. */
export type Workflow = components['schemas']['Workflow'];
/** What a new workflow is made of. */
export type WorkflowCreateParams = components['schemas']['WorkflowCreateParams'];
/** One page of a cursor-paginated list. */
export type WorkflowList = components['schemas']['WorkflowList'];
/** One step of a workflow, told apart by `type`: `delay`, `memory_write` or `usage_record`. */
export type WorkflowStep = components['schemas']['WorkflowStep'];
/** The fields to change; a field left out keeps its value. New steps apply to executions started after. */
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
