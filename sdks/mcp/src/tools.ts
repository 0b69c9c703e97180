// Generated from spec/openapi.json by generators/mcp. Do not edit: change the spec or the generator.
import type { ToolSpec } from './tool-spec.js';

export const TOOLS: readonly ToolSpec[] = [
  {
    "name": "health_check",
    "title": "Check the server",
    "description": "Check the server\n\nLiveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.\n\nHTTP: GET /health.",
    "resource": "health",
    "resourcePrefix": "health",
    "operation": "read",
    "http": "GET /health",
    "annotations": {
      "title": "Check the server",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "call": {
      "client": [
        "health"
      ],
      "method": "check",
      "pathParams": [],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_create",
    "title": "Create a tenant",
    "description": "Create a tenant\n\nCreates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.\n\nHTTP: POST /tenants.",
    "resource": "tenants",
    "resourcePrefix": "tenants",
    "operation": "write",
    "http": "POST /tenants",
    "annotations": {
      "title": "Create a tenant",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Stored in Unicode NFC; bidirectional controls and zero-width characters are refused."
        },
        "slug": {
          "type": "string",
          "description": "URL-safe unique name; derived from `name` when omitted."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Free-form string pairs for the caller."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants"
      ],
      "method": "create",
      "pathParams": [],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "tenants_list",
    "title": "List tenants",
    "description": "List tenants\n\nOldest first.\n\nHTTP: GET /tenants.",
    "resource": "tenants",
    "resourcePrefix": "tenants",
    "operation": "read",
    "http": "GET /tenants",
    "annotations": {
      "title": "List tenants",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        }
      },
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants"
      ],
      "method": "list",
      "pathParams": [],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "tenants_retrieve",
    "title": "Retrieve a tenant",
    "description": "Retrieve a tenant\n\nA tenant key may retrieve its own tenant.\n\nHTTP: GET /tenants/{tenant_id}.",
    "resource": "tenants",
    "resourcePrefix": "tenants",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}",
    "annotations": {
      "title": "Retrieve a tenant",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants"
      ],
      "method": "retrieve",
      "pathParams": [
        "tenant_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_update",
    "title": "Update a tenant",
    "description": "Update a tenant\n\nSuspending a tenant makes its keys answer 403 until it is active again.\n\nHTTP: PATCH /tenants/{tenant_id}.",
    "resource": "tenants",
    "resourcePrefix": "tenants",
    "operation": "write",
    "http": "PATCH /tenants/{tenant_id}",
    "annotations": {
      "title": "Update a tenant",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "name": {
          "type": "string",
          "description": "Stored in Unicode NFC; bidirectional controls and zero-width characters are refused."
        },
        "status": {
          "type": "string",
          "enum": [
            "active",
            "suspended"
          ],
          "description": "A tenant's state: `active`, its keys work; `suspended`, its keys answer 403 until it is active again (its data is kept)."
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Free-form string pairs for the caller."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants"
      ],
      "method": "update",
      "pathParams": [
        "tenant_id"
      ],
      "params": "optional",
      "page": false
    }
  },
  {
    "name": "tenants_delete",
    "title": "Delete a tenant",
    "description": "Delete a tenant\n\nDeletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.\n\nHTTP: DELETE /tenants/{tenant_id}.",
    "resource": "tenants",
    "resourcePrefix": "tenants",
    "operation": "write",
    "http": "DELETE /tenants/{tenant_id}",
    "annotations": {
      "title": "Delete a tenant",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants"
      ],
      "method": "delete",
      "pathParams": [
        "tenant_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_api_keys_create",
    "title": "Create an API key",
    "description": "Create an API key\n\nCreates a tenant key. The secret is returned once, in this response only.\n\nHTTP: POST /tenants/{tenant_id}/api_keys.",
    "resource": "tenants.apiKeys",
    "resourcePrefix": "tenants_api_keys",
    "operation": "write",
    "http": "POST /tenants/{tenant_id}/api_keys",
    "annotations": {
      "title": "Create an API key",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "name": {
          "type": "string",
          "description": "What the key is for, 1 to 100 characters."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "tenant_id",
        "name"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "apiKeys"
      ],
      "method": "create",
      "pathParams": [
        "tenant_id"
      ],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "tenants_api_keys_list",
    "title": "List API keys",
    "description": "List API keys\n\nKeys are masked; revoked keys are listed with `revoked_at`.\n\nHTTP: GET /tenants/{tenant_id}/api_keys.",
    "resource": "tenants.apiKeys",
    "resourcePrefix": "tenants_api_keys",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}/api_keys",
    "annotations": {
      "title": "List API keys",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "apiKeys"
      ],
      "method": "list",
      "pathParams": [
        "tenant_id"
      ],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "tenants_api_keys_retrieve",
    "title": "Retrieve an API key",
    "description": "Retrieve an API key\n\nThe key is masked; its secret is never shown again.\n\nHTTP: GET /tenants/{tenant_id}/api_keys/{key_id}.",
    "resource": "tenants.apiKeys",
    "resourcePrefix": "tenants_api_keys",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}/api_keys/{key_id}",
    "annotations": {
      "title": "Retrieve an API key",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "key_id": {
          "type": "string",
          "description": "Id of the API key, `key_...`."
        }
      },
      "required": [
        "tenant_id",
        "key_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "apiKeys"
      ],
      "method": "retrieve",
      "pathParams": [
        "tenant_id",
        "key_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_api_keys_revoke",
    "title": "Revoke an API key",
    "description": "Revoke an API key\n\nThe key stops working at once. Revoking a revoked key returns it unchanged.\n\nHTTP: DELETE /tenants/{tenant_id}/api_keys/{key_id}.",
    "resource": "tenants.apiKeys",
    "resourcePrefix": "tenants_api_keys",
    "operation": "write",
    "http": "DELETE /tenants/{tenant_id}/api_keys/{key_id}",
    "annotations": {
      "title": "Revoke an API key",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "key_id": {
          "type": "string",
          "description": "Id of the API key, `key_...`."
        }
      },
      "required": [
        "tenant_id",
        "key_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "apiKeys"
      ],
      "method": "revoke",
      "pathParams": [
        "tenant_id",
        "key_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_subscription_retrieve",
    "title": "Retrieve a tenant's subscription",
    "description": "Retrieve a tenant's subscription\n\nEvery tenant has one, from its creation on: a starter plan until changed.\n\nHTTP: GET /tenants/{tenant_id}/subscription.",
    "resource": "tenants.subscription",
    "resourcePrefix": "tenants_subscription",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}/subscription",
    "annotations": {
      "title": "Retrieve a tenant's subscription",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "subscription"
      ],
      "method": "retrieve",
      "pathParams": [
        "tenant_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_subscription_update",
    "title": "Change plan or seats",
    "description": "Change plan or seats\n\nTakes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.\n\nHTTP: PATCH /tenants/{tenant_id}/subscription.",
    "resource": "tenants.subscription",
    "resourcePrefix": "tenants_subscription",
    "operation": "write",
    "http": "PATCH /tenants/{tenant_id}/subscription",
    "annotations": {
      "title": "Change plan or seats",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "plan": {
          "type": "string",
          "enum": [
            "starter",
            "professional",
            "enterprise"
          ],
          "description": "The plan a tenant pays for: `starter` (every new tenant), `professional` or `enterprise`."
        },
        "seats": {
          "type": "integer",
          "description": "How many seats, 1 to 10000."
        },
        "cancel_at_period_end": {
          "type": "boolean",
          "description": "Set false to undo a cancellation before the period ends."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "subscription"
      ],
      "method": "update",
      "pathParams": [
        "tenant_id"
      ],
      "params": "optional",
      "page": false
    }
  },
  {
    "name": "tenants_subscription_cancel",
    "title": "Cancel at period end",
    "description": "Cancel at period end\n\nSets `cancel_at_period_end`; the subscription stays active until `current_period_end`.\n\nHTTP: POST /tenants/{tenant_id}/subscription/cancel.",
    "resource": "tenants.subscription",
    "resourcePrefix": "tenants_subscription",
    "operation": "write",
    "http": "POST /tenants/{tenant_id}/subscription/cancel",
    "annotations": {
      "title": "Cancel at period end",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "subscription"
      ],
      "method": "cancel",
      "pathParams": [
        "tenant_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_plugins_install",
    "title": "Install a plugin",
    "description": "Install a plugin\n\nPlugin names are unique within a tenant; installing one twice is a 409.\n\nHTTP: POST /tenants/{tenant_id}/plugins.",
    "resource": "tenants.plugins",
    "resourcePrefix": "tenants_plugins",
    "operation": "write",
    "http": "POST /tenants/{tenant_id}/plugins",
    "annotations": {
      "title": "Install a plugin",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "name": {
          "type": "string",
          "description": "Unique within the tenant."
        },
        "version": {
          "type": "string",
          "description": "Semantic version."
        },
        "permissions": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "memory:read",
              "memory:write",
              "workflows:execute",
              "usage:read"
            ],
            "description": "What a plugin is granted in its tenant: `memory:read` and `memory:write` the tenant's memories, `workflows:execute` start its workflows, `usage:read` read its usage."
          },
          "description": "What the plugin may do, up to 4 permissions.",
          "default": []
        },
        "enabled": {
          "type": "boolean",
          "description": "Whether the plugin starts switched on (default true).",
          "default": true
        },
        "config": {
          "type": "object",
          "additionalProperties": {},
          "description": "Plugin-specific settings."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "tenant_id",
        "name",
        "version"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "plugins"
      ],
      "method": "install",
      "pathParams": [
        "tenant_id"
      ],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "tenants_plugins_list",
    "title": "List plugins",
    "description": "List plugins\n\nThe tenant's plugins, oldest first.\n\nHTTP: GET /tenants/{tenant_id}/plugins.",
    "resource": "tenants.plugins",
    "resourcePrefix": "tenants_plugins",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}/plugins",
    "annotations": {
      "title": "List plugins",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        }
      },
      "required": [
        "tenant_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "plugins"
      ],
      "method": "list",
      "pathParams": [
        "tenant_id"
      ],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "tenants_plugins_retrieve",
    "title": "Retrieve a plugin",
    "description": "Retrieve a plugin\n\nOne plugin of the tenant, by id.\n\nHTTP: GET /tenants/{tenant_id}/plugins/{plugin_id}.",
    "resource": "tenants.plugins",
    "resourcePrefix": "tenants_plugins",
    "operation": "read",
    "http": "GET /tenants/{tenant_id}/plugins/{plugin_id}",
    "annotations": {
      "title": "Retrieve a plugin",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "plugin_id": {
          "type": "string",
          "description": "Id of the plugin, `plg_...`."
        }
      },
      "required": [
        "tenant_id",
        "plugin_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "plugins"
      ],
      "method": "retrieve",
      "pathParams": [
        "tenant_id",
        "plugin_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "tenants_plugins_update",
    "title": "Update a plugin",
    "description": "Update a plugin\n\nEnable or disable it, change its version, permissions or config.\n\nHTTP: PATCH /tenants/{tenant_id}/plugins/{plugin_id}.",
    "resource": "tenants.plugins",
    "resourcePrefix": "tenants_plugins",
    "operation": "write",
    "http": "PATCH /tenants/{tenant_id}/plugins/{plugin_id}",
    "annotations": {
      "title": "Update a plugin",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "plugin_id": {
          "type": "string",
          "description": "Id of the plugin, `plg_...`."
        },
        "version": {
          "type": "string",
          "description": "Semantic version."
        },
        "permissions": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "memory:read",
              "memory:write",
              "workflows:execute",
              "usage:read"
            ],
            "description": "What a plugin is granted in its tenant: `memory:read` and `memory:write` the tenant's memories, `workflows:execute` start its workflows, `usage:read` read its usage."
          },
          "description": "What the plugin may do, up to 4 permissions."
        },
        "enabled": {
          "type": "boolean",
          "description": "Switch the plugin on or off."
        },
        "config": {
          "type": "object",
          "additionalProperties": {},
          "description": "Plugin-specific settings."
        }
      },
      "required": [
        "tenant_id",
        "plugin_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "plugins"
      ],
      "method": "update",
      "pathParams": [
        "tenant_id",
        "plugin_id"
      ],
      "params": "optional",
      "page": false
    }
  },
  {
    "name": "tenants_plugins_uninstall",
    "title": "Uninstall a plugin",
    "description": "Uninstall a plugin\n\nRemoves the plugin from the tenant; its name may then be installed again.\n\nHTTP: DELETE /tenants/{tenant_id}/plugins/{plugin_id}.",
    "resource": "tenants.plugins",
    "resourcePrefix": "tenants_plugins",
    "operation": "write",
    "http": "DELETE /tenants/{tenant_id}/plugins/{plugin_id}",
    "annotations": {
      "title": "Uninstall a plugin",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "tenant_id": {
          "type": "string",
          "description": "Id of the tenant, `ten_...`."
        },
        "plugin_id": {
          "type": "string",
          "description": "Id of the plugin, `plg_...`."
        }
      },
      "required": [
        "tenant_id",
        "plugin_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "tenants",
        "plugins"
      ],
      "method": "uninstall",
      "pathParams": [
        "tenant_id",
        "plugin_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "workflows_create",
    "title": "Create a workflow",
    "description": "Create a workflow\n\nStores a workflow in the caller's tenant; run it with an execution.\n\nHTTP: POST /workflows.",
    "resource": "workflows",
    "resourcePrefix": "workflows",
    "operation": "write",
    "http": "POST /workflows",
    "annotations": {
      "title": "Create a workflow",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Name, 1 to 200 characters."
        },
        "description": {
          "type": "string",
          "description": "What the workflow does, for people; up to 2000 characters.",
          "default": ""
        },
        "steps": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "delay",
                    "description": "Always `delay`."
                  },
                  "duration_ms": {
                    "type": "integer",
                    "description": "How long to wait."
                  }
                },
                "required": [
                  "type",
                  "duration_ms"
                ],
                "additionalProperties": false,
                "description": "Waits, then goes on to the next step."
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "memory_write",
                    "description": "Always `memory_write`."
                  },
                  "scope": {
                    "type": "string",
                    "enum": [
                      "private",
                      "shared",
                      "global"
                    ],
                    "description": "Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant."
                  },
                  "content": {
                    "type": "string",
                    "description": "Memory text; `{{input.<field>}}` is replaced by that field of the execution input."
                  }
                },
                "required": [
                  "type",
                  "scope",
                  "content"
                ],
                "additionalProperties": false,
                "description": "Writes a memory in the tenant; the step's output names it (`memory_id`)."
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "usage_record",
                    "description": "Always `usage_record`."
                  },
                  "metric": {
                    "type": "string",
                    "description": "Metric name; `api_calls` is metered by the server itself."
                  },
                  "quantity": {
                    "type": "number",
                    "description": "How much was used, 0 to 10^12 (fractions allowed)."
                  }
                },
                "required": [
                  "type",
                  "metric",
                  "quantity"
                ],
                "additionalProperties": false,
                "description": "Records usage for the tenant; the step's output names the record (`usage_record_id`)."
              }
            ],
            "description": "One step of a workflow, told apart by `type`: `delay`, `memory_write` or `usage_record`."
          },
          "description": "The steps an execution runs, in order: 1 to 50."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "name",
        "steps"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows"
      ],
      "method": "create",
      "pathParams": [],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "workflows_list",
    "title": "List workflows",
    "description": "List workflows\n\nThe tenant's workflows, oldest first.\n\nHTTP: GET /workflows.",
    "resource": "workflows",
    "resourcePrefix": "workflows",
    "operation": "read",
    "http": "GET /workflows",
    "annotations": {
      "title": "List workflows",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        }
      },
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows"
      ],
      "method": "list",
      "pathParams": [],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "workflows_retrieve",
    "title": "Retrieve a workflow",
    "description": "Retrieve a workflow\n\nOne workflow of the tenant, by id.\n\nHTTP: GET /workflows/{workflow_id}.",
    "resource": "workflows",
    "resourcePrefix": "workflows",
    "operation": "read",
    "http": "GET /workflows/{workflow_id}",
    "annotations": {
      "title": "Retrieve a workflow",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        }
      },
      "required": [
        "workflow_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows"
      ],
      "method": "retrieve",
      "pathParams": [
        "workflow_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "workflows_update",
    "title": "Update a workflow",
    "description": "Update a workflow\n\nRunning executions keep the steps they started with.\n\nHTTP: PATCH /workflows/{workflow_id}.",
    "resource": "workflows",
    "resourcePrefix": "workflows",
    "operation": "write",
    "http": "PATCH /workflows/{workflow_id}",
    "annotations": {
      "title": "Update a workflow",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        },
        "name": {
          "type": "string",
          "description": "Name, 1 to 200 characters."
        },
        "description": {
          "type": "string",
          "description": "What the workflow does, for people; up to 2000 characters."
        },
        "steps": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "delay",
                    "description": "Always `delay`."
                  },
                  "duration_ms": {
                    "type": "integer",
                    "description": "How long to wait."
                  }
                },
                "required": [
                  "type",
                  "duration_ms"
                ],
                "additionalProperties": false,
                "description": "Waits, then goes on to the next step."
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "memory_write",
                    "description": "Always `memory_write`."
                  },
                  "scope": {
                    "type": "string",
                    "enum": [
                      "private",
                      "shared",
                      "global"
                    ],
                    "description": "Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant."
                  },
                  "content": {
                    "type": "string",
                    "description": "Memory text; `{{input.<field>}}` is replaced by that field of the execution input."
                  }
                },
                "required": [
                  "type",
                  "scope",
                  "content"
                ],
                "additionalProperties": false,
                "description": "Writes a memory in the tenant; the step's output names it (`memory_id`)."
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "const": "usage_record",
                    "description": "Always `usage_record`."
                  },
                  "metric": {
                    "type": "string",
                    "description": "Metric name; `api_calls` is metered by the server itself."
                  },
                  "quantity": {
                    "type": "number",
                    "description": "How much was used, 0 to 10^12 (fractions allowed)."
                  }
                },
                "required": [
                  "type",
                  "metric",
                  "quantity"
                ],
                "additionalProperties": false,
                "description": "Records usage for the tenant; the step's output names the record (`usage_record_id`)."
              }
            ],
            "description": "One step of a workflow, told apart by `type`: `delay`, `memory_write` or `usage_record`."
          },
          "description": "The steps an execution runs, in order: 1 to 50."
        }
      },
      "required": [
        "workflow_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows"
      ],
      "method": "update",
      "pathParams": [
        "workflow_id"
      ],
      "params": "optional",
      "page": false
    }
  },
  {
    "name": "workflows_delete",
    "title": "Delete a workflow",
    "description": "Delete a workflow\n\nCancels its unfinished executions and deletes them with it.\n\nHTTP: DELETE /workflows/{workflow_id}.",
    "resource": "workflows",
    "resourcePrefix": "workflows",
    "operation": "write",
    "http": "DELETE /workflows/{workflow_id}",
    "annotations": {
      "title": "Delete a workflow",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        }
      },
      "required": [
        "workflow_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows"
      ],
      "method": "delete",
      "pathParams": [
        "workflow_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "workflows_executions_create",
    "title": "Start an execution",
    "description": "Start an execution\n\nQueues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.\n\nHTTP: POST /workflows/{workflow_id}/executions.",
    "resource": "workflows.executions",
    "resourcePrefix": "workflows_executions",
    "operation": "write",
    "http": "POST /workflows/{workflow_id}/executions",
    "annotations": {
      "title": "Start an execution",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        },
        "input": {
          "type": "object",
          "additionalProperties": {},
          "description": "Values for `{{input.<field>}}` placeholders.",
          "default": {}
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        },
        "wait": {
          "type": "boolean",
          "description": "Wait until status is succeeded, failed, canceled before answering."
        }
      },
      "required": [
        "workflow_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows",
        "executions"
      ],
      "method": "create",
      "pathParams": [
        "workflow_id"
      ],
      "params": "optional",
      "page": false,
      "poll": "createAndPoll"
    }
  },
  {
    "name": "workflows_executions_list",
    "title": "List a workflow's executions",
    "description": "List a workflow's executions\n\nOldest first, whatever their status.\n\nHTTP: GET /workflows/{workflow_id}/executions.",
    "resource": "workflows.executions",
    "resourcePrefix": "workflows_executions",
    "operation": "read",
    "http": "GET /workflows/{workflow_id}/executions",
    "annotations": {
      "title": "List a workflow's executions",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        },
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        }
      },
      "required": [
        "workflow_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows",
        "executions"
      ],
      "method": "list",
      "pathParams": [
        "workflow_id"
      ],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "workflows_executions_retrieve",
    "title": "Retrieve an execution",
    "description": "Retrieve an execution\n\nIts status and each step's; poll it until `status` is final.\n\nHTTP: GET /workflows/{workflow_id}/executions/{execution_id}.",
    "resource": "workflows.executions",
    "resourcePrefix": "workflows_executions",
    "operation": "read",
    "http": "GET /workflows/{workflow_id}/executions/{execution_id}",
    "annotations": {
      "title": "Retrieve an execution",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        },
        "execution_id": {
          "type": "string",
          "description": "Id of the execution, `exec_...`."
        }
      },
      "required": [
        "workflow_id",
        "execution_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows",
        "executions"
      ],
      "method": "retrieve",
      "pathParams": [
        "workflow_id",
        "execution_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "workflows_executions_cancel",
    "title": "Cancel an execution",
    "description": "Cancel an execution\n\nStops an unfinished execution; a finished one is a 409.\n\nHTTP: POST /workflows/{workflow_id}/executions/{execution_id}/cancel.",
    "resource": "workflows.executions",
    "resourcePrefix": "workflows_executions",
    "operation": "write",
    "http": "POST /workflows/{workflow_id}/executions/{execution_id}/cancel",
    "annotations": {
      "title": "Cancel an execution",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "workflow_id": {
          "type": "string",
          "description": "Id of the workflow, `wf_...`."
        },
        "execution_id": {
          "type": "string",
          "description": "Id of the execution, `exec_...`."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "workflow_id",
        "execution_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "workflows",
        "executions"
      ],
      "method": "cancel",
      "pathParams": [
        "workflow_id",
        "execution_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "memories_create",
    "title": "Create a memory",
    "description": "Create a memory\n\nStores a memory in the caller's tenant; search finds it at once.\n\nHTTP: POST /memories.",
    "resource": "memories",
    "resourcePrefix": "memories",
    "operation": "write",
    "http": "POST /memories",
    "annotations": {
      "title": "Create a memory",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "scope": {
          "type": "string",
          "enum": [
            "private",
            "shared",
            "global"
          ],
          "description": "Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant."
        },
        "agent_id": {
          "type": "string",
          "description": "The agent the memory is about or for: letters, digits and `_.:-`, up to 128 characters."
        },
        "content": {
          "type": "string",
          "description": "The text to remember, 1 to 20000 characters."
        },
        "tags": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Labels to filter on.",
          "default": []
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Free-form string pairs for the caller."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "scope",
        "content"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "memories"
      ],
      "method": "create",
      "pathParams": [],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "memories_list",
    "title": "List memories",
    "description": "List memories\n\nFilter by scope, agent and tag; oldest first.\n\nHTTP: GET /memories.",
    "resource": "memories",
    "resourcePrefix": "memories",
    "operation": "read",
    "http": "GET /memories",
    "annotations": {
      "title": "List memories",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "limit": {
          "type": "integer",
          "description": "Page size, 1..100 (default 20).",
          "default": 20
        },
        "cursor": {
          "type": "string",
          "description": "The `next_cursor` of the previous page; omit it for the first page."
        },
        "scope": {
          "type": "string",
          "enum": [
            "private",
            "shared",
            "global"
          ],
          "description": "Only memories of this scope: `private`, `shared` or `global`."
        },
        "agent_id": {
          "type": "string",
          "description": "Only memories of this agent."
        },
        "tag": {
          "type": "string",
          "description": "Only memories with this tag."
        }
      },
      "additionalProperties": false
    },
    "call": {
      "client": [
        "memories"
      ],
      "method": "list",
      "pathParams": [],
      "params": "optional",
      "page": true
    }
  },
  {
    "name": "memories_retrieve",
    "title": "Retrieve a memory",
    "description": "Retrieve a memory\n\nCounts as an access (keeps the memory hot).\n\nHTTP: GET /memories/{memory_id}.",
    "resource": "memories",
    "resourcePrefix": "memories",
    "operation": "read",
    "http": "GET /memories/{memory_id}",
    "annotations": {
      "title": "Retrieve a memory",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "memory_id": {
          "type": "string",
          "description": "Id of the memory, `mem_...`."
        }
      },
      "required": [
        "memory_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "memories"
      ],
      "method": "retrieve",
      "pathParams": [
        "memory_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "memories_delete",
    "title": "Delete a memory",
    "description": "Delete a memory\n\nRemoves the memory and its search entries.\n\nHTTP: DELETE /memories/{memory_id}.",
    "resource": "memories",
    "resourcePrefix": "memories",
    "operation": "write",
    "http": "DELETE /memories/{memory_id}",
    "annotations": {
      "title": "Delete a memory",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "memory_id": {
          "type": "string",
          "description": "Id of the memory, `mem_...`."
        }
      },
      "required": [
        "memory_id"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "memories"
      ],
      "method": "delete",
      "pathParams": [
        "memory_id"
      ],
      "params": "none",
      "page": false
    }
  },
  {
    "name": "memories_search",
    "title": "Search memories",
    "description": "Search memories\n\nFull-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of `query` are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.\n\nHTTP: POST /memories/search.",
    "resource": "memories",
    "resourcePrefix": "memories",
    "operation": "write",
    "http": "POST /memories/search",
    "annotations": {
      "title": "Search memories",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "query": {
          "type": "string",
          "description": "The words to look for, 1 to 1000 characters."
        },
        "scope": {
          "type": "string",
          "enum": [
            "private",
            "shared",
            "global"
          ],
          "description": "Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). A label the caller sets and filters lists and searches on; every memory stays within its tenant."
        },
        "agent_id": {
          "type": "string",
          "description": "The agent the memory is about or for: letters, digits and `_.:-`, up to 128 characters."
        },
        "top_k": {
          "type": "integer",
          "description": "How many matches at most, 1 to 50 (default 10).",
          "default": 10
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "query"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "memories"
      ],
      "method": "search",
      "pathParams": [],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "usage_record",
    "title": "Record usage",
    "description": "Record usage\n\n`api_calls` is reserved: the server meters it and a key may not record it (403).\n\nHTTP: POST /usage.",
    "resource": "usage",
    "resourcePrefix": "usage",
    "operation": "write",
    "http": "POST /usage",
    "annotations": {
      "title": "Record usage",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "metric": {
          "type": "string",
          "description": "Metric name; `api_calls` is metered by the server itself."
        },
        "quantity": {
          "type": "number",
          "description": "How much was used, 0 to 10^12 (fractions allowed)."
        },
        "timestamp": {
          "type": "string",
          "format": "date-time",
          "description": "When it happened; defaults to now."
        },
        "idempotency_key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "description": "Makes a retry of this call safe: the same key replays the first answer instead of acting twice. Omitted, the server sends a key of its own."
        }
      },
      "required": [
        "metric",
        "quantity"
      ],
      "additionalProperties": false
    },
    "call": {
      "client": [
        "usage"
      ],
      "method": "record",
      "pathParams": [],
      "params": "required",
      "page": false
    }
  },
  {
    "name": "usage_summary",
    "title": "Summarize usage",
    "description": "Summarize usage\n\nSums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.\n\nHTTP: GET /usage/summary.",
    "resource": "usage",
    "resourcePrefix": "usage",
    "operation": "read",
    "http": "GET /usage/summary",
    "annotations": {
      "title": "Summarize usage",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    },
    "inputSchema": {
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "Inclusive; defaults to 7 days before `end`."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Exclusive; defaults to now."
        },
        "granularity": {
          "type": "string",
          "enum": [
            "hour",
            "day"
          ],
          "description": "Bucket length, `hour` or `day` (default `day`)."
        },
        "metric": {
          "type": "string",
          "description": "Only this metric; all metrics when omitted."
        }
      },
      "additionalProperties": false
    },
    "call": {
      "client": [
        "usage"
      ],
      "method": "summary",
      "pathParams": [],
      "params": "optional",
      "page": false
    }
  }
];
