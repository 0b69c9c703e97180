// Prefixed, sortable, opaque ids: 10 characters of millisecond time, then a 16-character counter
// seeded at random and bumped on every call, so ids made in one process sort in creation order.
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
let counter = BigInt(`0x${randomBytes(10).toString('hex')}`) >> 1n;
const counterSpace = 32n ** 16n;

function encode(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = alphabet[Number(value % 32n)] + out;
    value /= 32n;
  }
  return out;
}

/** Unique per request; quoted in problems and logs. */
export const newRequestId = () => `req_${randomBytes(12).toString('hex')}`;

export function newId(prefix: string): string {
  counter = (counter + 1n) % counterSpace;
  return `${prefix}_${encode(BigInt(Date.now()), 10)}${encode(counter, 16)}`;
}
