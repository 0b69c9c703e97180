// The baselines: bare Express answering the same JSON bytes with no validation, auth, store or headers,
// and a bare better-sqlite3 insert-and-commit per POST on the reference server's settings (WAL,
// synchronous=FULL), answering the row.
import Database from 'better-sqlite3';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { tenant, page } = JSON.parse(readFileSync(process.env.BENCH_FIXTURE!, 'utf8'));
const tenantJson = JSON.stringify(tenant);
const pageJson = JSON.stringify(page);
const db = new Database(process.env.BENCH_DB!);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS memories (id TEXT PRIMARY KEY, scope TEXT NOT NULL, content TEXT NOT NULL, created_at TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO memories VALUES (@id, @scope, @content, @created_at)');

const app = express();
app.get('/api/v3/tenants/:id', (_req, res) => void res.type('application/json').send(tenantJson));
app.get('/api/v3/tenants', (_req, res) => void res.type('application/json').send(pageJson));
app.post('/api/v3/memories', express.json(), (req, res) => {
  const row = { id: randomUUID(), scope: req.body.scope, content: req.body.content, created_at: new Date().toISOString() };
  insert.run(row);
  res.status(201).json(row);
});
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`CognitionOS API  http://127.0.0.1:${port}/api/v3`);
});
process.on('SIGTERM', () => process.exit(0));
