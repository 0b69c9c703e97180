// Fault injection for resilience tests: a share of requests answer 503, lose their answer, or answer late.
// Configured by COGNITIONOS_FAULTS (see settings.ts).
export const FAULT_KINDS = ['503', 'reset', 'delay'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export interface Faults { rate: number; kinds: FaultKind[]; delayMs: number }

export const pickFault = (faults: Faults | null): FaultKind | null =>
  faults && Math.random() < faults.rate ? faults.kinds[Math.floor(Math.random() * faults.kinds.length)] : null;
