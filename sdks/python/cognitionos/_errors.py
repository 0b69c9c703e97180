"""The exception hierarchy: generated from generators/policy/policy.json by generators/python. Do not edit.

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
    "CognitionOSError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "PollTimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class BadRequestError(APIStatusError):
    """400, or input the SDK refuses before sending anything (then `status` is None)."""

    @classmethod
    def invalid_input(cls, field: str, message: str) -> "BadRequestError":
        """Input refused before any request: `body` names the offending field, as a 400 would."""
        body = {"title": "Invalid input", "detail": message, "errors": [{"path": field, "message": message}]}
        return cls(message, body=body)


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


# The policy's status table; any status it does not name is a plain APIStatusError.
_BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> Type[APIStatusError]:
    """The error class the policy gives an HTTP status."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)
