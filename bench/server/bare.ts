// The baseline: bare Express answering the same JSON bytes with no validation, auth, store or headers.
import express from 'express';
import { readFileSync } from 'node:fs';

const { tenant, page } = JSON.parse(readFileSync(process.env.BENCH_FIXTURE!, 'utf8'));
const tenantJson = JSON.stringify(tenant);
const pageJson = JSON.stringify(page);
const app = express();
app.get('/api/v3/tenants/:id', (_req, res) => void res.type('application/json').send(tenantJson));
app.get('/api/v3/tenants', (_req, res) => void res.type('application/json').send(pageJson));
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`CognitionOS API  http://127.0.0.1:${port}/api/v3`);
});
process.on('SIGTERM', () => process.exit(0));
