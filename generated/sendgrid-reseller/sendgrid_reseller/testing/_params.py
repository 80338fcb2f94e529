# Copied from sandbox/_params.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Reading v3 query parameters and JSON bodies for the sending-infrastructure handlers.

Each reader returns the value, None when the parameter is absent, or the 400 `Reply` naming the
parameter, so a handler can answer `if isinstance(value, Reply): return value`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ._reply import Reply, v3_error
from ._v3 import _first as first
from ._v3 import _json_object as json_object

if TYPE_CHECKING:
    from ._collections import Record
    from ._v3 import Handler, V3Request

Query = Mapping[str, list[str]]
# (method, normalised template) -> (operationId, success status, handler), as V3Api registers them.
Routes = dict[tuple[str, str], tuple[str, int, "Handler"]]
# V3Api.paginate: limit/offset (1..500) with a Link header, over fetch(offset, limit) -> (page, total).
Paginate = Callable[["V3Request", Callable[[int, int], tuple[list["Record"], int]]], Reply]

__all__ = [
    "Paginate",
    "Query",
    "Routes",
    "first",
    "json_object",
    "query_bool",
    "query_date",
    "query_int",
    "query_window",
]


def query_int(query: Query, name: str, *, minimum: int | None = None, maximum: int | None = None) -> int | None | Reply:
    raw = first(query, name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        return v3_error(400, f"{name} must be an integer", name)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        return v3_error(400, f"{name} must be {bounds}", name)
    return value


def query_bool(query: Query, name: str) -> bool | None | Reply:
    raw = first(query, name)
    if raw is None:
        return None
    if raw not in ("true", "false"):
        return v3_error(400, f"{name} must be true or false", name)
    return raw == "true"


def query_date(query: Query, name: str) -> datetime.date | None | Reply:
    raw = first(query, name)
    if raw is None:
        return None
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        return v3_error(400, f"{name} must be a date (YYYY-MM-DD)", name)


def query_window(query: Query, *, default_limit: int, maximum: int) -> tuple[int, int] | Reply:
    """(offset, limit) from `offset` and `limit` (1..maximum, default_limit when absent)."""
    limit = query_int(query, "limit", minimum=1, maximum=maximum)
    if isinstance(limit, Reply):
        return limit
    offset = query_int(query, "offset", minimum=0)
    if isinstance(offset, Reply):
        return offset
    return offset or 0, default_limit if limit is None else limit
