// Request headers: the client's defaults, then the call's own, where `null` removes a default.
import { VERSION } from '../version.js';

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

/** `cognitionos-sdk-typescript/1.2.3 (node/v20.20.0)`: names the SDK, its version and the runtime. */
export function userAgent(): string {
  return `cognitionos-sdk-typescript/${VERSION} (${runtimeName()})`;
}

function runtimeName(): string {
  const g = globalThis as { process?: { versions?: Record<string, string> }; Deno?: { version?: { deno?: string } }; navigator?: { userAgent?: string } };
  if (g.process?.versions?.bun) return `bun/${g.process.versions.bun}`;
  if (g.Deno?.version?.deno) return `deno/${g.Deno.version.deno}`;
  if (g.process?.versions?.node) return `node/v${g.process.versions.node}`;
  return g.navigator?.userAgent ? 'browser' : 'unknown';
}
