// The one naming of the model: how a name splits into words, which words are acronyms, and how a
// word becomes singular or plural. Every language's spelling file joins these words its own way and
// keeps only its own joining and reserved words.
import type { Words } from './types.ts';

/** Words every language may spell as an initialism (Go: `APIKeys`, `TenantID`, `IDs`). */
export const ACRONYMS: ReadonlySet<string> = new Set(['api', 'id', 'url', 'uri', 'uuid', 'json', 'http', 'html', 'ip', 'sdk', 'cli', 'mcp', 'ttl']);

const pluralAcronym = new RegExp(`(${[...ACRONYMS].map((a) => a.toUpperCase()).join('|')})s(?![a-z])`, 'g');

/** `tenant_id`, `apiKeys`, `APIKeys`, `api-keys`, `IDs`, `memory:read` -> lower-case words. */
export function splitWords(name: string): Words {
  return name
    .replace(pluralAcronym, ' $1s ')
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => (isPluralAcronym(part) ? [part] : (part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[0-9]+/g) ?? [])))
    .map((word) => word.toLowerCase());
}

function isPluralAcronym(part: string): boolean {
  return /^[A-Z]+s$/.test(part) && ACRONYMS.has(part.slice(0, -1).toLowerCase());
}

/** The acronym a word spells, plural included: `id` -> `ID`, `ids` -> `IDs`; undefined for other words. */
export function acronymOf(word: string): string | undefined {
  if (ACRONYMS.has(word)) return word.toUpperCase();
  if (word.endsWith('s') && ACRONYMS.has(word.slice(0, -1))) return `${word.slice(0, -1).toUpperCase()}s`;
  return undefined;
}

/** `policies` -> `policy`, `addresses` -> `address`, `statuses` -> `status`; `access`, `status` stay. */
export function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|z|us)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** `policy` -> `policies`, `address` -> `addresses`, `key` -> `keys`. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The last word made singular: ['api', 'keys'] -> ['api', 'key']. */
export function singularWords(words: Words): Words {
  return [...words.slice(0, -1), singular(words[words.length - 1]!)];
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const camelCase = (words: Words) => words.map((word, i) => (i === 0 ? word : capitalize(word))).join('');
export const pascalCase = (words: Words) => words.map(capitalize).join('');
export const snakeCase = (words: Words) => words.join('_');
export const kebabCase = (words: Words) => words.join('-');
export const upperSnakeCase = (words: Words) => words.map((word) => word.toUpperCase()).join('_');
