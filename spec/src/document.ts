// Assembles the OpenAPI document from everything the resource files registered.
import { OpenApiGeneratorV3, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { LIMITS, SPEC_VERSION } from './common.ts';
import { operations, registry, routes } from './registry.ts';
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

/** A create whose resource has no retrieve operation (usage records) has no URL to point `Location` at. */
function withoutUnreachableLocation(route: RouteConfig): RouteConfig {
  const { resource } = route['x-cognitionos-sdk'] as { resource: string };
  const created = route.responses['201'] as { headers?: Record<string, unknown> } | undefined;
  if (!created?.headers || operations.some((op) => op.resource === resource && op.method === 'retrieve')) return route;
  const { Location: _location, ...headers } = created.headers;
  return { ...route, responses: { ...route.responses, 201: { ...created, headers } } } as RouteConfig;
}

const tagOrder = new Map(tags.map((tag, i) => [tag.name, i]));
const byTag = <T extends { tags?: string[] }>(a: T, b: T) => tagOrder.get(a.tags![0])! - tagOrder.get(b.tags![0])!;
for (const route of [...routes].sort(byTag)) registry.registerPath(withoutUnreachableLocation(route));
operations.sort((a, b) => tagOrder.get(a.tag)! - tagOrder.get(b.tag)!);

export const document = new OpenApiGeneratorV3(registry.definitions).generateDocument({
  openapi: '3.0.3',
  info: {
    title: 'CognitionOS API',
    version: SPEC_VERSION,
    description:
      'Multi-tenant API for AI agents: tenants, API keys, subscriptions, plugins, workflows and their executions, agent memories, usage. ' +
      'Errors are RFC 9457 problem+json. POST requests accept an `Idempotency-Key` header (IETF draft): the same key replays the first answer for 24 h.',
    license: { name: 'Apache-2.0' },
    'x-cognitionos-limits': LIMITS,
  },
  servers: [{ url: 'http://localhost:8100/api/v3', description: 'Local reference server' }],
  tags,
});
