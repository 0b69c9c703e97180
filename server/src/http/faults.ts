// Fault injection for resilience tests: a share of requests answer 503, lose their answer, or answer late.
// Configured by COGNITIONOS_FAULTS (see settings.ts).
export const FAULT_KINDS = ['503', 'reset', 'delay'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** `paths`: when given, only calls whose path under the API base is one of them or below one fail (a partial outage). */
export interface Faults { rate: number; kinds: FaultKind[]; delayMs: number; paths?: string[] }

const within = (path: string, prefix: string) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

/** The fault for this call, if one: `path` is the call's path under the API base (`/memories/mem_1`). */
export const pickFault = (faults: Faults | null, path: string): FaultKind | null =>
  faults && (!faults.paths || faults.paths.some((prefix) => within(path, prefix))) && Math.random() < faults.rate
    ? faults.kinds[Math.floor(Math.random() * faults.kinds.length)]
    : null;
