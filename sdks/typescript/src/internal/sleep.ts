// Generated from generators/typescript/runtime/internal/sleep.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/sleep.ts or the generator.
// A timer the caller's AbortSignal can cut short; an abort ends the call as APIUserAbortError.
import { APIUserAbortError } from '../core/errors.js';

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
