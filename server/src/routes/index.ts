import { apiKeys } from './api-keys.ts';
import { executions } from './executions.ts';
import { health } from './health.ts';
import { memories } from './memories.ts';
import { plugins } from './plugins.ts';
import { subscription } from './subscription.ts';
import { tenants } from './tenants.ts';
import { usage } from './usage.ts';
import { workflows } from './workflows.ts';

/** Handlers by the spec's `x-cognitionos-sdk.resource`; the pipeline refuses to start if one is missing. */
export const handlers = {
  health,
  tenants,
  'tenants.apiKeys': apiKeys,
  'tenants.subscription': subscription,
  'tenants.plugins': plugins,
  workflows,
  'workflows.executions': executions,
  memories,
  usage,
};
