// Generated from generators/typescript/runtime/internal/message.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/message.ts or the generator.
// Fills the policy's message templates: `{name}` is replaced by its value; in `{prefix name suffix}`
// the last snake_case word is the name and the group vanishes when the value is empty. Every SDK
// implements this same rule, so their messages read alike.

export function formatMessage(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{([^{}]*?)([a-z_]+)([^{}a-z_]*)\}/g, (_, prefix: string, name: string, suffix: string) => {
    const value = values[name];
    return value === undefined || value === '' ? '' : `${prefix}${value}${suffix}`;
  });
}
