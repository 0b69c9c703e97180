// generators/policy/policy.json in Java: io.cognitionos.internal.Policy holds policyConstants()
// (the same constants every runtime gets), the status table as the exception factory, and one
// exception class per row of that table.
import { policyConstants, type ConstantValue, type Policy } from '../policy/policy.ts';
import { EMITTED_HEADER } from './header.ts';
import { constant, documented, javadoc, literal, type DocTags } from './naming.ts';

type ErrorRow = Policy['errors'][number];

const POLICY_HEADER = EMITTED_HEADER.replace('spec/openapi.json', 'generators/policy/policy.json');

function declaration(name: string, value: ConstantValue): string {
  if (typeof value === 'string') return `String ${name} = ${literal(value)}`;
  if (typeof value === 'boolean') return `boolean ${name} = ${value}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'int' : 'double'} ${name} = ${value}`;
  if (Array.isArray(value)) {
    return (value as Array<number | string>).every((v) => typeof v === 'number')
      ? `Set<Integer> ${name} = Set.of(${value.join(', ')})`
      : `Set<String> ${name} = Set.of(${(value as string[]).map(literal).join(', ')})`;
  }
  return `Map<Integer, String> ${name} = Map.of(${Object.entries(value).map(([status, name]) => `${status}, ${literal(name)}`).join(', ')})`;
}

/** The parameters every service exception's constructor takes, as CognitionOSServiceException documents them. */
const EXCEPTION_PARAMS: NonNullable<DocTags['params']> = [
  ['message', 'the policy\'s message: the call, then the answer'],
  ['statusCode', 'the answer\'s HTTP status'],
  ['headers', 'the answer\'s headers'],
  ['problem', 'the problem+json body (title and status filled from the answer when it lacks them), or null'],
  ['idempotencyKey', 'the Idempotency-Key the request carried, or null'],
];

export const exceptionClass = (row: ErrorRow) => `${row.class}Exception`;

export function emitPolicy(policy: Policy): string {
  const exact = policy.errors.filter((row) => typeof row.status === 'number');
  const family = policy.errors.find((row) => row.status === '5xx')!;
  const args = 'message, status, headers, problem, idempotencyKey';
  return `${POLICY_HEADER}
package io.cognitionos.internal;

import io.cognitionos.errors.*;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Set;

/** The client policy every SDK of this platform follows. Internal. */
public final class Policy {
${policyConstants(policy).map((c) => `    public static final ${declaration(constant(c.words), c.value)};\n`).join('')}
    private Policy() {}

    /** The status table: the exception for an answer's status. */
    public static CognitionOSServiceException exceptionFor(int status, String message, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        switch (status) {
${exact.map((row) => `            case ${row.status}:\n                return new ${exceptionClass(row)}(${args});\n`).join('')}            default:
                return status >= 500 ? new ${exceptionClass(family)}(${args}) : new CognitionOSServiceException(${args});
        }
    }
}
`;
}

export function emitException(row: ErrorRow): string {
  const name = exceptionClass(row);
  return `${POLICY_HEADER}
package io.cognitionos.errors;

import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;

${javadoc('', `The API answered ${row.status}.`)}public class ${name} extends CognitionOSServiceException {
    private static final long serialVersionUID = 1L;

${documented('    ', ['Built by the SDK from an error answer.'], { params: EXCEPTION_PARAMS })}    public ${name}(String message, int statusCode, HttpHeaders headers, ProblemDetails problem, String idempotencyKey) {
        super(message, statusCode, headers, problem, idempotencyKey);
    }
}
`;
}
