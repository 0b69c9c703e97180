"""What the sync and async clients share: settings, auth, headers, error building, decoding."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import platform
import uuid
from http import HTTPStatus
from typing import Any, Callable, Dict, Generic, List, Mapping, Optional, Sequence, Tuple, TypeVar

from urllib3 import HTTPHeaderDict

from . import _policy as policy
from ._configuration import Configuration
from ._error_base import redact
from ._errors import APIError, BadRequestError, CognitionOSError, status_error_class
from ._exchange import Exchange
from ._http import HTTPResponse
from ._json import query_string
from ._logging import configure_from_environment
from ._message import format_message
from ._options import RequestOptions
from ._request import APIRequest
from ._trace import inject_trace_context
from ._version import __version__

M = TypeVar("M")
C = TypeVar("C", bound="ClientCore[Any, Any]")
MW = TypeVar("MW")  # the client's middleware: sync or async
HC = TypeVar("HC")  # the caller's HTTP client: a urllib3 PoolManager or an aiohttp ClientSession
DEFAULT_BASE_URL = policy.DEFAULT_BASE_URL
DEFAULT_TIMEOUT = policy.TIMEOUT_MS / 1000
DEFAULT_MAX_RETRIES = policy.MAX_RETRIES
USER_AGENT = format_message(
    policy.USER_AGENT, {"language": "python", "version": __version__, "runtime": "python", "runtime_version": platform.python_version()}
)


class ClientCore(Generic[MW, HC]):
    """Settings, auth, headers and error building, shared by the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        default_headers: Optional[Mapping[str, str]] = None,
        configuration: Optional[Configuration] = None,
        proxy: Optional[str] = None,
        http_client: Optional[HC] = None,
        middleware: Sequence[MW] = (),
    ) -> None:
        """`configuration` (cognitionos.Configuration) sets TLS, proxy and pool options; `proxy` is the
        proxy URL alone. `http_client` is your own urllib3 PoolManager (sync) or aiohttp ClientSession
        (async), used as it is and left open by close(). `middleware` runs around each attempt."""
        configure_from_environment()
        key = api_key or os.environ.get(policy.API_KEY_ENV)
        if not key:
            raise CognitionOSError(f"no API key: pass api_key=... or set {policy.API_KEY_ENV}")
        self.api_key: str = key
        self.base_url: str = (base_url or os.environ.get(policy.BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.max_retries: int = max_retries
        self.timeout: float = timeout
        self._default_headers = dict(default_headers or {})
        self._middleware: Tuple[MW, ...] = tuple(middleware)
        # Raw mode (with_raw_response): calls answer an APIResponse instead of their parsed value.
        self._raw = False
        self._connect(_with_proxy(configuration, proxy, http_client), http_client)

    def _connect(self, configuration: Optional[Configuration], http_client: Optional[HC]) -> None:
        """Makes the client's transport: the sync client's urllib3 pool or the async client's aiohttp session."""
        raise NotImplementedError

    def _raw_mode(self: C) -> C:
        """This client, sharing its connections, with every call answering an APIResponse."""
        raw = copy.copy(self)
        raw._raw = True
        return raw

    def with_options(self: C, **options: Any) -> C:
        """A client sharing this one's connections with some settings changed (max_retries, timeout)."""
        changed = copy.copy(self)
        for name in ("max_retries", "timeout"):
            if name in options:
                setattr(changed, name, options.pop(name))
        if options:
            raise TypeError(f"unknown client options: {', '.join(sorted(options))}")
        return changed

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs.
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _exchange(self, request: APIRequest) -> Exchange:
        options: RequestOptions = request.options or {}
        return Exchange(
            request.method,
            self.base_url + request.path + query_string(request.query),
            request.template,
            self._headers(request.method, request.body is not None, options),
            request.body,
            options.get("max_retries", self.max_retries),
            options.get("timeout", self.timeout),
            self._status_error,
        )

    def _headers(self, method: str, has_body: bool, opts: RequestOptions) -> HTTPHeaderDict:
        # Case-insensitive, as header names are: a caller's `idempotency-key` replaces the SDK's own.
        headers = HTTPHeaderDict({"Accept": "application/json", "User-Agent": USER_AGENT, "Authorization": f"Bearer {self.api_key}"})
        for layer in (self._default_headers, opts.get("extra_headers", {})):
            for name, value in layer.items():
                headers[name] = value
        if has_body:
            headers["Content-Type"] = "application/json"
        # One key per logical request, generated once, so every retry of a create is the same create.
        key = opts.get("idempotency_key", headers.get(policy.IDEMPOTENCY_HEADER))
        if key is None and method in policy.IDEMPOTENCY_METHODS:
            key = f"{policy.IDEMPOTENCY_KEY_PREFIX}{uuid.uuid4()}"
        if key is not None:
            headers[policy.IDEMPOTENCY_HEADER] = _checked_key(key)
        inject_trace_context(headers)
        return headers

    def _status_error(self, method: str, route: str, response: HTTPResponse) -> APIError:
        problem = _problem(response.content)
        request_id = response.headers.get(policy.REQUEST_ID_HEADER) or _text(problem.get("request_id"))
        detail = _text(problem.get("detail"))
        fields = [format_message(policy.FIELD_ERROR_MESSAGE, e) for e in problem.get("errors") or [] if isinstance(e, dict)]
        listed = policy.FIELD_ERROR_SEPARATOR.join(fields)
        message = format_message(
            policy.API_ERROR_MESSAGE,
            {
                "method": method,
                "path": route,
                "status": response.status,
                "title": _text(problem.get("title")) or _phrase(response.status),
                "detail": detail,
                # Once: the server's 400 detail is already its field errors joined.
                "field_errors": None if listed == detail else listed,
                "request_id": request_id,
            },
        )
        return status_error_class(response.status)(
            redact(message, self.api_key),
            status=response.status,
            body=problem or None,
            headers=response.headers,
            request_id=request_id,
        )


def parse_model(response: HTTPResponse, parse: Callable[[Any], Optional[M]], request: APIRequest) -> M:
    parsed = parse(json.loads(response.content) if response.content else None)
    if parsed is None:
        raise APIError(f"{request}: empty response body", status=response.status, headers=response.headers)
    return parsed


def page_parts(page: Any) -> Tuple[List[Any], bool, Optional[str]]:
    """The generated <Model>List's items, has_more and next_cursor."""
    return list(page.data), bool(page.has_more), page.next_cursor


def _with_proxy(configuration: Optional[Configuration], proxy: Optional[str], http_client: Optional[Any]) -> Optional[Configuration]:
    """The Configuration with `proxy=` applied; a caller's own HTTP client carries its own settings."""
    if http_client is not None and (configuration is not None or proxy is not None):
        raise CognitionOSError("http_client= is used as it is: set its TLS and proxy on it, not with configuration= or proxy=")
    if proxy is None:
        return configuration
    return dataclasses.replace(configuration or Configuration(), proxy=proxy)


def _checked_key(key: str) -> str:
    """A key must be one header value: a CR or LF would split the request (refused as bad input)."""
    if "\r" in key or "\n" in key:
        field = f"header.{policy.IDEMPOTENCY_HEADER.lower()}"
        raise BadRequestError.invalid_input(field, f"{policy.IDEMPOTENCY_HEADER} must not contain CR or LF")
    return key


def _problem(content: bytes) -> Dict[str, Any]:
    """The problem+json body; a body that is not JSON (a proxy's HTML page) is kept as the detail."""
    try:
        parsed = json.loads(content) if content else {}
    except ValueError:
        return {"detail": content.decode("utf-8", "replace")[: policy.RAW_DETAIL_MAX_CHARS]}
    return parsed if isinstance(parsed, dict) else {}


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None
