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
        /**
         * Retrieve a tenant's subscription
         * @description Every tenant has one, from its creation on: a starter plan until changed.
         */
        get: operations["tenantsSubscriptionRetrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change plan or seats
         * @description Takes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.
         */
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
        /**
         * List plugins
         * @description The tenant's plugins, oldest first.
         */
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
        /**
         * Retrieve a plugin
         * @description One plugin of the tenant, by id.
         */
        get: operations["tenantsPluginsRetrieve"];
        put?: never;
        post?: never;
        /**
         * Uninstall a plugin
         * @description Removes the plugin from the tenant; its name may then be installed again.
         */
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
        /**
         * List workflows
         * @description The tenant's workflows, oldest first.
         */
        get: operations["workflowsList"];
        put?: never;
        /**
         * Create a workflow
         * @description Stores a workflow in the caller's tenant; run it with an execution.
         */
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
        /**
         * Retrieve a workflow
         * @description One workflow of the tenant, by id.
         */
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
        /**
         * List a workflow's executions
         * @description Oldest first, whatever their status.
         */
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
        /**
         * Retrieve an execution
         * @description Its status and each step's; poll it until `status` is final.
         */
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
        /**
         * Create a memory
         * @description Stores a memory in the caller's tenant; search finds it at once.
         */
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
        /**
         * Delete a memory
         * @description Removes the memory and its search entries.
         */
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
            /**
             * @description A short summary of the problem type, the same for every problem of its type.
             * @example Invalid request
             */
            title: string;
            /**
             * @description The HTTP status code of the answer.
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong with this request, for a person to read.
             * @example body.name: Required
             */
            detail: string;
            /**
             * @description The request's id, as in the `X-Request-Id` header; quote it when asking for support.
             * @example req_01jd5ee8ym7w3r1s2t3u4v5w6x
             */
            request_id: string;
            /** @description Each offending field, for bad input. */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description One invalid field of a request. */
        FieldError: {
            /**
             * @description Where the problem is: `body.name`, `query.limit`, `path.tenant_id`, `header.authorization`.
             * @example body.name
             */
            path: string;
            /**
             * @description What is wrong with it.
             * @example Required
             */
            message: string;
        };
        /**
         * @description Whether the server and its store answer.
         * @example {
         *       "status": "ok",
         *       "version": "3.1.0",
         *       "uptime_seconds": 42.5,
         *       "store": "ok"
         *     }
         */
        Health: {
            /**
             * @description The server as a whole: `ok`, or `degraded` when its store does not answer.
             * @enum {string}
             */
            status: ("ok" | "degraded") | (string & {});
            /**
             * @description Spec version the server implements.
             * @example 3.1.0
             */
            version: string;
            /**
             * @description Seconds since the server started.
             * @example 42.5
             */
            uptime_seconds: number;
            /**
             * @description Whether the store answered a query of its tables: `ok` or `error`.
             * @enum {string}
             */
            store: ("ok" | "error") | (string & {});
        };
        /**
         * @description A customer of the platform: it owns API keys, a subscription, plugins, workflows, memories and usage.
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
            /**
             * @description Unique id of the tenant; opaque, quote it as it is.
             * @example ten_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Display name, in Unicode NFC. */
            name: string;
            /** @description URL-safe name, unique among tenants. */
            slug: string;
            status: components["schemas"]["TenantStatus"];
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object last changed (RFC 3339, UTC); its creation time until then.
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @description A tenant's state: `active`, its keys work; `suspended`, its keys answer 403 until it is active again (its data is kept).
         * @enum {string}
         */
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
         * @description What a new tenant is made of; it starts `active` with a starter subscription.
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
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["Tenant"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The fields to change; a field left out keeps its value.
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
         * @description A key just created, with its secret: the only answer that shows it.
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
            /**
             * @description Unique id of the API key; opaque, quote it as it is.
             * @example key_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Id of the tenant the key belongs to. */
            tenant_id: string;
            /** @description What the key is for, as given when it was created. */
            name: string;
            /**
             * @description The key with all but its last four characters hidden.
             * @example cog_…9f3a
             */
            masked: string;
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last use, to the minute.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it works.
             */
            revoked_at: string | null;
            /**
             * @description The full key. Shown only in this response: store it now. SDKs redact it in a model's string form (the JSON keeps it).
             * @example cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a
             */
            secret: string;
        };
        /**
         * @description What a new key is made of.
         * @example {
         *       "name": "ci"
         *     }
         */
        ApiKeyCreateParams: {
            /**
             * @description What the key is for, 1 to 100 characters.
             * @example ci
             */
            name: string;
        };
        /**
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["ApiKey"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A tenant's API key, masked: its secret is shown only when it is created.
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
            /**
             * @description Unique id of the API key; opaque, quote it as it is.
             * @example key_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Id of the tenant the key belongs to. */
            tenant_id: string;
            /** @description What the key is for, as given when it was created. */
            name: string;
            /**
             * @description The key with all but its last four characters hidden.
             * @example cog_…9f3a
             */
            masked: string;
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last use, to the minute.
             */
            last_used_at: string | null;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it works.
             */
            revoked_at: string | null;
        };
        /**
         * @description A tenant's plan and seats; every tenant has exactly one.
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
            /** @description Id of the tenant it belongs to. */
            tenant_id: string;
            plan: components["schemas"]["Plan"];
            /** @description How many seats the tenant pays for. */
            seats: number;
            status: components["schemas"]["SubscriptionStatus"];
            /** @description Whether the subscription ends at `current_period_end` instead of renewing. */
            cancel_at_period_end: boolean;
            /**
             * Format: date-time
             * @description Start of the billing period under way.
             * @example 2026-11-23T09:00:00.000Z
             */
            current_period_start: string;
            /**
             * Format: date-time
             * @description End of the billing period under way: the subscription renews or, set to cancel, ends then.
             * @example 2026-11-23T09:00:00.000Z
             */
            current_period_end: string;
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object last changed (RFC 3339, UTC); its creation time until then.
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @description The plan a tenant pays for: `starter` (every new tenant), `professional` or `enterprise`.
         * @enum {string}
         */
        Plan: "starter" | "professional" | "enterprise";
        /**
         * @description Whether the subscription runs: `active`, or `canceled` once a subscription set to cancel reaches its period end.
         * @enum {string}
         */
        SubscriptionStatus: ("active" | "canceled") | (string & {});
        /**
         * @description The fields to change; a field left out keeps its value.
         * @example {
         *       "plan": "professional",
         *       "seats": 10
         *     }
         */
        SubscriptionUpdateParams: {
            plan?: components["schemas"]["Plan"];
            /** @description How many seats, 1 to 10000. */
            seats?: number;
            /** @description Set false to undo a cancellation before the period ends. */
            cancel_at_period_end?: boolean;
        };
        /**
         * @description A plugin installed in a tenant.
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
            /**
             * @description Unique id of the plugin; opaque, quote it as it is.
             * @example plg_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Id of the tenant it is installed in. */
            tenant_id: string;
            /** @description Name, unique within the tenant. */
            name: string;
            /** @description Installed version (semantic versioning). */
            version: string;
            /** @description What the plugin may do. */
            permissions: components["schemas"]["PluginPermission"][];
            /** @description Whether the plugin is switched on. */
            enabled: boolean;
            config: components["schemas"]["PluginConfig"];
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object last changed (RFC 3339, UTC); its creation time until then.
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @description What a plugin is granted in its tenant: `memory:read` and `memory:write` the tenant's memories, `workflows:execute` start its workflows, `usage:read` read its usage.
         * @enum {string}
         */
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
         * @description What a plugin is installed with.
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
            /**
             * @description What the plugin may do, up to 4 permissions.
             * @default []
             */
            permissions?: components["schemas"]["PluginPermission"][];
            /**
             * @description Whether the plugin starts switched on (default true).
             * @default true
             */
            enabled?: boolean;
            config?: components["schemas"]["PluginConfig"];
        };
        /**
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["Plugin"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The fields to change; a field left out keeps its value.
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
            /** @description What the plugin may do, up to 4 permissions. */
            permissions?: components["schemas"]["PluginPermission"][];
            /** @description Switch the plugin on or off. */
            enabled?: boolean;
            config?: components["schemas"]["PluginConfig"];
        };
        /**
         * @description A list of steps an agent can run; each run is an execution.
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
            /**
             * @description Unique id of the workflow; opaque, quote it as it is.
             * @example wf_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Name, 1 to 200 characters. */
            name: string;
            /** @description What the workflow does, for people; up to 2000 characters. */
            description: string;
            /** @description The steps an execution runs, in order. */
            steps: components["schemas"]["WorkflowStep"][];
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the object last changed (RFC 3339, UTC); its creation time until then.
             * @example 2026-11-23T09:00:00.000Z
             */
            updated_at: string;
        };
        /** @description One step of a workflow, told apart by `type`: `delay`, `memory_write` or `usage_record`. */
        WorkflowStep: components["schemas"]["DelayStep"] | components["schemas"]["MemoryWriteStep"] | components["schemas"]["UsageRecordStep"];
        /**
         * @description Waits, then goes on to the next step.
         * @example {
         *       "type": "delay",
         *       "duration_ms": 250
         *     }
         */
        DelayStep: {
            /**
             * @description Always `delay`. (enum property replaced by openapi-typescript)
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
         * @description Writes a memory in the tenant; the step's output names it (`memory_id`).
         * @example {
         *       "type": "memory_write",
         *       "scope": "shared",
         *       "content": "Met {{input.customer}} today."
         *     }
         */
        MemoryWriteStep: {
            /**
             * @description Always `memory_write`. (enum property replaced by openapi-typescript)
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
        /**
         * @description Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant.
         * @enum {string}
         */
        MemoryScope: "private" | "shared" | "global";
        /**
         * @description Records usage for the tenant; the step's output names the record (`usage_record_id`).
         * @example {
         *       "type": "usage_record",
         *       "metric": "tokens",
         *       "quantity": 1200
         *     }
         */
        UsageRecordStep: {
            /**
             * @description Always `usage_record`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "usage_record";
            /**
             * @description Metric name; `api_calls` is metered by the server itself.
             * @example tokens
             */
            metric: string;
            /**
             * @description How much was used, 0 to 10^12 (fractions allowed).
             * @example 1
             */
            quantity: number;
        };
        /**
         * @description What a new workflow is made of.
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
            /** @description Name, 1 to 200 characters. */
            name: string;
            /**
             * @description What the workflow does, for people; up to 2000 characters.
             * @default
             */
            description?: string;
            /** @description The steps an execution runs, in order: 1 to 50. */
            steps: components["schemas"]["WorkflowStep"][];
        };
        /**
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["Workflow"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The fields to change; a field left out keeps its value. New steps apply to executions started after.
         * @example {
         *       "description": "Now also waits a little."
         *     }
         */
        WorkflowUpdateParams: {
            /** @description Name, 1 to 200 characters. */
            name?: string;
            /** @description What the workflow does, for people; up to 2000 characters. */
            description?: string;
            /** @description The steps an execution runs, in order: 1 to 50. */
            steps?: components["schemas"]["WorkflowStep"][];
        };
        /**
         * @description One run of a workflow, executed asynchronously by the server.
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
            /**
             * @description Unique id of the execution; opaque, quote it as it is.
             * @example exec_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Id of the workflow it runs. */
            workflow_id: string;
            status: components["schemas"]["ExecutionStatus"];
            /** @description The values it was started with, for `{{input.<field>}}` placeholders. */
            input: {
                [key: string]: unknown;
            };
            /** @description Set when the execution succeeded: the ids it wrote, `memory_ids` and `usage_record_ids`. */
            output: {
                [key: string]: unknown;
            } | null;
            /** @description Why it failed or was canceled. */
            error: string | null;
            /** @description How each step of the workflow went, in order. */
            steps: components["schemas"]["ExecutionStepResult"][];
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it started running; null until then.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When it reached a final status; null until then.
             */
            finished_at: string | null;
        };
        /**
         * @description Where an execution is: `queued` (accepted, not started), `running` (a step is under way), and the final ones: `succeeded` (every step did), `failed` (a step failed or the server stopped mid-step; `error` says why), `canceled` (by request).
         * @enum {string}
         */
        ExecutionStatus: ("queued" | "running" | "succeeded" | "failed" | "canceled") | (string & {});
        /** @description How one step of an execution went. */
        ExecutionStepResult: {
            /** @description The step's position in the workflow, from 0. */
            index: number;
            /** @description The step's `type` (kept as a plain string so newer step types read fine). */
            type: string;
            status: components["schemas"]["StepStatus"];
            /** @description What the step produced, e.g. `{ "memory_id": "mem_..." }`. */
            output: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it started running; null until then.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When it reached a final status; null until then.
             */
            finished_at: string | null;
        };
        /**
         * @description Where a step is: `pending` (not reached yet), `running`, `succeeded`, `failed`, or `canceled` (its execution was canceled before it finished).
         * @enum {string}
         */
        StepStatus: ("pending" | "running" | "succeeded" | "failed" | "canceled") | (string & {});
        /**
         * @description What an execution starts with; every field may be left out.
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
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["Execution"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Something an agent remembers, searchable by its content.
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
            /**
             * @description Unique id of the memory; opaque, quote it as it is.
             * @example mem_01jd5ee8ym0000000000000001
             */
            id: string;
            scope: components["schemas"]["MemoryScope"];
            /** @description The agent the memory is about or for; null when none was given. */
            agent_id: string | null;
            /** @description The text remembered; what search matches. */
            content: string;
            /** @description Labels to filter on. */
            tags: string[];
            metadata: components["schemas"]["Metadata"];
            tier: components["schemas"]["MemoryTier"];
            /** @description How many times it was retrieved or found by a search. */
            access_count: number;
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it was last retrieved or found by a search; its creation time until then.
             * @example 2026-11-23T09:00:00.000Z
             */
            last_accessed_at: string;
        };
        /**
         * @description Derived from age and last access: `hot` (used within a day), `warm` (within a week), `cold`.
         * @enum {string}
         */
        MemoryTier: ("hot" | "warm" | "cold") | (string & {});
        /**
         * @description What a new memory is made of.
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
            /**
             * @description The agent the memory is about or for: letters, digits and `_.:-`, up to 128 characters.
             * @example agent-7
             */
            agent_id?: string;
            /** @description The text to remember, 1 to 20000 characters. */
            content: string;
            /**
             * @description Labels to filter on.
             * @default []
             */
            tags?: string[];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description One page of a cursor-paginated list.
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
            /** @description The items of this page, in the list's order. */
            data: components["schemas"]["Memory"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The best matches of a search.
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
            /** @description The matches, best first. */
            data: components["schemas"]["MemorySearchHit"][];
        };
        /** @description A memory that matches, and how well. */
        MemorySearchHit: {
            memory: components["schemas"]["Memory"];
            /**
             * @description BM25 relevance; higher is better.
             * @example 2.31
             */
            score: number;
        };
        /**
         * @description What to search for, and where; `scope` and `agent_id` narrow the search to those memories.
         * @example {
         *       "query": "weekly summary",
         *       "top_k": 5
         *     }
         */
        MemorySearchParams: {
            /**
             * @description The words to look for, 1 to 1000 characters.
             * @example weekly summary
             */
            query: string;
            scope?: components["schemas"]["MemoryScope"];
            /**
             * @description The agent the memory is about or for: letters, digits and `_.:-`, up to 128 characters.
             * @example agent-7
             */
            agent_id?: string;
            /**
             * @description How many matches at most, 1 to 50 (default 10).
             * @default 10
             */
            top_k?: number;
        };
        /**
         * @description One recorded amount of a metric.
         * @example {
         *       "id": "use_01jd5ee8ym0000000000000001",
         *       "metric": "tokens",
         *       "quantity": 1200,
         *       "timestamp": "2026-11-23T09:00:00.000Z",
         *       "created_at": "2026-11-23T09:00:00.000Z"
         *     }
         */
        UsageRecord: {
            /**
             * @description Unique id of the usage record; opaque, quote it as it is.
             * @example use_01jd5ee8ym0000000000000001
             */
            id: string;
            /** @description Metric name. */
            metric: string;
            /** @description How much was used. */
            quantity: number;
            /**
             * Format: date-time
             * @description When the usage happened.
             * @example 2026-11-23T09:00:00.000Z
             */
            timestamp: string;
            /**
             * Format: date-time
             * @description When the object was created (RFC 3339, UTC).
             * @example 2026-11-23T09:00:00.000Z
             */
            created_at: string;
        };
        /**
         * @description An amount of a metric to record.
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
            /** @description How much was used, 0 to 10^12 (fractions allowed). */
            quantity: number;
            /**
             * Format: date-time
             * @description When it happened; defaults to now.
             */
            timestamp?: string;
        };
        /**
         * @description A tenant's usage over [start, end), per period and in total.
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
             * @description Start of the range, inclusive.
             * @example 2026-11-23T09:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @description End of the range, exclusive.
             * @example 2026-11-23T09:00:00.000Z
             */
            end: string;
            granularity: components["schemas"]["Granularity"];
            /** @description Non-empty buckets, by period then metric. */
            data: components["schemas"]["UsageBucket"][];
            /** @description Sum per metric over the range. */
            totals: components["schemas"]["UsageTotal"][];
        };
        /**
         * @description The length of a summary bucket: `hour` or `day` (UTC).
         * @enum {string}
         */
        Granularity: "hour" | "day";
        /** @description One metric's usage in one period. */
        UsageBucket: {
            /** @description Metric name. */
            metric: string;
            /**
             * Format: date-time
             * @description Start of the bucket (UTC, on the hour or the day).
             * @example 2026-11-23T09:00:00.000Z
             */
            period_start: string;
            /** @description Sum of the quantities recorded. */
            quantity: number;
        };
        /** @description One metric's usage over the whole range. */
        UsageTotal: {
            /** @description Metric name. */
            metric: string;
            /** @description Sum of the quantities recorded. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
                tenant_id: string;
                /** @description Id of the API key, `key_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
                tenant_id: string;
                /** @description Id of the API key, `key_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
                tenant_id: string;
                /** @description Id of the plugin, `plg_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
                tenant_id: string;
                /** @description Id of the plugin, `plg_...`. */
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
                /** @description Id of the tenant, `ten_...`. */
                tenant_id: string;
                /** @description Id of the plugin, `plg_...`. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
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
                /** @description Id of the workflow, `wf_...`. */
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
                /** @description Id of the workflow, `wf_...`. */
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
                /** @description Id of the workflow, `wf_...`. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description W3C Trace Context `traceparent` of the caller's active span, `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The server continues that trace (its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused. */
                traceparent?: components["parameters"]["TraceParent"];
                /** @description W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted. */
                tracestate?: components["parameters"]["TraceState"];
            };
            path: {
                /** @description Id of the workflow, `wf_...`. */
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
                /** @description Id of the workflow, `wf_...`. */
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
                /** @description Id of the workflow, `wf_...`. */
                workflow_id: string;
                /** @description Id of the execution, `exec_...`. */
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
                /** @description Id of the workflow, `wf_...`. */
                workflow_id: string;
                /** @description Id of the execution, `exec_...`. */
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
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
                cursor?: string;
                /** @description Only memories of this scope: `private`, `shared` or `global`. */
                scope?: components["schemas"]["MemoryScope"];
                /** @description Only memories of this agent. */
                agent_id?: string;
                /** @description Only memories with this tag. */
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
                /** @description Id of the memory, `mem_...`. */
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
                /** @description Id of the memory, `mem_...`. */
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
                /** @description Bucket length, `hour` or `day` (default `day`). */
                granularity?: components["schemas"]["Granularity"];
                /** @description Only this metric; all metrics when omitted. */
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
