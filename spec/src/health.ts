import { SPEC_VERSION } from './common.ts';
import { defineOperation, z } from './registry.ts';

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({ description: 'The server as a whole: `ok`, or `degraded` when its store does not answer.' }),
    version: z.string().openapi({ description: 'Spec version the server implements.', example: SPEC_VERSION }),
    uptime_seconds: z.number().openapi({ description: 'Seconds since the server started.', example: 42.5 }),
    store: z.enum(['ok', 'error']).openapi({ description: 'Whether the store answered a query of its tables: `ok` or `error`.' }),
  })
  .openapi('Health', { description: 'Whether the server and its store answer.', example: { status: 'ok', version: SPEC_VERSION, uptime_seconds: 42.5, store: 'ok' } });

export const healthCheck = defineOperation({
  resource: 'health',
  method: 'check',
  tag: 'health',
  http: 'get',
  path: '/health',
  access: 'public',
  summary: 'Check the server',
  description: 'Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.',
  status: 200,
  response: Health,
  responseDescription: 'The server is up and its store answers.',
  unavailableDescription: 'The store does not answer: `status` is `degraded`, `store` is `error`.',
});
