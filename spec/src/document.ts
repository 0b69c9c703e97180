// Assembles the OpenAPI document from everything the resource files registered.
import { OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import { LIMITS, SPEC_VERSION } from './common.ts';
import { linksOf, resolveLocations } from './links.ts';
import { operations, registry, routeOf } from './registry.ts';
import './health.ts';
import './tenants.ts';
import './api-keys.ts';
import './subscription.ts';
import './plugins.ts';
import './workflows.ts';
import './executions.ts';
import './memories.ts';
import './usage.ts';

export const tags = [
  { name: 'health', description: 'Liveness.' },
  { name: 'tenants', description: 'Customers of the platform; managed with an admin key.' },
  { name: 'api_keys', description: "A tenant's keys; the secret is shown once." },
  { name: 'subscription', description: "A tenant's plan and seats." },
  { name: 'plugins', description: 'Plugins installed in a tenant.' },
  { name: 'workflows', description: 'Step lists an agent can run.' },
  { name: 'executions', description: 'Runs of a workflow, executed asynchronously by the server.' },
  { name: 'memories', description: 'Agent memories with BM25 search.' },
  { name: 'usage', description: 'Metered usage and summaries.' },
];

const tagOrder = new Map(tags.map((tag, i) => [tag.name, i]));
// Paths are registered in tag order, so the document's order does not depend on import order.
operations.sort((a, b) => tagOrder.get(a.tag)! - tagOrder.get(b.tag)!);
resolveLocations(operations);
for (const op of operations) registry.registerPath(routeOf(op, linksOf(op, operations)));

export const document = new OpenApiGeneratorV3(registry.definitions).generateDocument({
  openapi: '3.0.3',
  info: {
    title: 'CognitionOS API',
    version: SPEC_VERSION,
    description:
      'Multi-tenant API for AI agents: tenants, API keys, subscriptions, plugins, workflows and their executions, agent memories, usage. ' +
      'Errors are RFC 9457 problem+json, and each says in `X-Should-Retry` whether the same request may succeed later. ' +
      'POST requests accept an `Idempotency-Key` header (IETF draft): the same key replays the first answer for 24 h. ' +
      'A W3C `traceparent` is continued: every answer carries `traceresponse` with the trace id and the server\'s span id.',
    license: { name: 'Apache-2.0' },
    'x-cognitionos-limits': LIMITS,
  },
  servers: [{ url: 'http://localhost:8100/api/v3', description: 'Local reference server' }],
  tags,
});
