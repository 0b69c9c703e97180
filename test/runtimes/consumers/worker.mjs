// workerd: the DESIGN example inside a Worker's fetch handler, the client built from options (a
// Worker has no process.env). GET /?base_url=...&api_key=... answers the example's line.
import { CognitionOSClient } from './sdk.js';
import { example } from './example.mjs';

export default {
  async fetch(request) {
    const url = new URL(request.url);
    // The runner's readiness probe.
    if (url.pathname === '/health') return new Response('ok');
    const params = url.searchParams;
    try {
      const client = new CognitionOSClient({ apiKey: params.get('api_key'), baseURL: params.get('base_url') });
      return new Response(await example(client));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
