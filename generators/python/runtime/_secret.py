"""Secrets in string forms: a model's repr()/str() shows a secret field as a short prefix
(`cog_live_ab…`), enough to tell keys apart; model_dump(), to_dict() and to_json() keep the value."""

from __future__ import annotations

from typing import Any, Iterable, Tuple

# At most this many leading characters are shown, and never more than a third of the value.
SHOWN_CHARS = 11


def mask(value: str) -> str:
    """`cog_live_5ba0c1d2...` as `cog_live_5b…`."""
    return value[: min(SHOWN_CHARS, len(value) // 3)] + "…"


def masked_repr_args(args: Iterable[Tuple[Any, Any]], secret_fields: Tuple[str, ...]) -> Iterable[Tuple[Any, Any]]:
    """pydantic's (name, value) pairs for repr() and str(), each secret field's value masked."""
    for name, value in args:
        yield name, mask(value) if name in secret_fields and isinstance(value, str) else value
