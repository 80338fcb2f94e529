# Copied from overlays/runtime/wire_values.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Typed views of the values v2 sends as strings (`"true"`, `"1"`, `"2014-03-01"`).

A schema property marked `x-sendgrid-decode: boolean | integer | date` stays a string on the wire;
the model decodes it leniently (None when SendGrid sent something unreadable) and keeps the wire
value in `model.raw_values[<wire name>]`, which `to_dict()` sends back unchanged.
"""

from __future__ import annotations

import datetime
from typing import Any

_TRUE = frozenset({"true", "1", "yes", "y", "t", "on"})
_FALSE = frozenset({"false", "0", "no", "n", "f", "off", ""})


def decode_boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


def decode_integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def decode_date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def encode_wire_value(value: Any) -> Any:
    """A typed value as v2 writes it (for models built in code rather than decoded)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value  # None, UNSET or a string: as it is
