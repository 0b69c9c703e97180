// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { BaseClient } from './core/base-client.js';
import { HealthResource } from './resources/health.js';
import { Tenants } from './resources/tenants.js';
import { Workflows } from './resources/workflows.js';
import { Memories } from './resources/memories.js';
import { Usage } from './resources/usage.js';

export class CognitionOSClient extends BaseClient {
  readonly health: HealthResource = new HealthResource(this);
  readonly tenants: Tenants = new Tenants(this);
  readonly workflows: Workflows = new Workflows(this);
  readonly memories: Memories = new Memories(this);
  readonly usage: Usage = new Usage(this);
}
