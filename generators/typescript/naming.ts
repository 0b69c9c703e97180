// How the TypeScript surface spells the model: camelCase members and arguments, PascalCase classes,
// kebab-case module files. Spelling is the only thing this emitter adds to the model.
import { allResources } from '../model/build.ts';
import { camelCase, kebabCase, pascalCase, splitWords } from '../model/naming.ts';
import type { Field, Method, Resource, SdkModel } from '../model/types.ts';

export const clientName = (model: SdkModel) => `${model.name}Client`;
export const propertyName = (resource: Resource) => camelCase(resource.words);
export const fileName = (resource: Resource) => kebabCase(resource.words);
export const methodName = (method: Method) => camelCase(splitWords(method.verb));
/** `createAndPoll`: the create that also waits, beside `create`. */
export const pollMethodName = (method: Method) => camelCase([...splitWords(method.verb), 'and', 'poll']);
/** The client's properties down to a resource: `tenants.apiKeys` -> ['tenants', 'apiKeys']. */
export const clientPath = (resource: Resource) => resource.qualifiedWords.map(camelCase);
export const argName = (field: Field) => camelCase(field.words);

// `health` and `subscription` name both a resource and the object it returns: the type keeps
// the plain name (users import it far more often), the class becomes `HealthResource`.
export function className(resource: Resource, model: SdkModel): string {
  const name = pascalCase(resource.words);
  return exportedTypeNames(model).has(name) ? `${name}Resource` : name;
}

/** Every type name src/types.ts exports: the model's named types and the params types it adds. */
export function exportedTypeNames(model: SdkModel): Set<string> {
  return new Set([...model.types.map((t) => t.name), ...model.methods.flatMap((m) => (m.params ? [m.params.type] : []))]);
}

/** The read a polling create repeats: a sibling method, so createAndPoll can call `this.<read>`. */
export function pollingRead(model: SdkModel, create: Method): Method {
  const read = model.methods.find((m) => m.operationId === create.polling!.retrieve)!;
  if (read.resource !== create.resource) throw new Error(`${create.operationId}: polling read ${read.operationId} is not on ${create.resource}`);
  return read;
}

// Resource classes live in one flat folder: a clash must stop generation.
export function checkUniqueClassNames(model: SdkModel): void {
  const classes = allResources(model.resources).map((r) => className(r, model));
  const clash = classes.find((name, i) => classes.indexOf(name) !== i);
  if (clash) throw new Error(`two resources would both be class ${clash}`);
}
