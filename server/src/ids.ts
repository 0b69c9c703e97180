// Prefixed, sortable, opaque ids: 10 characters of millisecond time, then a 16-character counter
// seeded at random and bumped on every call, so ids made in one process sort in creation order.
import { randomBytes, randomFillSync } from 'node:crypto';

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

// Random bytes drawn 3 KB at a time: one call into the system's generator per request cost a few
// percent of a small GET. Each byte is still used once.
const pool = Buffer.alloc(3072);
let poolOffset = pool.length;

/** `bytes` fresh random bytes as lowercase hex. */
export function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += bytes;
  return pool.toString('hex', poolOffset - bytes, poolOffset);
}

/** Unique per request (96 random bits); quoted in problems and logs. */
export const newRequestId = (): string => `req_${randomHex(12)}`;

export function newId(prefix: string): string {
  counter = (counter + 1n) % counterSpace;
  return `${prefix}_${encode(BigInt(Date.now()), 10)}${encode(counter, 16)}`;
}
