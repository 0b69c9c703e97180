// The orchestrator's own view of the fault run, independent of what each SDK's suite asserts:
// a pass-through in front of the faulty server counts the requests, the retries (requests that
// carry CognitionOS-Retry-Count) and the faults the SDK met; the memory creates it saw are then
// listed back through the fault-free server (same DB) to count what was lost or stored twice.
import { startPassThrough, type Exchange, type PassThrough } from './pass-through.ts';

export interface FaultReport {
  requests: number;
  retries: number;
  /** Faults as the SDK met them: 503 answers, dropped connections, answers it gave up waiting for. */
  unavailable: number;
  dropped: number;
  abandoned: number;
  /** Distinct memory contents the SDK sent to POST /memories. */
  intended: number;
  lost: number;
  duplicated: number;
}

export interface FaultWatch {
  origin: string;
  audit(faultFreeBaseUrl: string): Promise<FaultReport>;
  stop(): Promise<void>;
}

export async function watchFaults(faultyOrigin: string, basePath: string): Promise<FaultWatch> {
  const exchanges: Exchange[] = [];
  const proxy: PassThrough = await startPassThrough(faultyOrigin, (exchange) => exchanges.push(exchange));
  return {
    origin: proxy.origin,
    audit: (faultFreeBaseUrl) => audit(exchanges, `${basePath}/memories`, faultFreeBaseUrl),
    stop: proxy.stop,
  };
}

// The scenario promises a distinct marker (content) per create, so each content the SDK sent,
// on any attempt, must be stored exactly once.
async function audit(exchanges: Exchange[], createPath: string, faultFreeBaseUrl: string): Promise<FaultReport> {
  const creates = exchanges.filter((e) => e.method === 'POST' && e.path === createPath);
  const intended = new Set(creates.map(contentOf));
  const stored = new Map<string, number>();
  // The tenant keys are the ones the suite itself used on those creates; they stay in memory here.
  for (const key of new Set(creates.map((e) => String(e.requestHeaders.authorization ?? '')))) {
    for (const content of await listContents(faultFreeBaseUrl, key)) stored.set(content, (stored.get(content) ?? 0) + 1);
  }
  const found = [...intended].map((content) => stored.get(content) ?? 0);
  return {
    requests: exchanges.length,
    retries: exchanges.filter(isRetry).length,
    unavailable: exchanges.filter((e) => e.status === 503).length,
    dropped: exchanges.filter((e) => e.outcome === 'dropped').length,
    abandoned: exchanges.filter((e) => e.outcome === 'abandoned').length,
    intended: intended.size,
    lost: found.filter((times) => times === 0).length,
    duplicated: found.reduce((sum, times) => sum + Math.max(0, times - 1), 0),
  };
}

function isRetry(exchange: Exchange): boolean {
  return Number(exchange.requestHeaders['cognitionos-retry-count'] ?? 0) > 0;
}

function contentOf(exchange: Exchange): string {
  try {
    return String(JSON.parse(exchange.requestBody.toString()).content);
  } catch {
    return exchange.requestBody.toString();
  }
}

async function listContents(baseUrl: string, authorization: string): Promise<string[]> {
  const contents: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `${baseUrl}/memories?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers: { authorization }, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`fault audit: GET /memories answered ${response.status} (${response.headers.get('x-request-id')})`);
    const page = (await response.json()) as { data: { content: string }[]; next_cursor: string | null };
    contents.push(...page.data.map((memory) => memory.content));
    cursor = page.next_cursor;
  } while (cursor);
  return contents;
}
