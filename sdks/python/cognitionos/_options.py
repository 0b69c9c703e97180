# Generated from generators/python/runtime/_options.py by generators/python. Do not edit: change it there.
"""Per-request options, accepted by every method as `request_options=`."""

from __future__ import annotations

from typing import Dict

from typing_extensions import TypedDict


class RequestOptions(TypedDict, total=False):
    """Overrides for one call; anything left out falls back to the client's settings."""

    max_retries: int
    timeout: float
    idempotency_key: str
    extra_headers: Dict[str, str]

