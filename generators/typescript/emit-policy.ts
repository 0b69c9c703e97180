// src/internal/policy.ts: generators/policy/policy.json as constants, so the runtime types no number
// of the policy by hand.
import { policyConstants, type ConstantValue, type Policy } from '../policy/policy.ts';
import { generatedFrom } from './header.ts';

export function emitPolicy(policy: Policy): string {
  const lines = policyConstants(policy).map(({ words, value }) => `export const ${words.join('_').toUpperCase()}${annotation(value)} = ${literal(value)};`);
  return `${generatedFrom('generators/policy/policy.json')}\n${lines.join('\n')}\n`;
}

// Lists are readonly tuples of their literals; the status table is looked up by any number.
function annotation(value: ConstantValue): string {
  return typeof value === 'object' && !Array.isArray(value) ? ': Readonly<Record<number, string>>' : '';
}

function literal(value: ConstantValue): string {
  const json = JSON.stringify(value);
  return Array.isArray(value) ? `${json} as const` : json;
}

/** The class of a row of the policy's status table: `NotFound` -> `NotFoundError`. */
export const errorClassName = (policyClass: string) => `${policyClass}Error`;

// src/core/error-classes.ts: one class per row of the policy's status table, and the table itself
// as the lookup the runtime throws by; a status the table lacks is a plain APIError.
export function emitErrorClasses(policy: Policy): string {
  const exact = policy.errors.filter((row) => typeof row.status === 'number');
  const family = policy.errors.find((row) => row.status === '5xx');
  const fallback = family ? `(status >= 500 ? ${errorClassName(family.class)} : APIError)` : 'APIError';
  return `${generatedFrom('generators/policy/policy.json')}
import { APIError } from './errors.js';
${policy.errors.map((row) => `
/** The API answered ${row.status}. */
export class ${errorClassName(row.class)} extends APIError {
  /** The class's name, so logs and \`error.name\` checks tell the errors apart. */
  override name = '${errorClassName(row.class)}';
}
`).join('')}
const BY_STATUS: Readonly<Record<number, typeof APIError>> = { ${exact.map((row) => `${row.status}: ${errorClassName(row.class)}`).join(', ')} };

/** The error class of an answer's status, per the policy's table. */
export function errorClassFor(status: number): typeof APIError {
  return BY_STATUS[status] ?? ${fallback};
}
`;
}
