"""`UNSET`: the value of an argument the caller did not give, so nothing is sent for it."""

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
