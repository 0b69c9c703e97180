# Generated from generators/python/tests/test_docstrings.py by generators/python. Do not edit: change it there.
"""Every public class of the package, and every public method and property it defines, has a docstring
(help() and IDEs show them): the exported names, the resources and their raw views."""

from __future__ import annotations

import inspect
from typing import Iterator, List, Set

import cognitionos
from cognitionos import resources


def public_classes() -> Iterator[type]:
    for module in (cognitionos, resources):
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value):
                yield value


def undocumented(cls: type) -> Iterator[str]:
    if not (cls.__doc__ or "").strip():
        yield cls.__qualname__
    for name, member in vars(cls).items():
        if name.startswith("_") or not (inspect.isfunction(member) or isinstance(member, (property, classmethod, staticmethod))):
            continue
        target = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if not (getattr(target, "__doc__", None) or "").strip():
            yield f"{cls.__qualname__}.{name}"


def test_every_public_class_and_method_is_documented() -> None:
    seen: Set[type] = set()
    missing: List[str] = []
    for cls in public_classes():
        for klass in cls.__mro__:  # the runtime bases a public class inherits from are public too
            if klass.__module__.startswith("cognitionos") and klass not in seen:
                seen.add(klass)
                missing.extend(undocumented(klass))
    assert len(seen) > 50
    assert missing == []
