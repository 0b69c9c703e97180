// Word splitting and the common ways to join words back. The model stores every name as words, so each
// language spells it its own way; these joiners are the ones more than one language shares.
import type { Words } from './types.ts';

/** `tenant_id`, `apiKeys`, `APIKeys`, `api-keys`, `tenants.apiKeys` -> lower-case words. */
export function splitWords(name: string): Words {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const camelCase = (words: Words) => words.map((word, i) => (i === 0 ? word : capitalize(word))).join('');
export const pascalCase = (words: Words) => words.map(capitalize).join('');
export const snakeCase = (words: Words) => words.join('_');
export const kebabCase = (words: Words) => words.join('-');
