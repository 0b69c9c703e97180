// What src/tools.ts describes for each operation (emitted from the SDK model).
export interface ToolSpec {
  /** `<resource>_<verb>`: `tenants_api_keys_revoke`. */
  name: string;
  title: string;
  description: string;
  /** Dotted resource id: `tenants.apiKeys`. */
  resource: string;
  /** The resource as tool names spell it: `tenants_api_keys`. */
  resourcePrefix: string;
  operation: 'read' | 'write';
  /** `POST /tenants/{tenant_id}/api_keys`. */
  http: string;
  annotations: { title: string; readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  inputSchema: { type: 'object'; properties: Record<string, object>; required?: string[]; [key: string]: unknown };
  call: {
    /** Property path from the client to the resource: ['tenants', 'apiKeys']. */
    client: string[];
    method: string;
    /** Arguments passed positionally, in path order. */
    pathParams: string[];
    params: 'none' | 'optional' | 'required';
    /** A list that answers one page. */
    page: boolean;
    /** The create-and-poll method, when `wait: true` may be given. */
    poll?: string;
  };
}
