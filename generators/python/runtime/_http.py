"""What one attempt sends and what it gets back: the objects a transport and a caller's middleware see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, NamedTuple, Optional

from urllib3 import HTTPHeaderDict


@dataclass
class HTTPRequest:
    """One attempt of a call. A middleware may change `headers` (or any field) before passing it on."""

    method: str
    """`GET`, `POST`, ..."""
    url: str
    """The full URL, query included."""
    route: str
    """The spec's path template (`/tenants/{tenant_id}`): the call's name in messages and logs."""
    headers: HTTPHeaderDict
    """Case-insensitive, as header names are."""
    body: Optional[Any]
    """The JSON body as Python values (None when the call sends none)."""
    timeout: float
    """Seconds this attempt may take."""
    attempt: int
    """1 for the first attempt, 2 for the first retry, ..."""


class HTTPResponse(NamedTuple):
    """An answer as it came off the wire."""

    status: int
    """The HTTP status."""
    headers: Mapping[str, str]
    """Case-insensitive."""
    content: bytes
    """The body, undecoded."""
