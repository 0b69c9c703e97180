// What a change of spec/openapi.json means for SDK users, as a semver bump: the rule that turns "the
// API team changed the contract" into "every SDK gets a major, minor or patch release".
type Json = Record<string, any>;
export type Bump = 'major' | 'minor' | 'patch' | 'none';
export interface SpecChange { bump: Bump; reasons: string[] }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const rank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

function operationsOf(spec: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [path, item] of Object.entries<Json>(spec.paths ?? {}))
    for (const method of METHODS) if (item[method]) out.set(item[method].operationId ?? `${method} ${path}`, { ...item[method], method, path });
  return out;
}

/** Breaking for callers: things they use disappear, or new demands are made of what they send. */
function schemaChanges(name: string, before: Json, after: Json, reasons: [Bump, string][]) {
  const beforeProps = Object.keys(before.properties ?? {});
  const afterProps = Object.keys(after.properties ?? {});
  for (const prop of beforeProps) if (!afterProps.includes(prop)) reasons.push(['major', `${name}.${prop} removed`]);
  for (const prop of afterProps) if (!beforeProps.includes(prop)) reasons.push([(after.required ?? []).includes(prop) && name.endsWith('Params') ? 'major' : 'minor', `${name}.${prop} added`]);
  for (const prop of after.required ?? []) if (beforeProps.includes(prop) && !(before.required ?? []).includes(prop)) reasons.push(['major', `${name}.${prop} became required`]);
  const beforeEnum: unknown[] = before.enum ?? [];
  const afterEnum: unknown[] = after.enum ?? [];
  for (const value of beforeEnum) if (!afterEnum.includes(value)) reasons.push(['major', `${name} lost the value ${JSON.stringify(value)}`]);
  for (const value of afterEnum) if (!beforeEnum.includes(value)) reasons.push(['minor', `${name} gained the value ${JSON.stringify(value)}`]);
}

export function classifySpecChange(before: Json, after: Json): SpecChange {
  const reasons: [Bump, string][] = [];
  const beforeOps = operationsOf(before);
  const afterOps = operationsOf(after);
  for (const [id, op] of beforeOps) if (!afterOps.has(id)) reasons.push(['major', `operation ${id} (${op.method.toUpperCase()} ${op.path}) removed`]);
  for (const [id, op] of afterOps) {
    const old = beforeOps.get(id);
    if (!old) reasons.push(['minor', `operation ${id} (${op.method.toUpperCase()} ${op.path}) added`]);
    else if (old.path !== op.path || old.method !== op.method) reasons.push(['major', `operation ${id} moved to ${op.method.toUpperCase()} ${op.path}`]);
  }
  const beforeSchemas: Json = before.components?.schemas ?? {};
  const afterSchemas: Json = after.components?.schemas ?? {};
  for (const name of Object.keys(beforeSchemas)) if (!afterSchemas[name]) reasons.push(['major', `schema ${name} removed`]);
  for (const [name, schema] of Object.entries<Json>(afterSchemas)) {
    if (!beforeSchemas[name]) reasons.push(['minor', `schema ${name} added`]);
    else schemaChanges(name, beforeSchemas[name], schema, reasons);
  }
  if (reasons.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) reasons.push(['patch', 'descriptions, examples or constraints changed']);
  const bump = reasons.reduce<Bump>((worst, [level]) => (rank[level] > rank[worst] ? level : worst), 'none');
  return { bump, reasons: reasons.filter(([level]) => level === bump).map(([, reason]) => reason) };
}
