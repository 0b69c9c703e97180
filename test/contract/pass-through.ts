// A minimal HTTP pass-through on a free loopback port, so the orchestrator can watch traffic
// without changing it. An upstream that drops the connection is relayed as a dropped connection
// (not a 502), and a client that gives up (its timeout) closes the upstream request too, so an
// injected fault looks to the SDK exactly as it would without the pass-through.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  method: string;
  path: string;
  requestHeaders: http.IncomingHttpHeaders;
  requestBody: Buffer;
  /** answered: upstream answered; dropped: upstream dropped the connection; abandoned: the client left first. */
  outcome: 'answered' | 'dropped' | 'abandoned';
  status?: number;
  responseHeaders?: http.IncomingHttpHeaders;
  responseBody?: Buffer;
}

export interface PassThrough {
  origin: string;
  stop(): Promise<void>;
}

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

export async function startPassThrough(upstreamOrigin: string, observe: (exchange: Exchange) => void): Promise<PassThrough> {
  const upstream = new URL(upstreamOrigin);
  const server = http.createServer((req, res) => relay(upstream, req, res, observe));
  // Longer than any SDK's idle pool timeout, so a reused keep-alive socket is never cut under it.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function relay(upstream: URL, req: http.IncomingMessage, res: http.ServerResponse, observe: (exchange: Exchange) => void) {
  const requestBody = await readAll(req).catch(() => undefined);
  if (!requestBody) return void res.destroy();
  const seen = { method: req.method!, path: req.url!, requestHeaders: req.headers, requestBody };
  let settled = false;
  const settle = (rest: Pick<Exchange, 'outcome' | 'status' | 'responseHeaders' | 'responseBody'>) => {
    if (settled) return false;
    settled = true;
    observe({ ...seen, ...rest });
    return true;
  };
  // A fresh upstream connection per request: a stale pooled socket must never fake a "dropped" fault.
  const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: endToEnd(req.headers), agent: false });
  res.on('close', () => {
    if (settle({ outcome: 'abandoned' })) forward.destroy();
  });
  forward.on('error', () => {
    if (settle({ outcome: 'dropped' })) res.destroy();
  });
  forward.on('response', async (answer) => {
    const responseBody = await readAll(answer).catch(() => undefined);
    if (!responseBody) return void (settle({ outcome: 'dropped' }) && res.destroy());
    if (!settle({ outcome: 'answered', status: answer.statusCode, responseHeaders: answer.headers, responseBody })) return;
    res.writeHead(answer.statusCode!, endToEnd(answer.headers));
    res.end(responseBody);
  });
  forward.end(requestBody);
}

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)));
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}
