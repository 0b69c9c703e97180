// Go spellings of the model's words: exported and unexported identifiers with Go's initialisms
// (`tenant_id` -> `TenantID`, `api keys` -> `APIKeys`, `ids` -> `IDs`), the verb table, service
// and params type names. Words, acronyms and singulars come from generators/model/naming.ts.
import { acronymOf, singularWords, splitWords } from '../model/naming.ts';
import { allResources } from '../model/build.ts';
import type { Method, Resource, SdkModel, Words } from '../model/types.ts';

/** `['tenant', 'id']` -> `TenantID`. */
export function exported(words: Words): string {
  return words.map((word) => acronymOf(word) ?? word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** `['tenant', 'id']` -> `tenantID`; a first word that is an initialism is all lower case (`apiKey`).
 * A name Go reserves, or one the generated method bodies use themselves, gets `Param` after it. */
export function unexported(words: Words): string {
  const [first = '', ...rest] = words;
  const name = first + exported(rest);
  return RESERVED.has(name) ? `${name}Param` : name;
}

// Go's keywords, the packages a service file imports, and the locals of a generated method.
const RESERVED = new Set([
  ...['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if'],
  ...['import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var'],
  ...['context', 'http', 'iter', 'url', 'time', 'option', 'json'],
  ...['ctx', 'opts', 'params', 'path', 'err', 's', 'created', 'status', 'read', 'terminal'],
]);

const VERBS: Record<string, string> = { create: 'New', retrieve: 'Get', list: 'List', update: 'Update', delete: 'Delete' };

/** create -> New, retrieve -> Get, ...; other operations keep their name (`Revoke`). */
export function goVerb(method: Pick<Method, 'verb'>): string {
  return VERBS[method.verb] ?? exported(splitWords(method.verb));
}

// `tenants.apiKeys` -> Tenant + APIKey: each segment's last word singular.
function resourceWords(resource: Resource): Words {
  return resource.qualifiedWords.flatMap(singularWords);
}

/** `TenantAPIKeyService`. */
export function serviceType(resource: Resource): string {
  return `${exported(resourceWords(resource))}Service`;
}

/** `TenantAPIKeyNewParams`. */
export function paramsType(resource: Resource, method: Pick<Method, 'verb'>): string {
  return `${exported(resourceWords(resource))}${goVerb(method)}Params`;
}

/** The client or parent service field: `Tenants`, `APIKeys`. */
export function fieldName(resource: Resource): string {
  return exported(resource.words);
}

/** How a caller reaches a method from the client: `Tenants.APIKeys.New`. */
export function methodPath(model: Pick<SdkModel, 'resources'>, method: Pick<Method, 'resource' | 'verb'>): string {
  const resources = allResources(model.resources);
  const segments = method.resource.split('.').map((_, i, all) => all.slice(0, i + 1).join('.'));
  return [...segments.map((id) => fieldName(resources.find((r) => r.id === id)!)), goVerb(method)].join('.');
}

/** `a, b and c`. */
export function joinWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]!;
}
