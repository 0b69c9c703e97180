// cognitionos/_errors.py: the status-to-error-class table of generators/policy/policy.json as one
// APIStatusError subclass per row and the lookup the client raises through. The bases (APIError, the
// connection and timeout errors) are hand-written in runtime/_error_base.py.
import type { Policy } from '../policy/policy.ts';

/** The hand-written bases, re-exported so `cognitionos._errors` names the whole hierarchy. */
export const BASE_ERRORS = ['CognitionOSError', 'APIError', 'APIConnectionError', 'APITimeoutError', 'APIStatusError', 'PollTimeoutError'];

export const errorClass = (policyClass: string) => `${policyClass}Error`;

/** Every error class a caller may catch: the bases, then one per row of the policy's table. */
export function errorNames(policy: Policy): string[] {
  return [...BASE_ERRORS, ...policy.errors.map((e) => errorClass(e.class))];
}

// A 400 is also what the SDK raises for input it refuses before sending (an empty or dot-segment id,
// a CR/LF in a header): that class gets the constructor for it.
const INVALID_INPUT = `
    @classmethod
    def invalid_input(cls, field: str, message: str) -> "BadRequestError":
        """Input refused before any request: \`body\` names the offending field, as a 400 would."""
        body = {"title": "Invalid input", "detail": message, "errors": [{"path": field, "message": message}]}
        return cls(message, body=body)
`;

export function emitErrors(policy: Policy): string {
  const rows = policy.errors.map(({ status, class: name }) => {
    const doc = status === 400 ? '400, or input the SDK refuses before sending anything (then `status` is None).' : String(status);
    const extra = status === 400 ? INVALID_INPUT.replace('"BadRequestError"', `"${errorClass(name)}"`) : '';
    return `\n\nclass ${errorClass(name)}(APIStatusError):\n    """${doc}"""\n${extra}`;
  });
  const byStatus = policy.errors.filter((e) => e.status !== '5xx').map((e) => `    ${e.status}: ${errorClass(e.class)},`);
  const server = policy.errors.find((e) => e.status === '5xx');
  return `"""The exception hierarchy: generated from generators/policy/policy.json by generators/python. Do not edit.

One APIStatusError subclass per status family of the policy, over the bases of _error_base.py.
"""

from __future__ import annotations

from typing import Dict, Type

from ._error_base import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CognitionOSError,
    PollTimeoutError,
)

__all__ = [
${errorNames(policy).map((name) => `    "${name}",`).join('\n')}
]
${rows.join('')}

# The policy's status table; any status it does not name is a plain APIStatusError.
_BY_STATUS: Dict[int, Type[APIStatusError]] = {
${byStatus.join('\n')}
}


def status_error_class(status: int) -> Type[APIStatusError]:
    """The error class the policy gives an HTTP status."""
${server ? `    if status >= 500:\n        return ${errorClass(server.class)}\n` : ''}    return _BY_STATUS.get(status, APIStatusError)
`;
}
