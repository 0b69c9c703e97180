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
