// The log stream (issue 26): stdout carries JSON lines only, lifecycle lines with an event name; the
// banner and a generated admin key go to stderr, so a file that collects stdout never holds the key.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('writes only JSON lines to stdout and the banner with a generated admin key to stderr', async () => {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', COGNITIONOS_DB: ':memory:', COGNITIONOS_ADMIN_KEY: '', LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let baseUrl = '';
  try {
    baseUrl = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /CognitionOS API\s+(http:\/\/\S+)/.exec(stderr);
        if (match && /Admin key\s+cog_admin_/.test(stderr)) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }

  const adminKey = /Admin key\s+(cog_admin_\w+)/.exec(stderr)![1];
  expect(stdout).not.toContain(adminKey);
  const lines = stdout.split('\n').filter((line) => line !== '');
  const parsed = lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      return { not_json: line };
    }
  });
  expect(parsed.filter((line) => 'not_json' in line)).toEqual([]);
  const events = parsed.filter((line) => line.msg !== 'request').map((line) => line.event);
  expect(events).toEqual(['listening', 'stopping', 'stopped']);
  expect(parsed[0]).toMatchObject({ event: 'listening', url: baseUrl });
  expect(parsed.some((line) => line.msg === 'request' && line.route === '/health')).toBe(true);
}, 30_000);
