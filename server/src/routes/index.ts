import type { BoundHandler } from '../http/handler.ts';
import { apiKeys } from './api-keys.ts';
import { executions } from './executions.ts';
import { health } from './health.ts';
import { memories } from './memories.ts';
import { plugins } from './plugins.ts';
import { subscription } from './subscription.ts';
import { tenants } from './tenants.ts';
import { usage } from './usage.ts';
import { workflows } from './workflows.ts';

/** Every handler, each bound to its operation; the pipeline refuses to start if an operation has none. */
export const handlers: BoundHandler[] = [...health, ...tenants, ...apiKeys, ...subscription, ...plugins, ...workflows, ...executions, ...memories, ...usage];
