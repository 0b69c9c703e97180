// Generated from spec/openapi.json by generators/cli. Do not edit: change the spec or the generator.
import type { CognitionOSClient } from '@cognitionos/sdk';
import type { Command } from './runtime/spec.js';

export const COMMANDS: Command[] = [
  {
    "resource":["health"],"aliases":[[]],"verb":"check","verbAliases":[],"summary":"Check the server","description":"Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.","deprecated":false,"httpMethod":"GET","path":"/health","positionals":[],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli health check",
    call: (client: CognitionOSClient, ids, params, options) => client.health.check(options),
  },
  {
    "resource":["tenants"],"aliases":[["tenant"]],"verb":"create","verbAliases":[],"summary":"Create a tenant","description":"Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.","deprecated":false,"httpMethod":"POST","path":"/tenants","positionals":[],"flags":[{"flag":"name","wire":"name","kind":"string","required":true,"in":"body","description":"name"},{"flag":"slug","wire":"slug","kind":"string","required":false,"in":"body","description":"URL-safe unique name; derived from `name` when omitted."},{"flag":"metadata","wire":"metadata","kind":"map","required":false,"in":"body","description":"Free-form string pairs for the caller."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants create --name NAME",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.create({ ...params } as never, options),
  },
  {
    "resource":["tenants"],"aliases":[["tenant"]],"verb":"list","verbAliases":[],"summary":"List tenants","description":"Oldest first.","deprecated":false,"httpMethod":"GET","path":"/tenants","positionals":[],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli tenants list",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.list({ ...params } as never, options),
  },
  {
    "resource":["tenants"],"aliases":[["tenant"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve a tenant","description":"A tenant key may retrieve its own tenant.","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli tenants retrieve <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.retrieve(ids[0]!, options),
  },
  {
    "resource":["tenants"],"aliases":[["tenant"]],"verb":"update","verbAliases":[],"summary":"Update a tenant","description":"Suspending a tenant makes its keys answer 403 until it is active again.","deprecated":false,"httpMethod":"PATCH","path":"/tenants/{tenant_id}","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"name","wire":"name","kind":"string","required":false,"in":"body","description":"name"},{"flag":"status","wire":"status","kind":"enum","required":false,"in":"body","description":"status","values":["active","suspended"]},{"flag":"metadata","wire":"metadata","kind":"map","required":false,"in":"body","description":"Free-form string pairs for the caller."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants update <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.update(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants"],"aliases":[["tenant"]],"verb":"delete","verbAliases":[],"summary":"Delete a tenant","description":"Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.","deprecated":false,"httpMethod":"DELETE","path":"/tenants/{tenant_id}","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[],"takesParams":false,"response":"none","destructive":true,"example":"cognition-cli tenants delete <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.delete(ids[0]!, options),
  },
  {
    "resource":["tenants","api-keys"],"aliases":[["tenant"],["api-key"]],"verb":"create","verbAliases":[],"summary":"Create an API key","description":"Creates a tenant key. The secret is returned once, in this response only.","deprecated":false,"httpMethod":"POST","path":"/tenants/{tenant_id}/api_keys","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"name","wire":"name","kind":"string","required":true,"in":"body","description":"name"}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants api-keys create <tenant_id> --name NAME",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.apiKeys.create(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","api-keys"],"aliases":[["tenant"],["api-key"]],"verb":"list","verbAliases":[],"summary":"List API keys","description":"Keys are masked; revoked keys are listed with `revoked_at`.","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}/api_keys","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli tenants api-keys list <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.apiKeys.list(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","api-keys"],"aliases":[["tenant"],["api-key"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve an API key","description":"The key is masked; its secret is never shown again.","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}/api_keys/{key_id}","positionals":[{"name":"tenant_id","description":"the tenant id"},{"name":"key_id","description":"the key id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli tenants api-keys retrieve <tenant_id> <key_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.apiKeys.retrieve(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["tenants","api-keys"],"aliases":[["tenant"],["api-key"]],"verb":"revoke","verbAliases":[],"summary":"Revoke an API key","description":"The key stops working at once. Revoking a revoked key returns it unchanged.","deprecated":false,"httpMethod":"DELETE","path":"/tenants/{tenant_id}/api_keys/{key_id}","positionals":[{"name":"tenant_id","description":"the tenant id"},{"name":"key_id","description":"the key id"}],"flags":[],"takesParams":false,"response":"model","destructive":true,"example":"cognition-cli tenants api-keys revoke <tenant_id> <key_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.apiKeys.revoke(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["tenants","subscription"],"aliases":[["tenant"],[]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve a tenant's subscription","description":"","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}/subscription","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli tenants subscription retrieve <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.subscription.retrieve(ids[0]!, options),
  },
  {
    "resource":["tenants","subscription"],"aliases":[["tenant"],[]],"verb":"update","verbAliases":[],"summary":"Change plan or seats","description":"","deprecated":false,"httpMethod":"PATCH","path":"/tenants/{tenant_id}/subscription","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"plan","wire":"plan","kind":"enum","required":false,"in":"body","description":"plan","values":["starter","professional","enterprise"]},{"flag":"seats","wire":"seats","kind":"integer","required":false,"in":"body","description":"seats"},{"flag":"cancel-at-period-end","wire":"cancel_at_period_end","kind":"boolean","required":false,"in":"body","description":"Set false to undo a cancellation before the period ends."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants subscription update <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.subscription.update(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","subscription"],"aliases":[["tenant"],[]],"verb":"cancel","verbAliases":[],"summary":"Cancel at period end","description":"Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.","deprecated":false,"httpMethod":"POST","path":"/tenants/{tenant_id}/subscription/cancel","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[],"takesParams":false,"response":"model","destructive":true,"example":"cognition-cli tenants subscription cancel <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.subscription.cancel(ids[0]!, options),
  },
  {
    "resource":["tenants","plugins"],"aliases":[["tenant"],["plugin"]],"verb":"install","verbAliases":[],"summary":"Install a plugin","description":"Plugin names are unique within a tenant; installing one twice is a 409.","deprecated":false,"httpMethod":"POST","path":"/tenants/{tenant_id}/plugins","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"name","wire":"name","kind":"string","required":true,"in":"body","description":"Unique within the tenant."},{"flag":"version","wire":"version","kind":"string","required":true,"in":"body","description":"Semantic version."},{"flag":"permissions","wire":"permissions","kind":"list","required":false,"in":"body","description":"permissions","values":["memory:read","memory:write","workflows:execute","usage:read"],"item":"enum","default":[]},{"flag":"enabled","wire":"enabled","kind":"boolean","required":false,"in":"body","description":"enabled","default":true},{"flag":"config","wire":"config","kind":"map","required":false,"in":"body","description":"Plugin-specific settings."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants plugins install <tenant_id> --name NAME --version VERSION",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.plugins.install(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","plugins"],"aliases":[["tenant"],["plugin"]],"verb":"list","verbAliases":[],"summary":"List plugins","description":"","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}/plugins","positionals":[{"name":"tenant_id","description":"the tenant id"}],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli tenants plugins list <tenant_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.plugins.list(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","plugins"],"aliases":[["tenant"],["plugin"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve a plugin","description":"","deprecated":false,"httpMethod":"GET","path":"/tenants/{tenant_id}/plugins/{plugin_id}","positionals":[{"name":"tenant_id","description":"the tenant id"},{"name":"plugin_id","description":"the plugin id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli tenants plugins retrieve <tenant_id> <plugin_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.plugins.retrieve(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["tenants","plugins"],"aliases":[["tenant"],["plugin"]],"verb":"update","verbAliases":[],"summary":"Update a plugin","description":"Enable or disable it, change its version, permissions or config.","deprecated":false,"httpMethod":"PATCH","path":"/tenants/{tenant_id}/plugins/{plugin_id}","positionals":[{"name":"tenant_id","description":"the tenant id"},{"name":"plugin_id","description":"the plugin id"}],"flags":[{"flag":"version","wire":"version","kind":"string","required":false,"in":"body","description":"Semantic version."},{"flag":"permissions","wire":"permissions","kind":"list","required":false,"in":"body","description":"permissions","values":["memory:read","memory:write","workflows:execute","usage:read"],"item":"enum"},{"flag":"enabled","wire":"enabled","kind":"boolean","required":false,"in":"body","description":"enabled"},{"flag":"config","wire":"config","kind":"map","required":false,"in":"body","description":"Plugin-specific settings."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli tenants plugins update <tenant_id> <plugin_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.plugins.update(ids[0]!, ids[1]!, { ...params } as never, options),
  },
  {
    "resource":["tenants","plugins"],"aliases":[["tenant"],["plugin"]],"verb":"uninstall","verbAliases":[],"summary":"Uninstall a plugin","description":"","deprecated":false,"httpMethod":"DELETE","path":"/tenants/{tenant_id}/plugins/{plugin_id}","positionals":[{"name":"tenant_id","description":"the tenant id"},{"name":"plugin_id","description":"the plugin id"}],"flags":[],"takesParams":false,"response":"none","destructive":true,"example":"cognition-cli tenants plugins uninstall <tenant_id> <plugin_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.tenants.plugins.uninstall(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["workflows"],"aliases":[["workflow"]],"verb":"create","verbAliases":[],"summary":"Create a workflow","description":"","deprecated":false,"httpMethod":"POST","path":"/workflows","positionals":[],"flags":[{"flag":"name","wire":"name","kind":"string","required":true,"in":"body","description":"name"},{"flag":"description","wire":"description","kind":"string","required":false,"in":"body","description":"description","default":""},{"flag":"steps","wire":"steps","kind":"json","required":true,"in":"body","description":"steps"}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli workflows create --name NAME --steps '<json>'",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.create({ ...params } as never, options),
  },
  {
    "resource":["workflows"],"aliases":[["workflow"]],"verb":"list","verbAliases":[],"summary":"List workflows","description":"","deprecated":false,"httpMethod":"GET","path":"/workflows","positionals":[],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli workflows list",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.list({ ...params } as never, options),
  },
  {
    "resource":["workflows"],"aliases":[["workflow"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve a workflow","description":"","deprecated":false,"httpMethod":"GET","path":"/workflows/{workflow_id}","positionals":[{"name":"workflow_id","description":"the workflow id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli workflows retrieve <workflow_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.retrieve(ids[0]!, options),
  },
  {
    "resource":["workflows"],"aliases":[["workflow"]],"verb":"update","verbAliases":[],"summary":"Update a workflow","description":"Running executions keep the steps they started with.","deprecated":false,"httpMethod":"PATCH","path":"/workflows/{workflow_id}","positionals":[{"name":"workflow_id","description":"the workflow id"}],"flags":[{"flag":"name","wire":"name","kind":"string","required":false,"in":"body","description":"name"},{"flag":"description","wire":"description","kind":"string","required":false,"in":"body","description":"description"},{"flag":"steps","wire":"steps","kind":"json","required":false,"in":"body","description":"steps"}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli workflows update <workflow_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.update(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["workflows"],"aliases":[["workflow"]],"verb":"delete","verbAliases":[],"summary":"Delete a workflow","description":"Cancels its unfinished executions and deletes them with it.","deprecated":false,"httpMethod":"DELETE","path":"/workflows/{workflow_id}","positionals":[{"name":"workflow_id","description":"the workflow id"}],"flags":[],"takesParams":false,"response":"none","destructive":true,"example":"cognition-cli workflows delete <workflow_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.delete(ids[0]!, options),
  },
  {
    "resource":["workflows","executions"],"aliases":[["workflow"],["execution"]],"verb":"create","verbAliases":[],"summary":"Start an execution","description":"Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.","deprecated":false,"httpMethod":"POST","path":"/workflows/{workflow_id}/executions","positionals":[{"name":"workflow_id","description":"the workflow id"}],"flags":[{"flag":"input","wire":"input","kind":"map","required":false,"in":"body","description":"Values for `{{input.<field>}}` placeholders.","default":{}}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli workflows executions create <workflow_id>","polling":{"statusField":"status","terminal":["succeeded","failed","canceled"],"success":["succeeded"],"intervalMs":500,"timeoutMs":300000},
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.executions.create(ids[0]!, { ...params } as never, options),
    poll: (client: CognitionOSClient, ids, _params, options) => client.workflows.executions.retrieve(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["workflows","executions"],"aliases":[["workflow"],["execution"]],"verb":"list","verbAliases":[],"summary":"List a workflow's executions","description":"","deprecated":false,"httpMethod":"GET","path":"/workflows/{workflow_id}/executions","positionals":[{"name":"workflow_id","description":"the workflow id"}],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli workflows executions list <workflow_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.executions.list(ids[0]!, { ...params } as never, options),
  },
  {
    "resource":["workflows","executions"],"aliases":[["workflow"],["execution"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve an execution","description":"","deprecated":false,"httpMethod":"GET","path":"/workflows/{workflow_id}/executions/{execution_id}","positionals":[{"name":"workflow_id","description":"the workflow id"},{"name":"execution_id","description":"the execution id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli workflows executions retrieve <workflow_id> <execution_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.executions.retrieve(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["workflows","executions"],"aliases":[["workflow"],["execution"]],"verb":"cancel","verbAliases":[],"summary":"Cancel an execution","description":"Stops an unfinished execution; a finished one is a 409.","deprecated":false,"httpMethod":"POST","path":"/workflows/{workflow_id}/executions/{execution_id}/cancel","positionals":[{"name":"workflow_id","description":"the workflow id"},{"name":"execution_id","description":"the execution id"}],"flags":[],"takesParams":false,"response":"model","destructive":true,"example":"cognition-cli workflows executions cancel <workflow_id> <execution_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.workflows.executions.cancel(ids[0]!, ids[1]!, options),
  },
  {
    "resource":["memories"],"aliases":[["memory"]],"verb":"create","verbAliases":[],"summary":"Create a memory","description":"","deprecated":false,"httpMethod":"POST","path":"/memories","positionals":[],"flags":[{"flag":"scope","wire":"scope","kind":"enum","required":true,"in":"body","description":"scope","values":["private","shared","global"]},{"flag":"agent-id","wire":"agent_id","kind":"string","required":false,"in":"body","description":"agent id"},{"flag":"content","wire":"content","kind":"string","required":true,"in":"body","description":"content"},{"flag":"tags","wire":"tags","kind":"list","required":false,"in":"body","description":"tags","item":"string","default":[]},{"flag":"metadata","wire":"metadata","kind":"map","required":false,"in":"body","description":"Free-form string pairs for the caller."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli memories create --scope private --content CONTENT",
    call: (client: CognitionOSClient, ids, params, options) => client.memories.create({ ...params } as never, options),
  },
  {
    "resource":["memories"],"aliases":[["memory"]],"verb":"list","verbAliases":[],"summary":"List memories","description":"Filter by scope, agent and tag; oldest first.","deprecated":false,"httpMethod":"GET","path":"/memories","positionals":[],"flags":[{"flag":"limit","wire":"limit","kind":"integer","required":false,"in":"query","description":"Page size, 1..100 (default 20).","default":20},{"flag":"cursor","wire":"cursor","kind":"string","required":false,"in":"query","description":"The `next_cursor` of the previous page."},{"flag":"scope","wire":"scope","kind":"enum","required":false,"in":"query","description":"scope","values":["private","shared","global"]},{"flag":"agent-id","wire":"agent_id","kind":"string","required":false,"in":"query","description":"agent id"},{"flag":"tag","wire":"tag","kind":"string","required":false,"in":"query","description":"tag"}],"takesParams":true,"response":"page","destructive":false,"example":"cognition-cli memories list",
    call: (client: CognitionOSClient, ids, params, options) => client.memories.list({ ...params } as never, options),
  },
  {
    "resource":["memories"],"aliases":[["memory"]],"verb":"retrieve","verbAliases":["get"],"summary":"Retrieve a memory","description":"Counts as an access (keeps the memory hot).","deprecated":false,"httpMethod":"GET","path":"/memories/{memory_id}","positionals":[{"name":"memory_id","description":"the memory id"}],"flags":[],"takesParams":false,"response":"model","destructive":false,"example":"cognition-cli memories retrieve <memory_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.memories.retrieve(ids[0]!, options),
  },
  {
    "resource":["memories"],"aliases":[["memory"]],"verb":"delete","verbAliases":[],"summary":"Delete a memory","description":"","deprecated":false,"httpMethod":"DELETE","path":"/memories/{memory_id}","positionals":[{"name":"memory_id","description":"the memory id"}],"flags":[],"takesParams":false,"response":"none","destructive":true,"example":"cognition-cli memories delete <memory_id>",
    call: (client: CognitionOSClient, ids, params, options) => client.memories.delete(ids[0]!, options),
  },
  {
    "resource":["memories"],"aliases":[["memory"]],"verb":"search","verbAliases":[],"summary":"Search memories","description":"Full-text search ranked by BM25, best first, with scores.","deprecated":false,"httpMethod":"POST","path":"/memories/search","positionals":[],"flags":[{"flag":"query","wire":"query","kind":"string","required":true,"in":"body","description":"query"},{"flag":"scope","wire":"scope","kind":"enum","required":false,"in":"body","description":"scope","values":["private","shared","global"]},{"flag":"agent-id","wire":"agent_id","kind":"string","required":false,"in":"body","description":"agent id"},{"flag":"top-k","wire":"top_k","kind":"integer","required":false,"in":"body","description":"top k","default":10}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli memories search --query QUERY",
    call: (client: CognitionOSClient, ids, params, options) => client.memories.search({ ...params } as never, options),
  },
  {
    "resource":["usage"],"aliases":[[]],"verb":"record","verbAliases":[],"summary":"Record usage","description":"`api_calls` is reserved: the server meters it and a key may not record it (403).","deprecated":false,"httpMethod":"POST","path":"/usage","positionals":[],"flags":[{"flag":"metric","wire":"metric","kind":"string","required":true,"in":"body","description":"Metric name; `api_calls` is metered by the server itself."},{"flag":"quantity","wire":"quantity","kind":"number","required":true,"in":"body","description":"quantity"},{"flag":"timestamp","wire":"timestamp","kind":"string","required":false,"in":"body","description":"When it happened; defaults to now."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli usage record --metric METRIC --quantity 1",
    call: (client: CognitionOSClient, ids, params, options) => client.usage.record({ ...params } as never, options),
  },
  {
    "resource":["usage"],"aliases":[[]],"verb":"summary","verbAliases":[],"summary":"Summarize usage","description":"Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400.","deprecated":false,"httpMethod":"GET","path":"/usage/summary","positionals":[],"flags":[{"flag":"start","wire":"start","kind":"string","required":false,"in":"query","description":"Inclusive; defaults to 7 days before `end`."},{"flag":"end","wire":"end","kind":"string","required":false,"in":"query","description":"Exclusive; defaults to now."},{"flag":"granularity","wire":"granularity","kind":"enum","required":false,"in":"query","description":"granularity","values":["hour","day"]},{"flag":"metric","wire":"metric","kind":"string","required":false,"in":"query","description":"Metric name; `api_calls` is metered by the server itself."}],"takesParams":true,"response":"model","destructive":false,"example":"cognition-cli usage summary",
    call: (client: CognitionOSClient, ids, params, options) => client.usage.summary({ ...params } as never, options),
  },
];
