// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { BaseClient } from './core/base-client.js';
import { HealthResource } from './resources/health.js';
import { Tenants } from './resources/tenants.js';
import { Workflows } from './resources/workflows.js';
import { Memories } from './resources/memories.js';
import { Usage } from './resources/usage.js';

/** The CognitionOS API client: `new CognitionOSClient({ apiKey })`, then one property per resource (`health`, `tenants`, `workflows`, `memories`, `usage`). */
export class CognitionOSClient extends BaseClient {
  /** The `health` calls. */
  readonly health: HealthResource = new HealthResource(this);
  /** The `tenants` calls. */
  readonly tenants: Tenants = new Tenants(this);
  /** The `workflows` calls. */
  readonly workflows: Workflows = new Workflows(this);
  /** The `memories` calls. */
  readonly memories: Memories = new Memories(this);
  /** The `usage` calls. */
  readonly usage: Usage = new Usage(this);
}
