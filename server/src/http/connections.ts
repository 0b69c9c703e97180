// Bounds on every connection, so slow or idle clients cannot pile up. Node's own checks
// (headersTimeout, requestTimeout, run every connectionsCheckingInterval) close a lone slow client, but
// none at all once another connection has served a request (seen with 100 slow clients and some
// keep-alive ones: 0 closed), so each socket also carries its own deadline here:
// - from connect, and from each answer on a kept-alive connection (plus its idle bound), until the
//   next request's headers are complete: headersTimeout;
// - from those headers until the request is read and answered: requestTimeout.
// A socket past its deadline is destroyed. Past maxConnections, new connections are closed at once.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionBounds {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

/** The options Node's HTTP server takes at creation; its checks then run often enough to matter. */
export const serverOptions = (bounds: ConnectionBounds) => ({
  headersTimeout: bounds.headersTimeoutMs,
  requestTimeout: bounds.requestTimeoutMs,
  keepAliveTimeout: bounds.keepAliveTimeoutMs,
  connectionsCheckingInterval: Math.min(1000, bounds.headersTimeoutMs / 4),
});

export function boundConnections(server: Server, bounds: ConnectionBounds) {
  server.maxConnections = bounds.maxConnections;
  const deadlines = new WeakMap<Socket, NodeJS.Timeout>();

  function setDeadline(socket: Socket, ms: number) {
    clearTimeout(deadlines.get(socket));
    deadlines.set(socket, setTimeout(() => socket.destroy(), ms).unref());
  }

  server.on('connection', (socket: Socket) => {
    setDeadline(socket, bounds.headersTimeoutMs);
    socket.once('close', () => clearTimeout(deadlines.get(socket)));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const { socket } = req;
    setDeadline(socket, bounds.requestTimeoutMs);
    // The next request on this connection: idle for at most keepAliveTimeout, then its headers.
    res.once('finish', () => setDeadline(socket, bounds.keepAliveTimeoutMs + bounds.headersTimeoutMs));
  });
}
