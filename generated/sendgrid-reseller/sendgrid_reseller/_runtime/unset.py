# Copied from overlays/runtime/unset.py by the generator. Do not edit; change the overlay and run `make generate`.
"""`UNSET`: the value of an argument the caller did not give, so nothing is sent for it; and how a
model's secret field shows in its repr."""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of `UNSET`."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def secret_repr(value: object) -> str:
    """A model field's repr when the spec marks it secret (`format: password`, `writeOnly`)."""
    if value is UNSET or value is None:
        return repr(value)
    return "'…redacted'"
