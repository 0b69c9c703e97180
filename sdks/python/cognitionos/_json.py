# Generated from generators/python/runtime/_json.py by generators/python. Do not edit: change it there.
"""Request bodies and query strings from keyword arguments: models, datetimes and None handled."""

from __future__ import annotations

from datetime import date, datetime, timezone
from enum import Enum
from typing import Any, Dict, Mapping, Optional, Tuple
from urllib.parse import quote, urlencode

from ._errors import BadRequestError
from ._message import format_message
from ._policy import INVALID_PATH_PARAM_MESSAGE


def to_jsonable(value: Any) -> Any:
    """Plain JSON values from what a caller may pass: generated models, dicts, lists, datetimes."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, Mapping):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, datetime):
        return _rfc3339(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _rfc3339(moment: datetime) -> str:
    """UTC with a Z, millisecond precision: the form the API itself writes. A naive datetime is UTC."""
    utc = moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class NotGiven:
    """The default of a nullable parameter, where None is a value to send (null): "not given"."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def compact(fields: Mapping[str, Any], nullable: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The fields a caller gave: None means "not given", so it is left out of the request, except
    for a `nullable` field, whose None is sent as null (NOT_GIVEN leaves it out)."""
    return {
        name: to_jsonable(value)
        for name, value in fields.items()
        if not isinstance(value, NotGiven) and (value is not None or name in nullable)
    }


def query_string(query: Optional[Mapping[str, Any]]) -> str:
    given = compact(query or {})
    if not given:
        return ""
    return "?" + urlencode({name: _query_value(value) for name, value in given.items()})


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)  # compact() already turned enums and datetimes into plain values


_DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: Any) -> str:
    """A path parameter as exactly one escaped segment, so an id can never change which route is
    called; an id a URL parser would resolve away ('', '.', '..') is refused before any request."""
    text = str(value)
    if text in _DOT_SEGMENTS:
        raise BadRequestError.invalid_input(f"path.{name}", format_message(INVALID_PATH_PARAM_MESSAGE, {"param": name, "value": repr(text)}))
    return quote(text, safe="")
