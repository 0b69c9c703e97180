// A stand-in for the Central Portal's OSSRH staging API on loopback, the two calls
// scripts/release/publish/maven.sh makes: PUT /service/local/staging/deploy/maven2/<path> (what
// `mvn deploy` sends, Basic auth), then POST /manual/upload/defaultRepository/<namespace> (Bearer),
// which hands the staged files over. There a human presses Publish; here the hand-over releases
// them at once into /maven2/, the Maven repository the lookup and the consumer read. Every call is
// kept in `calls`, so the dry run can prove a re-run uploaded nothing twice.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { dirname, join, normalize } from 'node:path';

const STAGE = '/service/local/staging/deploy/maven2/';
const RELEASED = '/maven2/';
const HANDOVER = '/manual/upload/defaultRepository/';

export interface MavenStaging { url: string; calls: string[]; stop(): Promise<void> }

export async function startMavenStaging(home: string): Promise<MavenStaging> {
  const [staged, released] = [join(home, 'staged'), join(home, 'released')];
  mkdirSync(staged, { recursive: true });
  mkdirSync(released, { recursive: true });
  const calls: string[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://staging');
    const body = await readBody(request);
    const answer = (status: number, text = '') => response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    const inside = (base: string, prefix: string) => {
      const path = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
      return path.startsWith('..') || path.startsWith('/') ? undefined : join(base, path);
    };
    if (request.method === 'PUT' && url.pathname.startsWith(STAGE)) {
      if (!request.headers.authorization?.startsWith('Basic ')) return answer(401, 'no credentials');
      const file = inside(staged, STAGE);
      if (!file) return answer(400, 'bad path');
      calls.push(`PUT ${url.pathname.slice(STAGE.length)}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
      return answer(201);
    }
    if (request.method === 'POST' && url.pathname.startsWith(HANDOVER)) {
      if (!request.headers.authorization?.startsWith('Bearer ')) return answer(401, 'no token');
      calls.push(`POST ${url.pathname.slice(HANDOVER.length)}`);
      cpSync(staged, released, { recursive: true });
      rmSync(staged, { recursive: true, force: true });
      mkdirSync(staged);
      return answer(200, 'handed over');
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      const file = url.pathname.startsWith(RELEASED) ? inside(released, RELEASED) : undefined;
      if (!file || !existsSync(file)) return answer(404, 'not found');
      return response.writeHead(200).end(readFileSync(file));
    }
    answer(405, 'method not allowed');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}
