# Copied from sandbox/_resources.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Building blocks of the stateful accounts & access areas (partner accounts, teammates, SSO, API
keys, user settings, alerts, IP access, templates): a keyed store on `LazyCollection`, request
body checks, and the paging styles those areas document besides limit/offset + Link.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

from ._collections import LazyCollection, Record
from ._reply import Reply, dumps, v3_error
from ._v3 import Handler, V3Request, _first, _json_object

# (method, normalised template) -> (operation, success status, handler), as V3Api registers them.
Routes = dict[tuple[str, str], tuple[str, int, Handler]]
FIXED_EPOCH = 1_700_000_000  # timestamps of sandbox records: stable across runs


def store(key_field: str = "id") -> LazyCollection:
    """An empty collection of created records, in creation order, keyed by `key_field`."""
    return LazyCollection(0, lambda index: {}, lambda key: None, key_field)


class Counter:
    """Numbers for new ids, thread-safe (the server handles requests on several threads)."""

    def __init__(self, start: int = 1) -> None:
        self._next = start
        self._lock = threading.Lock()

    def take(self) -> int:
        with self._lock:
            value = self._next
            self._next += 1
            return value


def sandbox_uuid(kind: int, number: int) -> str:
    """A well-formed, deterministic UUID: `kind` tells the resource types apart."""
    return f"{kind:08x}-0000-4000-8000-{number:012x}"


def body_of(request: V3Request, required: Mapping[str, type | tuple[type, ...]] = {}) -> dict[str, Any] | Reply:
    """The JSON object body, or the 400 naming the first missing or mistyped required field."""
    body = _json_object(request.body)
    if isinstance(body, Reply):
        return body
    for name, kind in required.items():
        value = body.get(name)
        if not _is(value, kind):
            return v3_error(400, f"{name} is required ({_names(kind)})", name)
    return body


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _is(value: Any, kind: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool):  # a bool is an int to isinstance; JSON tells them apart
        return bool in _kinds(kind)
    return isinstance(value, _kinds(kind))


_KIND_NAMES = {str: "a string", bool: "a boolean", int: "an integer", list: "a list", dict: "an object"}


def _names(kind: type | tuple[type, ...]) -> str:
    return " or ".join(_KIND_NAMES.get(k, k.__name__) for k in _kinds(kind))


def query_int(request: V3Request, name: str, default: int, lowest: int, highest: int | None) -> int | Reply:
    raw = _first(request.query, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        return v3_error(400, f"{name} must be an integer", name)
    if value < lowest or (highest is not None and value > highest):
        bound = f"between {lowest} and {highest}" if highest is not None else f"at least {lowest}"
        return v3_error(400, f"{name} must be {bound}", name)
    return value


def everything(collection: LazyCollection) -> list[Record]:
    return collection.page(0, len(collection))[0]


def found(record: Record | None, what: str, status: int = 200) -> Reply:
    return v3_error(404, f"{what} not found") if record is None else Reply(status, dumps(record))


def deleted(ok: bool, what: str, status: int) -> Reply:
    return Reply(status) if ok else v3_error(404, f"{what} not found")


def offset_page(request: V3Request, records: list[Record], key: str = "result", max_limit: int = 500) -> Reply:
    """limit/offset paging that answers `{key: [...]}` (no Link): a short page is the last one."""
    limit = query_int(request, "limit", max_limit, 1, max_limit)
    offset = query_int(request, "offset", 0, 0, None)
    if isinstance(limit, Reply):
        return limit
    if isinstance(offset, Reply):
        return offset
    return Reply(200, dumps({key: records[offset : offset + limit]}))


def cursor_page(request: V3Request, records: list[Record], items: str, cursor_of: Callable[[Record], str]) -> Reply:
    """Cursor paging: `offset` is the last item seen; `pages.last` names the next page's cursor."""
    limit = query_int(request, "limit", 10, 1, 100)
    if isinstance(limit, Reply):
        return limit
    after = _first(request.query, "offset")
    start = 0
    if after:
        cursors = [cursor_of(r) for r in records]
        if after not in cursors:
            return v3_error(400, "offset is not an item of this list", "offset")
        start = cursors.index(after) + 1
    page = records[start : start + limit]
    answer: dict[str, Any] = {items: page, "pages": {}}
    if start + limit < len(records):
        answer["pages"] = {"last": cursor_of(page[-1])}
    return Reply(200, dumps(answer))


def next_url(base: str, path: str, params: Iterable[tuple[str, Any]]) -> str:
    return f"{base}{path}?{urlencode(list(params))}"
