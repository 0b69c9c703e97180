// Request headers: the client's defaults, then the call's own, where `null` removes a default.
import { VERSION } from '../version.js';
import { formatMessage } from './message.js';
import { USER_AGENT } from './policy.js';

/** Headers as a plain object or a Headers; a `null` value removes a header set by a layer below. */
export type HeadersInit = Record<string, string | null | undefined> | Headers;

export function mergeHeaders(...layers: Array<HeadersInit | undefined>): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    if (!layer) continue;
    const entries = layer instanceof Headers ? layer.entries() : Object.entries(layer);
    for (const [name, value] of entries) {
      if (value === null) merged.delete(name);
      else if (value !== undefined) merged.set(name, value);
    }
  }
  return merged;
}

/** `cognitionos-sdk-typescript/1.2.3 (node/20.20.0)`: names the SDK, its version and the runtime. */
export function userAgent(): string {
  return formatMessage(USER_AGENT, { language: 'typescript', version: VERSION, ...runtime() });
}

function runtime(): { runtime: string; runtime_version: string } {
  const g = globalThis as { process?: { versions?: Record<string, string> }; Deno?: { version?: { deno?: string } }; navigator?: { userAgent?: string } };
  if (g.process?.versions?.bun) return { runtime: 'bun', runtime_version: g.process.versions.bun };
  if (g.Deno?.version?.deno) return { runtime: 'deno', runtime_version: g.Deno.version.deno };
  if (g.process?.versions?.node) return { runtime: 'node', runtime_version: g.process.versions.node };
  return { runtime: g.navigator?.userAgent ? 'browser' : 'unknown', runtime_version: 'unknown' };
}
