// Generated from generators/mcp/runtime/http.ts by generators/mcp. Do not edit: change it there.
// `--transport http`: the streamable HTTP transport on 127.0.0.1, one MCP session per client. A
// session may bring its own key (`Authorization: Bearer cog_...` on its first request); without
// one it uses COGNITIONOS_API_KEY.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';

export async function serveHttp(port: number, serverFor: (apiKey: string | undefined) => Server): Promise<HttpServer> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http = createServer((req, res) => {
    const id = req.headers['mcp-session-id'];
    const known = typeof id === 'string' ? sessions.get(id) : undefined;
    if (typeof id === 'string' && !known) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null }));
      return;
    }
    const transport = known ?? newSession(req, sessions, serverFor);
    transport.handleRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end();
      process.stderr.write(`cognitionos-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  process.stderr.write(`cognitionos-mcp: streamable HTTP on http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp\n`);
  return http;
}

function newSession(req: IncomingMessage, sessions: Map<string, StreamableHTTPServerTransport>, serverFor: (apiKey: string | undefined) => Server): StreamableHTTPServerTransport {
  const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => void sessions.set(id, transport),
    onsessionclosed: (id) => void sessions.delete(id),
  });
  void serverFor(bearer(req)).connect(transport);
  return transport;
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}
