"""What the sync and async clients share: settings, auth, headers, error building, decoding."""

from __future__ import annotations

import copy
import json
import os
import platform
import uuid
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, TypeVar

from ._errors import APIError, CognitionOSError, redact, status_error_class
from ._exchange import Exchange
from ._json import query_string
from ._options import RequestOptions
from ._request import APIRequest
from ._transport import RawResponse, Transport
from ._version import __version__
from .lowlevel.configuration import Configuration

M = TypeVar("M")
C = TypeVar("C", bound="ClientCore")
DEFAULT_BASE_URL = "http://localhost:8100/api/v3"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"cognitionos-python/{__version__} Python/{platform.python_version()}"


class ClientCore:
    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        default_headers: Optional[Mapping[str, str]] = None,
        configuration: Optional[Configuration] = None,
    ) -> None:
        """`configuration` (the generated low-level Configuration) sets TLS and proxy options."""
        key = api_key or os.environ.get("COGNITIONOS_API_KEY")
        if not key:
            raise CognitionOSError("no API key: pass api_key=... or set COGNITIONOS_API_KEY")
        self.api_key = key
        self.base_url = (base_url or os.environ.get("COGNITIONOS_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.max_retries = max_retries
        self.timeout = timeout
        self._default_headers = dict(default_headers or {})
        self._transport = Transport(self.base_url, configuration)

    def with_options(self: C, **options: Any) -> C:
        """A client sharing this one's connections with some settings changed (max_retries, timeout)."""
        changed = copy.copy(self)
        for name in ("max_retries", "timeout"):
            if name in options:
                setattr(changed, name, options.pop(name))
        if options:
            raise TypeError(f"unknown client options: {', '.join(sorted(options))}")
        return changed

    def close(self) -> None:
        self._transport.close()

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs.
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _exchange(self, request: APIRequest) -> Exchange:
        options: RequestOptions = request.options or {}
        return Exchange(
            self._transport,
            request.method,
            self.base_url + request.path + query_string(request.query),
            self._headers(request.method, request.body is not None, options),
            request.body,
            options.get("max_retries", self.max_retries),
            options.get("timeout", self.timeout),
            self._status_error,
        )

    def _headers(self, method: str, has_body: bool, opts: RequestOptions) -> Dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            "Authorization": f"Bearer {self.api_key}",
            **self._default_headers,
            **opts.get("extra_headers", {}),
        }
        if has_body:
            headers["Content-Type"] = "application/json"
        # One key per logical request, generated once, so every retry of a create is the same create.
        if "idempotency_key" in opts:
            headers["Idempotency-Key"] = opts["idempotency_key"]
        elif method == "POST":
            headers["Idempotency-Key"] = f"cognitionos-python-{uuid.uuid4()}"
        return headers

    def _status_error(self, response: RawResponse) -> APIError:
        problem = _problem(response.content)
        request_id = response.headers.get("X-Request-Id") or _text(problem.get("request_id"))
        title = _text(problem.get("title")) or f"HTTP {response.status}"
        detail = _text(problem.get("detail"))
        message = f"{response.status} {title}" + (f": {detail}" if detail else "") + f" (request_id={request_id})"
        return status_error_class(response.status)(
            redact(message, self.api_key),
            status=response.status,
            body=problem or None,
            headers=response.headers,
            request_id=request_id,
        )


def parse_model(response: RawResponse, parse: Callable[[Any], Optional[M]], request: APIRequest) -> M:
    parsed = parse(json.loads(response.content) if response.content else None)
    if parsed is None:
        raise APIError(f"{request}: empty response body", status=response.status, headers=response.headers)
    return parsed


def page_parts(page: Any) -> Tuple[List[Any], bool, Optional[str]]:
    """The generated <Model>List's items, has_more and next_cursor."""
    return list(page.data), bool(page.has_more), page.next_cursor


def _problem(content: bytes) -> Dict[str, Any]:
    try:
        parsed = json.loads(content) if content else {}
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None
