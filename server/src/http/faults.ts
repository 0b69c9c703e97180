// Fault injection for resilience tests: a share of requests answer 503, lose their answer, or answer late.
export type FaultKind = '503' | 'reset' | 'delay';
export interface Faults { rate: number; kinds: FaultKind[]; delayMs: number }

/** `COGNITIONOS_FAULTS=rate=0.2,kinds=503|reset|delay,delay_ms=1500`; unset or empty means off. */
export function parseFaults(text: string | undefined): Faults | null {
  if (!text) return null;
  const fields = Object.fromEntries(text.split(',').map((pair) => pair.split('=').map((part) => part.trim())));
  const rate = Number(fields.rate ?? 0.2);
  const kinds = (fields.kinds ?? '503|reset|delay').split('|') as FaultKind[];
  const delayMs = Number(fields.delay_ms ?? 1500);
  if (!(rate >= 0 && rate <= 1)) throw new Error(`COGNITIONOS_FAULTS rate must be within 0..1, got ${fields.rate}`);
  if (kinds.some((kind) => !['503', 'reset', 'delay'].includes(kind))) throw new Error(`COGNITIONOS_FAULTS kinds must be 503|reset|delay, got ${fields.kinds}`);
  if (!(delayMs >= 0)) throw new Error(`COGNITIONOS_FAULTS delay_ms must be a number, got ${fields.delay_ms}`);
  return { rate, kinds, delayMs };
}

export const pickFault = (faults: Faults | null): FaultKind | null =>
  faults && Math.random() < faults.rate ? faults.kinds[Math.floor(Math.random() * faults.kinds.length)] : null;
