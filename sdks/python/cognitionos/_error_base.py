# Generated from generators/python/runtime/_error_base.py by generators/python. Do not edit: change it there.
"""The bases of the exception hierarchy; _errors.py (emitted from generators/policy/policy.json)
adds one APIStatusError subclass per status family of the policy's table.

Every error carries the HTTP status, the problem+json body, the response headers and the
X-Request-Id, so a support ticket can name the exact request. No message ever holds the API key.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from urllib3 import HTTPHeaderDict

from ._policy import MIN_SECRET_CHARS

__all__ = [
    "CognitionOSError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "PollTimeoutError",
    "redact",
]


class CognitionOSError(Exception):
    """Base of every error this SDK raises."""


class APIError(CognitionOSError):
    """A request to the API did not produce a successful answer."""

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        body: Optional[Dict[str, Any]] = None,
        headers: Optional[Mapping[str, str]] = None,
        request_id: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body
        # Case-insensitive, as HTTP header names are: error.headers["x-request-id"] works too.
        self.headers: Mapping[str, str] = HTTPHeaderDict(headers or {})
        self.request_id = request_id
        # The Idempotency-Key the failed call sent (every POST sends one). The call may have been
        # written even so: retry with request_options={"idempotency_key": error.idempotency_key}.
        self.idempotency_key: Optional[str] = None

    @property
    def errors(self) -> List[Dict[str, Any]]:
        """The problem body's `errors`: one `{path, message}` per offending field."""
        found = (self.body or {}).get("errors")
        return list(found) if isinstance(found, list) else []


class APIConnectionError(APIError):
    """The connection failed or dropped before a complete answer arrived."""


class APITimeoutError(APIConnectionError):
    """No answer within the timeout of one attempt."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status."""


class PollTimeoutError(CognitionOSError):
    """A create-and-poll call gave up: every read answered, but the object was still not in a final
    status when the poll timeout passed. Not a connection error: the object lives on, and
    `last_status` says where it was."""

    def __init__(self, message: str, *, last_status: str, timeout_ms: float) -> None:
        super().__init__(message)
        self.message = message
        self.last_status = last_status
        self.timeout_ms = timeout_ms


def redact(text: str, secret: Optional[str]) -> str:
    """Removes the caller's exact API key from text that might echo a request (defence in depth);
    the server's words around it stay."""
    return text.replace(secret, "[redacted]") if secret and len(secret) >= MIN_SECRET_CHARS else text
