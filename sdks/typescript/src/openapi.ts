// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the server
         * @description Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
         */
        get: operations["healthCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description Oldest first.
         */
        get: operations["tenantsList"];
        put?: never;
        /**
         * Create a tenant
         * @description Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["tenantsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a tenant
         * @description A tenant key may retrieve its own tenant.
         */
        get: operations["tenantsRetrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a tenant
         * @description Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
         */
        delete: operations["tenantsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a tenant
         * @description Suspending a tenant makes its keys answer 403 until it is active again.
         */
        patch: operations["tenantsUpdate"];
        trace?: never;
    };
    "/tenants/{tenant_id}/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Keys are masked; revoked keys are listed with `revoked_at`.
         */
        get: operations["tenantsApiKeysList"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a tenant key. The secret is returned once, in this response only.
         */
        post: operations["tenantsApiKeysCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenant_id}/api_keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an API key
         * @description The key is masked; its secret is never shown again.
         */
        get: operations["tenantsApiKeysRetrieve"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. Revoking a revoked key returns it unchanged.
         */
        delete: operations["tenantsApiKeysRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenant_id}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a tenant's subscription */
        get: operations["tenantsSubscriptionRetrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change plan or seats */
        patch: operations["tenantsSubscriptionUpdate"];
        trace?: never;
    };
    "/tenants/{tenant_id}/subscription/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel at period end
         * @description Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.
         */
        post: operations["tenantsSubscriptionCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenant_id}/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List plugins */
        get: operations["tenantsPluginsList"];
        put?: never;
        /**
         * Install a plugin
         * @description Plugin names are unique within a tenant; installing one twice is a 409.
         */
        post: operations["tenantsPluginsInstall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenant_id}/plugins/{plugin_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a plugin */
        get: operations["tenantsPluginsRetrieve"];
        put?: never;
        post?: never;
        /** Uninstall a plugin */
        delete: operations["tenantsPluginsUninstall"];
        options?: never;
        head?: never;
        /**
         * Update a plugin
         * @description Enable or disable it, change its version, permissions or config.
         */
        patch: operations["tenantsPluginsUpdate"];
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows */
        get: operations["workflowsList"];
        put?: never;
        /** Create a workflow */
        post: operations["workflowsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a workflow */
        get: operations["workflowsRetrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a workflow
         * @description Cancels its unfinished executions and deletes them with it.
         */
        delete: operations["workflowsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a workflow
         * @description Running executions keep the steps they started with.
         */
        patch: operations["workflowsUpdate"];
        trace?: never;
    };
    "/workflows/{workflow_id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workflow's executions */
        get: operations["workflowsExecutionsList"];
        put?: never;
        /**
         * Start an execution
         * @description Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.
         */
        post: operations["workflowsExecutionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/executions/{execution_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an execution */
        get: operations["workflowsExecutionsRetrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/executions/{execution_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an execution
         * @description Stops an unfinished execution; a finished one is a 409.
         */
        post: operations["workflowsExecutionsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List memories
         * @description Filter by scope, agent and tag; oldest first.
         */
        get: operations["memoriesList"];
        put?: never;
        /** Create a memory */
        post: operations["memoriesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories/{memory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a memory
         * @description Counts as an access (keeps the memory hot).
         */
        get: operations["memoriesRetrieve"];
        put?: never;
        post?: never;
        /** Delete a memory */
        delete: operations["memoriesDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search memories
         * @description Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of `query` are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
         */
        post: operations["memoriesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record usage
         * @description `api_calls` is reserved: the server meters it and a key may not record it (403).
         */
        post: operations["usageRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summarize usage
         * @description Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.
         */
        get: operations["usageSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details. */
        ProblemDetails: {
            /**
             * @description A URI naming the problem type.
             * @example https://docs.cognitionos.dev/problems/invalid-request
             */
            type: string;
            /** @example Invalid request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example body.name: Required */
            detail: string;
            /** @example req_01jd5ee8ym7w3r1s2t3u4v5w6x */
            request_id: string;
            /** @description Each offending field, for bad input. */
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /**
             * @description Where the problem is: `body.name`, `query.limit`, `path.tenant_id`, `header.authorization`.
             * @example body.name
             */
            path: string;
            /** @example Required */
            message: string;
        };
        /**
         * @example {
         *       "status": "ok",
         *       "version": "3.1.0",
         *       "uptime_seconds": 42.5,
         *       "store": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: ("ok" | "degraded") | (string & {});
            /**
             * @description Spec version the server implements.
             * @example 3.1.0
             */
            version: string;
            /** @example 42.5 */
            uptime_seconds: number;
            /**
             * @description Whether the store answered a query of its tables.
             * @enum {string}
             */
            store: ("ok" | "error") | (string & {});
        };
        /**
         * @example {
         *       "id": "ten_01jd5ee8ym0000000000000001",
         *       "name": "Acme",
         *       "slug": "acme",
         *       "status": "active",
         *       "metadata": {
         *         "region": "eu"
         *       },
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "updated_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        Tenant: {
            /** @example ten_01jd5ee8ym0000000000000001 */
            id: string;
            name: string;
            slug: string;
            status: components["schemas"]["TenantStatus"];
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /** @enum {string} */
        TenantStatus: "active" | "suspended";
        /**
         * @description Free-form string pairs for the caller.
         * @example {
         *       "team": "research"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @example {
         *       "name": "Acme",
         *       "metadata": {
         *         "region": "eu"
         *       }
         *     }
         */
        TenantCreateParams: {
            /**
             * @description Stored in Unicode NFC; bidirectional controls and zero-width characters are refused.
             * @example Acme
             */
            name: string;
            /**
             * @description URL-safe unique name; derived from `name` when omitted.
             * @example acme
             */
            slug?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "ten_01jd5ee8ym0000000000000001",
         *           "name": "Acme",
         *           "slug": "acme",
         *           "status": "active",
         *           "metadata": {
         *             "region": "eu"
         *           },
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "updated_at": "2026-11-23T09:00:00.000Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        TenantList: {
            data: components["schemas"]["Tenant"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "status": "suspended"
         *     }
         */
        TenantUpdateParams: {
            /**
             * @description Stored in Unicode NFC; bidirectional controls and zero-width characters are refused.
             * @example Acme
             */
            name?: string;
            status?: components["schemas"]["TenantStatus"];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @example {
         *       "id": "key_01jd5ee8ym0000000000000001",
         *       "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *       "name": "ci",
         *       "masked": "cog_…9f3a",
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "last_used_at": null,
         *       "revoked_at": null,
         *       "secret": "cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a"
         *     }
         */
        ApiKeyWithSecret: {
            /** @example key_01jd5ee8ym0000000000000001 */
            id: string;
            tenant_id: string;
            name: string;
            /**
             * @description The key with all but its last four characters hidden.
             * @example cog_…9f3a
             */
            masked: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last use, to the minute.
             */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            /**
             * @description The full key. Shown only in this response: store it now. SDKs redact it in a model's string form (the JSON keeps it).
             * @example cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a
             */
            secret: string;
        };
        /**
         * @example {
         *       "name": "ci"
         *     }
         */
        ApiKeyCreateParams: {
            /** @example ci */
            name: string;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "key_01jd5ee8ym0000000000000001",
         *           "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *           "name": "ci",
         *           "masked": "cog_…9f3a",
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "last_used_at": null,
         *           "revoked_at": null
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "id": "key_01jd5ee8ym0000000000000001",
         *       "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *       "name": "ci",
         *       "masked": "cog_…9f3a",
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "last_used_at": null,
         *       "revoked_at": null
         *     }
         */
        ApiKey: {
            /** @example key_01jd5ee8ym0000000000000001 */
            id: string;
            tenant_id: string;
            name: string;
            /**
             * @description The key with all but its last four characters hidden.
             * @example cog_…9f3a
             */
            masked: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last use, to the minute.
             */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        /**
         * @example {
         *       "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *       "plan": "professional",
         *       "seats": 10,
         *       "status": "active",
         *       "cancel_at_period_end": false,
         *       "current_period_start": "2026-11-23T09:00:00.000Z",
         *       "current_period_end": "2026-12-23T09:00:00.000Z",
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "updated_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        Subscription: {
            tenant_id: string;
            plan: components["schemas"]["Plan"];
            seats: number;
            status: components["schemas"]["SubscriptionStatus"];
            cancel_at_period_end: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            current_period_start: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            current_period_end: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /** @enum {string} */
        Plan: "starter" | "professional" | "enterprise";
        /**
         * @description `canceled` once a subscription set to cancel reaches its period end.
         * @enum {string}
         */
        SubscriptionStatus: ("active" | "canceled") | (string & {});
        /**
         * @example {
         *       "plan": "professional",
         *       "seats": 10
         *     }
         */
        SubscriptionUpdateParams: {
            plan?: components["schemas"]["Plan"];
            seats?: number;
            /** @description Set false to undo a cancellation before the period ends. */
            cancel_at_period_end?: boolean;
        };
        /**
         * @example {
         *       "id": "plg_01jd5ee8ym0000000000000001",
         *       "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *       "name": "slack-notifier",
         *       "version": "1.2.0",
         *       "permissions": [
         *         "memory:read"
         *       ],
         *       "enabled": true,
         *       "config": {
         *         "channel": "#ops"
         *       },
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "updated_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        Plugin: {
            /** @example plg_01jd5ee8ym0000000000000001 */
            id: string;
            tenant_id: string;
            name: string;
            version: string;
            permissions: components["schemas"]["PluginPermission"][];
            enabled: boolean;
            config: components["schemas"]["PluginConfig"];
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /** @enum {string} */
        PluginPermission: "memory:read" | "memory:write" | "workflows:execute" | "usage:read";
        /**
         * @description Plugin-specific settings.
         * @example {
         *       "channel": "#ops"
         *     }
         */
        PluginConfig: {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "name": "slack-notifier",
         *       "version": "1.2.0",
         *       "permissions": [
         *         "memory:read"
         *       ],
         *       "config": {
         *         "channel": "#ops"
         *       }
         *     }
         */
        PluginInstallParams: {
            /**
             * @description Unique within the tenant.
             * @example slack-notifier
             */
            name: string;
            /**
             * @description Semantic version.
             * @example 1.2.0
             */
            version: string;
            /** @default [] */
            permissions?: components["schemas"]["PluginPermission"][];
            /** @default true */
            enabled?: boolean;
            config?: components["schemas"]["PluginConfig"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "plg_01jd5ee8ym0000000000000001",
         *           "tenant_id": "ten_01jd5ee8ym0000000000000001",
         *           "name": "slack-notifier",
         *           "version": "1.2.0",
         *           "permissions": [
         *             "memory:read"
         *           ],
         *           "enabled": true,
         *           "config": {
         *             "channel": "#ops"
         *           },
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "updated_at": "2026-11-23T09:00:00.000Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        PluginList: {
            data: components["schemas"]["Plugin"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "enabled": false
         *     }
         */
        PluginUpdateParams: {
            /**
             * @description Semantic version.
             * @example 1.2.0
             */
            version?: string;
            permissions?: components["schemas"]["PluginPermission"][];
            enabled?: boolean;
            config?: components["schemas"]["PluginConfig"];
        };
        /**
         * @example {
         *       "id": "wf_01jd5ee8ym0000000000000001",
         *       "name": "remember-meeting",
         *       "description": "Stores a note about a meeting and records its cost.",
         *       "steps": [
         *         {
         *           "type": "delay",
         *           "duration_ms": 10
         *         },
         *         {
         *           "type": "memory_write",
         *           "scope": "shared",
         *           "content": "Met {{input.customer}} today."
         *         },
         *         {
         *           "type": "usage_record",
         *           "metric": "tokens",
         *           "quantity": 1200
         *         }
         *       ],
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "updated_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        Workflow: {
            /** @example wf_01jd5ee8ym0000000000000001 */
            id: string;
            name: string;
            description: string;
            steps: components["schemas"]["WorkflowStep"][];
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        WorkflowStep: components["schemas"]["DelayStep"] | components["schemas"]["MemoryWriteStep"] | components["schemas"]["UsageRecordStep"];
        /**
         * @example {
         *       "type": "delay",
         *       "duration_ms": 250
         *     }
         */
        DelayStep: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "delay";
            /**
             * @description How long to wait.
             * @example 250
             */
            duration_ms: number;
        };
        /**
         * @example {
         *       "type": "memory_write",
         *       "scope": "shared",
         *       "content": "Met {{input.customer}} today."
         *     }
         */
        MemoryWriteStep: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "memory_write";
            scope: components["schemas"]["MemoryScope"];
            /**
             * @description Memory text; `{{input.<field>}}` is replaced by that field of the execution input.
             * @example Met {{input.customer}} today.
             */
            content: string;
        };
        /** @enum {string} */
        MemoryScope: "private" | "shared" | "global";
        /**
         * @example {
         *       "type": "usage_record",
         *       "metric": "tokens",
         *       "quantity": 1200
         *     }
         */
        UsageRecordStep: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "usage_record";
            /**
             * @description Metric name; `api_calls` is metered by the server itself.
             * @example tokens
             */
            metric: string;
            /** @example 1 */
            quantity: number;
        };
        /**
         * @example {
         *       "name": "remember-meeting",
         *       "steps": [
         *         {
         *           "type": "delay",
         *           "duration_ms": 10
         *         },
         *         {
         *           "type": "memory_write",
         *           "scope": "shared",
         *           "content": "Met {{input.customer}} today."
         *         },
         *         {
         *           "type": "usage_record",
         *           "metric": "tokens",
         *           "quantity": 1200
         *         }
         *       ]
         *     }
         */
        WorkflowCreateParams: {
            name: string;
            /** @default  */
            description?: string;
            steps: components["schemas"]["WorkflowStep"][];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "wf_01jd5ee8ym0000000000000001",
         *           "name": "remember-meeting",
         *           "description": "Stores a note about a meeting and records its cost.",
         *           "steps": [
         *             {
         *               "type": "delay",
         *               "duration_ms": 10
         *             },
         *             {
         *               "type": "memory_write",
         *               "scope": "shared",
         *               "content": "Met {{input.customer}} today."
         *             },
         *             {
         *               "type": "usage_record",
         *               "metric": "tokens",
         *               "quantity": 1200
         *             }
         *           ],
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "updated_at": "2026-11-23T09:00:00.000Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        WorkflowList: {
            data: components["schemas"]["Workflow"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "description": "Now also waits a little."
         *     }
         */
        WorkflowUpdateParams: {
            name?: string;
            description?: string;
            steps?: components["schemas"]["WorkflowStep"][];
        };
        /**
         * @example {
         *       "id": "exec_01jd5ee8ym0000000000000001",
         *       "workflow_id": "wf_01jd5ee8ym0000000000000001",
         *       "status": "succeeded",
         *       "input": {
         *         "customer": "Acme"
         *       },
         *       "output": {
         *         "memory_ids": [
         *           "mem_01jd5ee8ym0000000000000001"
         *         ],
         *         "usage_record_ids": []
         *       },
         *       "error": null,
         *       "steps": [
         *         {
         *           "index": 0,
         *           "type": "memory_write",
         *           "status": "succeeded",
         *           "output": {
         *             "memory_id": "mem_01jd5ee8ym0000000000000001"
         *           },
         *           "started_at": "2026-11-23T09:00:00.010Z",
         *           "finished_at": "2026-11-23T09:00:00.012Z"
         *         }
         *       ],
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "started_at": "2026-11-23T09:00:00.010Z",
         *       "finished_at": "2026-11-23T09:00:00.012Z"
         *     }
         */
        Execution: {
            /** @example exec_01jd5ee8ym0000000000000001 */
            id: string;
            workflow_id: string;
            status: components["schemas"]["ExecutionStatus"];
            input: {
                [key: string]: unknown;
            };
            /** @description Set when the execution succeeded. */
            output: {
                [key: string]: unknown;
            } | null;
            /** @description Why it failed or was canceled. */
            error: string | null;
            steps: components["schemas"]["ExecutionStepResult"][];
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        /** @enum {string} */
        ExecutionStatus: ("queued" | "running" | "succeeded" | "failed" | "canceled") | (string & {});
        ExecutionStepResult: {
            index: number;
            /** @description The step's `type` (kept as a plain string so newer step types read fine). */
            type: string;
            status: components["schemas"]["StepStatus"];
            /** @description What the step produced, e.g. `{ "memory_id": "mem_..." }`. */
            output: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        /** @enum {string} */
        StepStatus: ("pending" | "running" | "succeeded" | "failed" | "canceled") | (string & {});
        /**
         * @example {
         *       "input": {
         *         "customer": "Acme"
         *       }
         *     }
         */
        ExecutionCreateParams: {
            /**
             * @description Values for `{{input.<field>}}` placeholders.
             * @default {}
             */
            input?: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "exec_01jd5ee8ym0000000000000001",
         *           "workflow_id": "wf_01jd5ee8ym0000000000000001",
         *           "status": "succeeded",
         *           "input": {
         *             "customer": "Acme"
         *           },
         *           "output": {
         *             "memory_ids": [
         *               "mem_01jd5ee8ym0000000000000001"
         *             ],
         *             "usage_record_ids": []
         *           },
         *           "error": null,
         *           "steps": [
         *             {
         *               "index": 0,
         *               "type": "memory_write",
         *               "status": "succeeded",
         *               "output": {
         *                 "memory_id": "mem_01jd5ee8ym0000000000000001"
         *               },
         *               "started_at": "2026-11-23T09:00:00.010Z",
         *               "finished_at": "2026-11-23T09:00:00.012Z"
         *             }
         *           ],
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "started_at": "2026-11-23T09:00:00.010Z",
         *           "finished_at": "2026-11-23T09:00:00.012Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        ExecutionList: {
            data: components["schemas"]["Execution"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "id": "mem_01jd5ee8ym0000000000000001",
         *       "scope": "private",
         *       "agent_id": "agent-7",
         *       "content": "The customer prefers weekly summaries on Mondays.",
         *       "tags": [
         *         "preferences"
         *       ],
         *       "metadata": {
         *         "source": "chat"
         *       },
         *       "tier": "hot",
         *       "access_count": 3,
         *       "created_at": "2026-11-23T09:00:00.000Z",
         *       "last_accessed_at": "2026-11-23T09:30:00.000Z"
         *     }
         */
        Memory: {
            /** @example mem_01jd5ee8ym0000000000000001 */
            id: string;
            scope: components["schemas"]["MemoryScope"];
            agent_id: string | null;
            content: string;
            tags: string[];
            metadata: components["schemas"]["Metadata"];
            tier: components["schemas"]["MemoryTier"];
            access_count: number;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            last_accessed_at: string;
        };
        /**
         * @description Derived from age and last access: hot (used within a day), warm (within a week), cold.
         * @enum {string}
         */
        MemoryTier: ("hot" | "warm" | "cold") | (string & {});
        /**
         * @example {
         *       "scope": "private",
         *       "agent_id": "agent-7",
         *       "content": "The customer prefers weekly summaries on Mondays.",
         *       "tags": [
         *         "preferences"
         *       ]
         *     }
         */
        MemoryCreateParams: {
            scope: components["schemas"]["MemoryScope"];
            /** @example agent-7 */
            agent_id?: string;
            content: string;
            /** @default [] */
            tags?: string[];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "mem_01jd5ee8ym0000000000000001",
         *           "scope": "private",
         *           "agent_id": "agent-7",
         *           "content": "The customer prefers weekly summaries on Mondays.",
         *           "tags": [
         *             "preferences"
         *           ],
         *           "metadata": {
         *             "source": "chat"
         *           },
         *           "tier": "hot",
         *           "access_count": 3,
         *           "created_at": "2026-11-23T09:00:00.000Z",
         *           "last_accessed_at": "2026-11-23T09:30:00.000Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        MemoryList: {
            data: components["schemas"]["Memory"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "memory": {
         *             "id": "mem_01jd5ee8ym0000000000000001",
         *             "scope": "private",
         *             "agent_id": "agent-7",
         *             "content": "The customer prefers weekly summaries on Mondays.",
         *             "tags": [
         *               "preferences"
         *             ],
         *             "metadata": {
         *               "source": "chat"
         *             },
         *             "tier": "hot",
         *             "access_count": 3,
         *             "created_at": "2026-11-23T09:00:00.000Z",
         *             "last_accessed_at": "2026-11-23T09:30:00.000Z"
         *           },
         *           "score": 2.31
         *         }
         *       ]
         *     }
         */
        MemorySearchResult: {
            data: components["schemas"]["MemorySearchHit"][];
        };
        MemorySearchHit: {
            memory: components["schemas"]["Memory"];
            /**
             * @description BM25 relevance; higher is better.
             * @example 2.31
             */
            score: number;
        };
        /**
         * @example {
         *       "query": "weekly summary",
         *       "top_k": 5
         *     }
         */
        MemorySearchParams: {
            /** @example weekly summary */
            query: string;
            scope?: components["schemas"]["MemoryScope"];
            /** @example agent-7 */
            agent_id?: string;
            /** @default 10 */
            top_k?: number;
        };
        /**
         * @example {
         *       "id": "use_01jd5ee8ym0000000000000001",
         *       "metric": "tokens",
         *       "quantity": 1200,
         *       "timestamp": "2026-11-23T09:00:00.000Z",
         *       "created_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        UsageRecord: {
            /** @example use_01jd5ee8ym0000000000000001 */
            id: string;
            metric: string;
            quantity: number;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            timestamp: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
        };
        /**
         * @example {
         *       "metric": "tokens",
         *       "quantity": 1200
         *     }
         */
        UsageRecordParams: {
            /**
             * @description Metric name; `api_calls` is metered by the server itself.
             * @example tokens
             */
            metric: string;
            quantity: number;
            /**
             * Format: date-time
             * @description When it happened; defaults to now.
             */
            timestamp?: string;
        };
        /**
         * @example {
         *       "start": "2026-11-16T09:00:00.000Z",
         *       "end": "2026-11-23T09:00:00.000Z",
         *       "granularity": "day",
         *       "data": [
         *         {
         *           "metric": "api_calls",
         *           "period_start": "2026-11-23T00:00:00.000Z",
         *           "quantity": 42
         *         }
         *       ],
         *       "totals": [
         *         {
         *           "metric": "api_calls",
         *           "quantity": 42
         *         }
         *       ]
         *     }
         */
        UsageSummary: {
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            end: string;
            granularity: components["schemas"]["Granularity"];
            /** @description Non-empty buckets, by period then metric. */
            data: components["schemas"]["UsageBucket"][];
            /** @description Sum per metric over the range. */
            totals: components["schemas"]["UsageTotal"][];
        };
        /** @enum {string} */
        Granularity: "hour" | "day";
        UsageBucket: {
            metric: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            period_start: string;
            quantity: number;
        };
        UsageTotal: {
            metric: string;
            quantity: number;
        };
    };
    responses: {
        /** @description The request is malformed or a field is invalid; `errors` names each offending field. A body nested deeper than 32 levels, invalid UTF-8 and lone surrogates are refused. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The API key is missing, malformed, unknown or revoked. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The key may not call this operation. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No such object (or it belongs to another tenant). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The request conflicts with the current state (`X-Should-Retry: false`), or a request with the same Idempotency-Key is still in flight (`X-Should-Retry: true`). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body is larger than 262144 bytes. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body is not `application/json`, or its Content-Encoding is not one the server decodes (`gzip`, `deflate`, `br`, `identity`). */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The Idempotency-Key was already used with a different request. */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Rate limit exceeded (per key), the tenant's share of the server's time used up, or too many failed authentications from this address; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                traceresponse: components["headers"]["TraceResponse"];
                "X-Should-Retry": components["headers"]["ShouldRetry"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
        TraceParent: string;
        /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
        TraceState: string;
    };
    requestBodies: never;
    headers: {
        /** @description Unique id of this request; quote it when asking for support. */
        RequestId: string;
        /** @description Version of the API contract the server implements. */
        SpecVersion: string;
        /** @description Rate limit policy of this key (IETF draft-ietf-httpapi-ratelimit-headers), e.g. `"default";q=600;w=60`. */
        RateLimitPolicy: string;
        /** @description Remaining quota and seconds until reset, e.g. `"default";r=599;t=60`. */
        RateLimit: string;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description URL of the created object. */
        Location: string;
        /** @description `true` when this answer replays an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: string;
        /** @description Methods the path supports. */
        Allow: string;
        /** @description Whether sending the same request again may succeed; clients honour it before their own retry table. `true` on 429, 503, 500, 408 and on a 409 for an Idempotency-Key still in flight; `false` on every permanent error: 400, 401, 403, 404, 405, 413, 415, 422 and a 409 state conflict (e.g. cancelling a finished execution). */
        ShouldRetry: "true" | "false";
        /** @description W3C Trace Context (Level 2 draft) `traceresponse`: `00-<trace id>-<server span id>-01`. The trace id is the request's `traceparent` trace id when one was sent and valid, otherwise a new one; the server span id names this request in the server's access log. */
        TraceResponse: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up and its store answers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The store does not answer: `status` is `degraded`, `store` is `error`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "X-Should-Retry": components["headers"]["ShouldRetry"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    tenantsList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantCreateParams"];
            };
        };
        responses: {
            /** @description The created tenant. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantUpdateParams"];
            };
        };
        responses: {
            /** @description The updated tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsApiKeysList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsApiKeysCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreateParams"];
            };
        };
        responses: {
            /** @description The created key, with its secret. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsApiKeysRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsApiKeysRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsSubscriptionRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsSubscriptionUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUpdateParams"];
            };
        };
        responses: {
            /** @description The updated subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsSubscriptionCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, set to cancel. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsPluginsList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plugins. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsPluginsInstall: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PluginInstallParams"];
            };
        };
        responses: {
            /** @description The installed plugin. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plugin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsPluginsRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
                plugin_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plugin. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plugin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsPluginsUninstall: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
                plugin_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uninstalled. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    tenantsPluginsUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                tenant_id: string;
                plugin_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PluginUpdateParams"];
            };
        };
        responses: {
            /** @description The updated plugin. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plugin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowCreateParams"];
            };
        };
        responses: {
            /** @description The created workflow. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowUpdateParams"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsExecutionsList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of executions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsExecutionsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecutionCreateParams"];
            };
        };
        responses: {
            /** @description The queued execution. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Execution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsExecutionsRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
                execution_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Execution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    workflowsExecutionsCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                workflow_id: string;
                execution_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled execution. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Execution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    memoriesList: {
        parameters: {
            query?: {
                /** @description Page size, 1..100 (default 20). */
                limit?: number;
                /** @description The `next_cursor` of the previous page. */
                cursor?: string;
                scope?: components["schemas"]["MemoryScope"];
                agent_id?: string;
                tag?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of memories. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    memoriesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryCreateParams"];
            };
        };
        responses: {
            /** @description The created memory. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Memory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    memoriesRetrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The memory. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Memory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    memoriesDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    memoriesSearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemorySearchParams"];
            };
        };
        responses: {
            /** @description The best matches, best first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemorySearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    usageRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageRecordParams"];
            };
        };
        responses: {
            /** @description The recorded usage. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    usageSummary: {
        parameters: {
            query?: {
                /** @description Inclusive; defaults to 7 days before `end`. */
                start?: string;
                /** @description Exclusive; defaults to now. */
                end?: string;
                granularity?: components["schemas"]["Granularity"];
                /** @description Metric name; `api_calls` is metered by the server itself. */
                metric?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "CognitionOS-Spec-Version": components["headers"]["SpecVersion"];
                    traceresponse: components["headers"]["TraceResponse"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
