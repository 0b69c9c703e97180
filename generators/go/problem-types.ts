// The runtime (errors.go) decodes every error answer into ProblemDetails and its FieldError list:
// RFC 9457 problem details, the platform's error contract. A spec that declares both types (the
// CognitionOS spec does) gets them from its model; for one that does not (a fixture), they are
// added here in RFC 9457's shape, so the runtime compiles against any spec.
import type { Field, NamedType, ObjectType, SdkModel, TypeRef } from '../model/types.ts';
import { typeName } from './go-types.ts';

const string: TypeRef = { kind: 'string' };

function field(wire: string, words: string[], type: TypeRef, required: boolean): Field {
  return { wire, words, type, required, nullable: false, readOnly: false, writeOnly: false, discriminator: false, secret: false, deprecated: false };
}

function object(name: string, words: string[], description: string, fields: Field[]): ObjectType {
  return { kind: 'object', name, words, description, deprecated: false, usage: { request: false, response: true }, origin: [], fields, additional: { kind: 'unknown' }, role: 'model' };
}

const RFC9457: ObjectType[] = [
  object('ProblemDetails', ['problem', 'details'], 'RFC 9457 problem details.', [
    field('type', ['type'], string, true),
    field('title', ['title'], string, true),
    field('status', ['status'], { kind: 'integer', format: 'int64' }, true),
    field('detail', ['detail'], string, true),
    field('request_id', ['request', 'id'], string, true),
    field('errors', ['errors'], { kind: 'list', item: { kind: 'named', name: 'FieldError' } }, false),
  ]),
  object('FieldError', ['field', 'error'], 'One offending field of bad input.', [field('path', ['path'], string, true), field('message', ['message'], string, true)]),
];

/** The model's types, plus the problem types the runtime needs that the spec does not declare. */
export function withProblemTypes(model: SdkModel): SdkModel {
  const declared = new Set(model.types.map((type) => typeName(type)));
  const missing: NamedType[] = RFC9457.filter((type) => !declared.has(typeName(type)));
  return missing.length ? { ...model, types: [...model.types, ...missing] } : model;
}
