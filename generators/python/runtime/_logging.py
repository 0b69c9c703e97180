"""The SDK's log: the stdlib logger "cognitionos", one record per attempt (method, path, status,
request id, attempt, elapsed). No header and no body is logged, so the API key never is.

COGNITIONOS_LOG (debug, info, warning, error) sets the logger's level and, when nothing else handles
it, prints it on stderr; an application that configures logging itself needs no variable.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict, Union
from urllib.parse import urlsplit

from ._errors import APIConnectionError, CognitionOSError
from ._http import HTTPRequest, HTTPResponse
from ._policy import LOG_ENV, REQUEST_ID_HEADER

logger = logging.getLogger("cognitionos")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "warn": logging.WARNING, "error": logging.ERROR}


def configure_from_environment() -> None:
    """Applies COGNITIONOS_LOG, if set; a value that names no level is refused, naming the variable."""
    value = os.environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    if value not in _LEVELS:
        raise CognitionOSError(f"{LOG_ENV}={value}: expected one of {', '.join(_LEVELS)}")
    logger.setLevel(_LEVELS[value])
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_attempt(request: HTTPRequest, outcome: Union[HTTPResponse, APIConnectionError], elapsed: float) -> None:
    """A success at DEBUG; a failed attempt (an error status, no answer) at INFO, so `info` shows
    retries and failures only."""
    failed = not isinstance(outcome, HTTPResponse) or outcome.status >= 400
    level = logging.INFO if failed else logging.DEBUG
    if not logger.isEnabledFor(level):
        return
    fields: Dict[str, Any] = {
        "method": request.method,
        "path": urlsplit(request.url).path,
        "status": outcome.status if isinstance(outcome, HTTPResponse) else None,
        "request_id": outcome.headers.get(REQUEST_ID_HEADER) if isinstance(outcome, HTTPResponse) else None,
        "attempt": request.attempt,
        "elapsed_ms": round(elapsed * 1000),
    }
    result = fields["status"] if isinstance(outcome, HTTPResponse) else f"error ({outcome})"
    logger.log(
        level,
        "%s %s: %s (request %s, attempt %d, %d ms)",
        fields["method"],
        fields["path"],
        result,
        fields["request_id"],
        fields["attempt"],
        fields["elapsed_ms"],
        extra={"cognitionos": fields},
    )
