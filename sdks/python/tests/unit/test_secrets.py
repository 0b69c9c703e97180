# Generated from generators/python/tests/test_secrets.py by generators/python. Do not edit: change it there.
"""A secret field shows as a short prefix in a model's repr(), str() and to_str(); its JSON keeps it whole."""

from __future__ import annotations

import json

from cognitionos import ApiKeyWithSecret
from cognitionos._secret import mask

SECRET = "cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a"


def created_key() -> ApiKeyWithSecret:
    key = ApiKeyWithSecret.from_dict(
        {
            "id": "key_1",
            "tenant_id": "ten_1",
            "name": "ci",
            "masked": "cog_…9f3a",
            "created_at": "2026-11-23T09:00:00Z",
            "last_used_at": None,
            "revoked_at": None,
            "secret": SECRET,
        }
    )
    assert key is not None
    return key


def test_repr_and_str_show_a_prefix_at_most() -> None:
    key = created_key()
    for text in (repr(key), str(key), f"{key}", f"{key!r}", key.to_str()):
        assert SECRET not in text
        assert "'cog_live_5b…'" in text
        assert "key_1" in text  # the other fields are shown as ever


def test_the_json_keeps_the_secret() -> None:
    key = created_key()
    assert key.secret == SECRET
    assert key.model_dump()["secret"] == SECRET
    assert key.to_dict()["secret"] == SECRET
    assert json.loads(key.to_json())["secret"] == SECRET


def test_a_short_value_shows_no_more_than_a_third() -> None:
    assert mask("abcdefghi") == "abc…"
    assert mask("") == "…"
