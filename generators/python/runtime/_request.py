"""What one emitted method asks for: the operation's method, its path (filled in) and the spec's path
template it was filled from, its query and body, and the caller's per-request options. The transport
details are the client's."""

from __future__ import annotations

from typing import Any, Dict, Mapping, NamedTuple, Optional

from ._options import RequestOptions


class APIRequest(NamedTuple):
    method: str
    path: str
    query: Optional[Mapping[str, Any]] = None
    body: Optional[Dict[str, Any]] = None
    options: Optional[RequestOptions] = None
    route: Optional[str] = None
    """The spec's path template, when the path has parameters (`/tenants/{tenant_id}`)."""

    @property
    def template(self) -> str:
        """The call's name in messages: the spec's path, never an id (the same in every SDK)."""
        return self.route or self.path

    def at_cursor(self, cursor: str) -> "APIRequest":
        """The same list call, for the page that starts at `cursor`."""
        return self._replace(query={**(self.query or {}), "cursor": cursor})

    def __str__(self) -> str:
        return f"{self.method} {self.template}"
