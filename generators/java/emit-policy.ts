// generators/policy/policy.json in Java: every value a constant of io.cognitionos.internal.Policy
// (named by its path: retries.maxRetries -> RETRIES_MAX_RETRIES), the status table as the
// exception factory, and one exception class per row of that table.
import type { Json } from '../model/types.ts';
import { EMITTED_HEADER } from './header.ts';
import { constant, javadoc, literal, wordsOf } from './naming.ts';

export interface ErrorRow {
  status: number | string;
  class: string;
}

const POLICY_HEADER = EMITTED_HEADER.replace('spec/openapi.json', 'generators/policy/policy.json');

function javaConstant(name: string, value: unknown): string | undefined {
  if (typeof value === 'string') return `public static final String ${name} = ${literal(value)};`;
  if (typeof value === 'boolean') return `public static final boolean ${name} = ${value};`;
  if (typeof value === 'number') return Number.isInteger(value) ? `public static final int ${name} = ${value};` : `public static final double ${name} = ${value};`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return `public static final Set<Integer> ${name} = Set.of(${value.join(', ')});`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `public static final Set<String> ${name} = Set.of(${value.map(literal).join(', ')});`;
  return undefined;
}

// The errors table is the exception factory below; `$comment`s are prose.
function constants(policy: Json, path: string[] = []): string[] {
  return Object.entries(policy).flatMap(([key, value]) => {
    if (key.startsWith('$') || (key === 'errors' && !path.length)) return [];
    const words = [...path, ...wordsOf(key)];
    if (value && typeof value === 'object' && !Array.isArray(value)) return constants(value, words);
    const line = javaConstant(constant(words), value);
    if (!line) throw new Error(`policy.json: no Java spelling for ${words.join('.')}`);
    return [line];
  });
}

export const exceptionClass = (row: ErrorRow) => `${row.class}Exception`;

export function emitPolicy(policy: Json): string {
  const rows = policy.errors as ErrorRow[];
  const exact = rows.filter((row) => typeof row.status === 'number');
  const families = rows.filter((row) => typeof row.status === 'string');
  return `${POLICY_HEADER}
package io.cognitionos.internal;

import io.cognitionos.errors.*;
import io.cognitionos.models.ProblemDetails;
import java.net.http.HttpHeaders;
import java.util.Set;

/** The client policy every SDK of this platform follows. Internal. */
public final class Policy {
${constants(policy).map((line) => `    ${line}\n`).join('')}
    private Policy() {}

    /** The status table: the exception class for an answer's status. */
    public static CognitionOSServiceException exceptionFor(int status, String message, HttpHeaders headers, ProblemDetails problem) {
        switch (status) {
${exact.map((row) => `            case ${row.status}:\n                return new ${exceptionClass(row)}(message, status, headers, problem);\n`).join('')}            default:
${families.map((row) => `                if (status / 100 == ${String(row.status).charAt(0)}) return new ${exceptionClass(row)}(message, status, headers, problem);\n`).join('')}                return new CognitionOSServiceException(message, status, headers, problem);
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

    public ${name}(String message, int statusCode, HttpHeaders headers, ProblemDetails problem) {
        super(message, statusCode, headers, problem);
    }
}
`;
}
