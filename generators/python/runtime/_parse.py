"""Parsers of response bodies that are not one generated model: a list or map of models, an enum, a
scalar. Each takes the decoded JSON and returns None for a missing body, as a model's from_dict does."""

from __future__ import annotations

from enum import Enum
from typing import Any, Callable, Dict, List, Optional, Type, TypeVar

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def list_of(item: Callable[[Any], Optional[T]]) -> Callable[[Any], Optional[List[T]]]:
    """A JSON array, each item parsed by `item`."""

    def parse(value: Any) -> Optional[List[T]]:
        if value is None:
            return None
        if not isinstance(value, list):
            raise ValueError(f"expected a JSON array, got {type(value).__name__}")
        return [_required(item(entry)) for entry in value]

    return parse


def dict_of(item: Callable[[Any], Optional[T]]) -> Callable[[Any], Optional[Dict[str, T]]]:
    """A JSON object of string keys, each value parsed by `item`."""

    def parse(value: Any) -> Optional[Dict[str, T]]:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError(f"expected a JSON object, got {type(value).__name__}")
        return {key: _required(item(entry)) for key, entry in value.items()}

    return parse


def enum_of(enum: Type[E]) -> Callable[[Any], Optional[E]]:
    """A generated enum; a value it does not know yet is kept (its _missing_)."""
    return lambda value: None if value is None else enum(value)


def scalar(kind: Type[T]) -> Callable[[Any], Optional[T]]:
    """A string, number or boolean, checked to be that."""

    def parse(value: Any) -> Optional[T]:
        if value is None or isinstance(value, kind):
            return value
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return kind(value)  # type: ignore[call-arg]
        raise ValueError(f"expected {kind.__name__}, got {type(value).__name__}")

    return parse


def json_value(value: Any) -> Any:
    """Any JSON, as decoded."""
    return value


def _required(value: Optional[T]) -> T:
    if value is None:
        raise ValueError("null where a value is required")
    return value
