// The SDK transport the CLI uses: node:http(s) instead of the platform fetch. A command line is one
// short process, and the first fetch in a Node process loads its whole HTTP client (undici), which
// costs more CPU than everything else a `tenants list` does (bench/cli). The SDK's request loop
// above it still owns retries, timeouts, idempotency keys and errors; this only moves bytes.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TransportRequest } from './app.js';

export interface TransportResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
  /** `1.1`: for the status line `--include` prints. */
  httpVersion: string;
}

export function nodeHttpTransport(request: TransportRequest & { signal?: AbortSignal }): Promise<TransportResponse> {
  const send = request.url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // One connection per request (no pool): nothing keeps the process alive after its last answer.
    const outgoing = send(request.url, { method: request.method, headers: request.headers, agent: false, signal: request.signal }, (answer: IncomingMessage) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.once('error', reject);
      answer.once('end', () => resolve({ status: answer.statusCode ?? 0, statusText: answer.statusMessage ?? '', headers: headersOf(answer), body: Buffer.concat(chunks).toString('utf8'), httpVersion: answer.httpVersion }));
    });
    outgoing.once('error', reject);
    outgoing.end(request.body);
  });
}

function headersOf(answer: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
