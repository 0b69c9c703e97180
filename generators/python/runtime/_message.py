"""Fills the policy's message templates: `{name}` is replaced by its value; in `{prefix name suffix}` the
last snake_case word is the name and the group vanishes when the value is empty. Every SDK implements
this same rule, so their messages read alike."""

from __future__ import annotations

import re
from typing import Mapping, Optional, Union

_GROUP = re.compile(r"\{([^{}]*?)([a-z_]+)([^{}a-z_]*)\}")


def format_message(template: str, values: Mapping[str, Optional[Union[str, int, float]]]) -> str:
    def fill(match: "re.Match[str]") -> str:
        prefix, name, suffix = match.groups()
        value = values.get(name)
        return "" if value is None or value == "" else f"{prefix}{value}{suffix}"

    return _GROUP.sub(fill, template)
