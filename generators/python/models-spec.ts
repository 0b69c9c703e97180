// The spec openapi-generator writes the pydantic models from: the real spec with every object, enum
// and union the model named for an inline schema (`HealthStatus`, `OrderShipping`) moved into
// components under that name, so openapi-generator writes a class of the model's own name for each
// (left inline, it would name them itself, or not make a class at all for an inline enum). Only
// whole subtrees are moved, at the JSON pointer the model records (`origin`); no schema is read.
import type { NamedType, SdkModel } from '../model/types.ts';
import { hasModelClass } from './py-types.ts';

type Json = Record<string, any>;

export function modelsSpec(spec: Json, model: Pick<SdkModel, 'types'>): Json {
  const copy: Json = structuredClone(spec);
  const schemas: Json = ((copy.components ??= {}).schemas ??= {});
  // Deepest first: a nested inline type is replaced by its reference before its owner moves.
  const inline = model.types.filter((t) => hasModelClass(t) && !isComponent(t)).sort((a, b) => b.origin.length - a.origin.length);
  for (const type of inline) {
    const { parent, key } = locate(copy, type);
    schemas[type.name] = parent[key];
    parent[key] = { $ref: `#/components/schemas/${type.name}` };
  }
  // The model template masks secret fields in repr() only in a class marked as having one.
  for (const type of model.types) {
    if (type.kind === 'object' && type.fields.some((f) => f.secret)) schemas[isComponent(type) ? type.origin[2]! : type.name]['x-cognitionos-has-secret'] = true;
  }
  return copy;
}

const isComponent = (type: NamedType) => type.origin.length === 3 && type.origin[0] === 'components' && type.origin[1] === 'schemas';

// Walks `origin`; a parameter is named by its `name` in the model's origin (not by its index), at the
// operation or at its path item, and its type is its `schema`.
function locate(spec: Json, type: NamedType): { parent: Json; key: string } {
  let parent: Json = spec;
  const tokens = [...type.origin];
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token === 'parameters' && i === 3) {
      const name = tokens[i + 1]!;
      const declared = [...(parent.parameters ?? []), ...(spec.paths[tokens[1]!].parameters ?? [])].find((p: Json) => p.name === name);
      if (!declared) break;
      return descend(declared, tokens.slice(i + 2), 'schema', type);
    }
    parent = parent?.[token];
    if (!parent || typeof parent !== 'object') break;
  }
  const key = tokens[tokens.length - 1]!;
  if (!parent || typeof parent !== 'object' || !(key in parent)) throw new Error(`python: ${type.name} is not at #/${type.origin.join('/')}`);
  return { parent, key };
}

function descend(start: Json, rest: string[], first: string, type: NamedType): { parent: Json; key: string } {
  const tokens = [first, ...rest];
  let parent = start;
  for (const token of tokens.slice(0, -1)) parent = parent?.[token];
  const key = tokens[tokens.length - 1]!;
  if (!parent || typeof parent !== 'object' || !(key in parent)) throw new Error(`python: ${type.name} is not at #/${type.origin.join('/')}`);
  return { parent, key };
}
