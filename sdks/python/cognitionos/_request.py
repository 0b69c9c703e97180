# Generated from generators/python/runtime/_request.py by generators/python. Do not edit: change it there.
"""What one emitted method asks for: the operation's method and path, its query and body, and the
caller's per-request options. The transport details are the client's."""

from __future__ import annotations

from typing import Any, Dict, Mapping, NamedTuple, Optional

from ._options import RequestOptions


class APIRequest(NamedTuple):
    method: str
    path: str
    query: Optional[Mapping[str, Any]] = None
    body: Optional[Dict[str, Any]] = None
    options: Optional[RequestOptions] = None

    def at_cursor(self, cursor: str) -> "APIRequest":
        """The same list call, for the page that starts at `cursor`."""
        return self._replace(query={**(self.query or {}), "cursor": cursor})

    def __str__(self) -> str:
        return f"{self.method} {self.path}"
