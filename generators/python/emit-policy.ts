// cognitionos/_policy.py: generators/policy/policy.json as constants, so the runtime types no number
// of the policy by hand.
import { policyConstants, type ConstantValue, type Policy } from '../policy/policy.ts';

export function emitPolicy(policy: Policy): string {
  const lines = policyConstants(policy).map(({ words, value }) => `${words.join('_').toUpperCase()}${annotation(value)} = ${literal(value)}`);
  return `"""The client policy: generated from generators/policy/policy.json by generators/python. Do not edit."""\n\nfrom typing import Dict, Tuple\n\n${lines.join('\n')}\n`;
}

function annotation(value: ConstantValue): string {
  if (!Array.isArray(value)) return typeof value === 'object' ? ': Dict[int, str]' : '';
  return `: Tuple[${typeof value[0] === 'number' ? 'int' : 'str'}, ...]`;
}

function literal(value: ConstantValue): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `(${value.map((item) => JSON.stringify(item)).join(', ')}${value.length === 1 ? ',' : ''})`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([status, name]) => `${status}: ${JSON.stringify(name)}`).join(', ')}}`;
  return JSON.stringify(value);
}
