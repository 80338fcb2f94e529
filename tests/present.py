"""`present()`: a response field a test expects the server to have sent, narrowed from `T | Unset` to `T`.

Model fields the spec leaves optional are typed `T | Unset`; a test that reads one asserts it is
there (so mypy --strict knows its type) and fails saying so when it is not.
"""

from __future__ import annotations

from typing import TypeVar

from sendgrid_reseller.types import Unset

T = TypeVar("T")


def present(value: T | Unset) -> T:
    assert not isinstance(value, Unset), "the response left out a field this test reads"
    return value
