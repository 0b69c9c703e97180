// How MCP spells the model: tool names `<resource words>_<verb words>` in snake case
// (`tenants_api_keys_revoke`), within the protocol's `^[a-zA-Z0-9_-]{1,64}$`.
import { snakeCase, splitWords } from '../model/naming.ts';
import type { Method, Resource } from '../model/types.ts';

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** `tenants_api_keys`: how tool names spell a resource. */
export const resourcePrefix = (resource: Resource) => snakeCase(resource.qualifiedWords.flat());

export function toolName(resource: Resource, method: Method): string {
  const name = `${resourcePrefix(resource)}_${snakeCase(splitWords(method.verb))}`;
  if (!TOOL_NAME.test(name)) throw new Error(`${method.operationId}: tool name ${name} does not match ${TOOL_NAME}`);
  return name;
}
