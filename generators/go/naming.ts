// Go spellings of the model's names: exported and unexported identifiers with Go's initialisms
// (`tenant_id` -> `TenantID`, `apiKeys` -> `APIKeys`), service and params type names.
import type { Method, Resource, Words } from '../model/types.ts';

const INITIALISMS = new Set(['id', 'api', 'url', 'http', 'json', 'uri', 'uuid']);

/** `['tenant', 'id']` -> `TenantID`. */
export function exported(words: Words): string {
  return words.map((word) => (INITIALISMS.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1))).join('');
}

/** `['tenant', 'id']` -> `tenantID`; a first word that is an initialism is all lower case (`apiKey`). */
export function unexported(words: Words): string {
  const [first, ...rest] = words;
  return first + exported(rest);
}

/** Any spelling (`ApiKeyWithSecret`, `memory:read`, `top_k`) -> its lower-case words. */
export function wordsOf(name: string): Words {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** A schema's Go type name: `ApiKeyWithSecret` -> `APIKeyWithSecret`. */
export function typeName(schemaName: string): string {
  return exported(wordsOf(schemaName));
}

const VERBS: Record<string, string> = { create: 'New', retrieve: 'Get', list: 'List', update: 'Update', delete: 'Delete' };

/** create -> New, retrieve -> Get, ...; other operations keep their name (`Revoke`). */
export function goVerb(method: Method): string {
  return VERBS[method.verb] ?? exported(wordsOf(method.verb));
}

// `tenants.apiKeys` -> Tenant + APIKey: each segment's last word singular.
function singularWords(resource: Resource): Words {
  return resource.qualifiedWords.flatMap((segment) => [...segment.slice(0, -1), singular(segment[segment.length - 1])]);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** `TenantAPIKeyService`. */
export function serviceType(resource: Resource): string {
  return `${exported(singularWords(resource))}Service`;
}

/** `TenantAPIKeyNewParams`. */
export function paramsType(resource: Resource, method: Method): string {
  return `${exported(singularWords(resource))}${goVerb(method)}Params`;
}

/** The client or parent service field: `Tenants`, `APIKeys`. */
export function fieldName(resource: Resource): string {
  return exported(resource.words);
}
