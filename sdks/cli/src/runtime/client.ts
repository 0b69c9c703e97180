// Generated from generators/cli/runtime/client.ts by generators/cli. Do not edit: change generators/cli/runtime/client.ts or the generator.
// The SDK client a command calls through, made from the resolved target and the global flags.
// `--dry-run` swaps the SDK's transport for one that keeps the request (exactly as the SDK built it:
// headers, Idempotency-Key, body) and sends nothing; the key is redacted before it is printed.
// Otherwise the transport keeps the last answer, whose head `--include` prints. The environment's
// trace context (TRACEPARENT) rides on every request as default headers.
import { Console } from 'node:console';
import type { AppInfo, TransportRequest } from './app.js';
import { resolveTarget, type Target, type TargetFlags } from './config.js';
import { redactKey } from './errors.js';
import { nodeHttpTransport, type TransportResponse } from './http-transport.js';
import { traceContext } from './trace-context.js';

export interface ClientFlags extends TargetFlags {
  timeout?: number;
  maxRetries?: number;
  dryRun?: boolean;
}

export interface CliClient {
  client: any;
  target: Target;
  /** Set once a dry run has built its request. */
  dryRun?: { request?: TransportRequest };
  /** The last answer received (any status): the one a successful command prints. */
  lastAnswer?: TransportResponse;
  /** Why the environment's TRACEPARENT was not sent. */
  traceWarning?: string;
}

/** Thrown by the dry-run transport: the SDK wraps it, the command then prints the kept request. */
class NotSent extends Error {}

export async function makeClient(app: AppInfo, flags: ClientFlags, env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream): Promise<CliClient> {
  const target = resolveTarget(app, flags, env);
  const { CognitionOSClient } = await app.loadSdk();
  // TRACEPARENT and TRACESTATE: the OpenTelemetry convention for handing a trace to a process.
  const trace = traceContext(env.TRACEPARENT, env.TRACESTATE, 'TRACEPARENT');
  const made: CliClient = { client: undefined, target, ...(trace.warning ? { traceWarning: trace.warning } : {}) };
  const keepAnswer = async (request: TransportRequest & { signal: AbortSignal }) => (made.lastAnswer = await nodeHttpTransport(request));
  const options: Record<string, unknown> = { apiKey: target.apiKey ?? null, baseURL: target.baseUrl, transport: keepAnswer, defaultHeaders: trace.headers };
  // The SDK logs to console, whose debug and info write to stdout: here stdout is data only, so
  // when the log variable asks for records they go to stderr. Unset, no logger is given (a given
  // logger would receive every record).
  if (env[app.logEnv] !== undefined) options.logger = new Console({ stdout: stderr, stderr });
  if (flags.timeout !== undefined) options.timeout = flags.timeout;
  if (flags.maxRetries !== undefined) options.maxRetries = flags.maxRetries;
  if (flags.dryRun) {
    const dryRun: CliClient['dryRun'] = {};
    made.dryRun = dryRun;
    options.maxRetries = 0;
    options.transport = async (request: TransportRequest) => {
      dryRun.request = { method: request.method, url: request.url, headers: { ...request.headers }, body: request.body };
      throw new NotSent('dry run: not sent');
    };
  }
  made.client = new CognitionOSClient(options);
  return made;
}

/** The dry run's request as text (method, URL, headers, body) or as a JSON object. */
export function describeRequest(request: TransportRequest, key: string | undefined, json: boolean): string {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? value.replace(/^(\w+\s+).*$/, '$1[redacted]') : redactKey(value, key)]),
  );
  const body = request.body === undefined ? undefined : JSON.parse(redactKey(request.body, key));
  if (json) return `${JSON.stringify({ method: request.method, url: request.url, headers, body: body ?? null }, null, 2)}\n`;
  const lines = [`${request.method} ${request.url}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return `${lines.join('\n')}\n${body === undefined ? '' : `\n${JSON.stringify(body, null, 2)}\n`}`;
}
