// The RFC 9457 problem body every exception carries (CognitionOSServiceException.problem(), read by
// the runtime's internal/Errors.java): the spec's own `ProblemDetails` when it declares one, else the
// platform's shape from DESIGN.md (type, title, status, detail, request_id, errors[{path, message}]),
// so that an SDK for a spec without it (most fixtures) still has its error body.
import { splitWords } from '../model/naming.ts';
import type { Field, NamedType, ObjectType, SdkModel, TypeRef } from '../model/types.ts';

export const PROBLEM = 'ProblemDetails';
const FIELD_ERROR = 'FieldError';

/** The problem types this package must emit besides the spec's: none when the spec has its own. */
export function problemTypes(model: Pick<SdkModel, 'types'>): ObjectType[] {
  const own = model.types.find((type) => type.name === PROBLEM);
  if (own) {
    checkProblem(own);
    return [];
  }
  if (model.types.some((type) => type.name === FIELD_ERROR)) throw new Error(`the spec names a schema ${FIELD_ERROR} but no ${PROBLEM}: the Java SDK's problem type would clash with it`);
  const string: TypeRef = { kind: 'string' };
  return [
    object(PROBLEM, 'An RFC 9457 problem: what every error answer of the API carries.', [
      field('type', string, true),
      field('title', string, true),
      field('status', { kind: 'integer', format: 'int64' }, true),
      field('detail', string, true),
      field('request_id', string, true),
      field('errors', { kind: 'list', item: { kind: 'named', name: FIELD_ERROR } }, false, 'Each offending field of a bad request.'),
    ]),
    object(FIELD_ERROR, 'One offending field of a bad request.', [field('path', string, true), field('message', string, true)]),
  ];
}

// The runtime reads title(), detail(), requestId() and errors()'s path() and message().
function checkProblem(type: NamedType): void {
  const wires = type.kind === 'object' ? type.fields.map((f) => f.wire) : [];
  const missing = ['title', 'detail', 'request_id', 'errors'].filter((wire) => !wires.includes(wire));
  if (missing.length) throw new Error(`${type.name}: the Java runtime reads the problem's ${missing.join(', ')}, which the spec's ${type.name} lacks`);
}

function object(name: string, description: string, fields: Field[]): ObjectType {
  return { kind: 'object', name, words: splitWords(name), description, deprecated: false, usage: { request: false, response: true }, origin: [], fields, additional: { kind: 'unknown' }, role: 'model' };
}

function field(wire: string, type: TypeRef, required: boolean, description?: string): Field {
  return { wire, words: splitWords(wire), type, required, nullable: false, readOnly: false, writeOnly: false, discriminator: false, secret: false, deprecated: false, ...(description ? { description } : {}) };
}
