// Which tools a server offers: the filters of the command line, and destructive tools only when
// allowed. A filter that matches nothing is an error: an agent with no tools is a misconfiguration.
import type { Options } from './options.js';
import type { ToolSpec } from './tool-spec.js';

export function selectTools(tools: readonly ToolSpec[], options: Pick<Options, 'resources' | 'operation' | 'tools' | 'allowDestructive'>): ToolSpec[] {
  const unknown = options.tools.filter((name) => !tools.some((t) => t.name === name));
  if (unknown.length) throw new Error(`--tool: no tool named ${unknown.join(', ')}`);
  const selected = tools.filter(
    (tool) =>
      (options.resources.length === 0 || options.resources.some((glob) => resourceMatches(glob, tool))) &&
      (!options.operation || tool.operation === options.operation) &&
      (options.tools.length === 0 || options.tools.includes(tool.name)) &&
      (options.allowDestructive || !tool.annotations.destructiveHint),
  );
  if (selected.length === 0) throw new Error('no tool matches the filters given (destructive tools need --allow-destructive)');
  return selected;
}

// A glob matches the dotted id (`tenants.apiKeys`) or the tool names' prefix (`tenants_api_keys`).
function resourceMatches(glob: string, tool: ToolSpec): boolean {
  const pattern = new RegExp(`^${glob.split('*').map(escape).join('.*')}$`, 'i');
  return pattern.test(tool.resource) || pattern.test(tool.resourcePrefix);
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
