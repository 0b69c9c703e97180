// One fresh set of reference servers (and the proxies in front of them) for one language's run,
// and the environment variables that tell its contract suite where each one is.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../support/server.ts';
import { startValidatingProxy, type ValidatingProxy } from './validating-proxy.ts';
import { watchFaults, type FaultWatch } from './fault-audit.ts';

export interface ContractEnvironment {
  /** The variables the suite gets (the brief's names; COGNITIONOS_DIRECT_BASE_URL skips the validating proxy). */
  variables: Record<string, string>;
  validation: ValidatingProxy;
  faults: FaultWatch;
  faultFreeBaseUrl: string;
  stop(): Promise<void>;
}

/** The faulty server's COGNITIONOS_FAULTS (the brief's: a quarter of requests, each fault kind). */
export const faultyServerFaults = 'rate=0.25,kinds=503|reset|delay,delay_ms=1500';

export async function startEnvironment(prismLog: string): Promise<ContractEnvironment> {
  const adminKey = `cog_admin_${randomBytes(16).toString('hex')}`;
  const dbDir = mkdtempSync(join(tmpdir(), 'contract-db-'));
  const stoppers: (() => Promise<void>)[] = [async () => rmSync(dbDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) await stopOne().catch(() => undefined);
  };
  const start = async (env: Record<string, string> = {}): Promise<RunningServer> => {
    const server = await startServer({ env: { ...env, COGNITIONOS_ADMIN_KEY: adminKey } });
    stoppers.push(server.stop);
    return server;
  };
  try {
    const faultDb = { COGNITIONOS_DB: join(dbDir, 'faults.db') };
    const [main, limited, slow, newer, faulty] = await allStarted([
      start(),
      start({ COGNITIONOS_RATE_LIMIT: '3/1' }),
      start({ COGNITIONOS_FAULTS: 'rate=1,kinds=delay,delay_ms=1500' }),
      start({ COGNITIONOS_COMPAT: 'newer' }),
      start({ ...faultDb, COGNITIONOS_FAULTS: faultyServerFaults }),
    ]);
    // Started after the faulty one has created the schema in the shared file.
    const faultFree = await start(faultDb);
    const validation = await startValidatingProxy(main.baseUrl, prismLog);
    stoppers.push(validation.stop);
    const basePath = new URL(main.baseUrl).pathname;
    const faults = await watchFaults(faulty.origin, basePath);
    stoppers.push(faults.stop);
    const variables = {
      COGNITIONOS_BASE_URL: validation.baseUrl,
      COGNITIONOS_DIRECT_BASE_URL: main.baseUrl,
      COGNITIONOS_ADMIN_KEY: adminKey,
      COGNITIONOS_LIMITED_BASE_URL: limited.baseUrl,
      COGNITIONOS_SLOW_BASE_URL: slow.baseUrl,
      COGNITIONOS_NEWER_BASE_URL: newer.baseUrl,
      COGNITIONOS_FAULTY_BASE_URL: `${faults.origin}${basePath}`,
      COGNITIONOS_FAULTFREE_BASE_URL: faultFree.baseUrl,
    };
    return { variables, validation, faults, faultFreeBaseUrl: faultFree.baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// Like Promise.all, but waits for every start to settle, so none is left running unregistered.
async function allStarted(starts: Promise<RunningServer>[]): Promise<RunningServer[]> {
  const settled = await Promise.allSettled(starts);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<RunningServer>).value);
}
