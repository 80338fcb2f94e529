"""Walks everything reachable from an object and reports each text it finds (issue 13, defect 3).

From a root (an exception, a `Response`, an httpx object, a model), the walk follows attributes
(`__dict__` and `__slots__`), exception arguments and chains, container items, and the properties a
user reads on httpx objects (request, url, content, headers, text); it renders `str` and `repr`
of every object on the way. Objects of the network layers (httpcore, sockets, SSL, event loops)
are rendered but not entered: they hold connections, not data the client gave them.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import FunctionType, MethodType, ModuleType
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

# Nodes visited at most per root: far more than any answer or error holds.
MAX_NODES = 20_000
_NOT_ENTERED = ("httpcore", "socket", "ssl", "asyncio", "threading", "_thread", "selectors", "anyio", "h11", "weakref")
_SCALARS = (int, float, complex, bool, type(None))


def secret_forms(secrets: tuple[str, ...]) -> tuple[str, ...]:
    """Each secret as is, URL-encoded (both ways) and base64-encoded."""
    forms: set[str] = set()
    for secret in secrets:
        raw = secret.encode()
        forms.update(
            {
                secret,
                quote(secret, safe=""),
                quote_plus(secret),
                base64.b64encode(raw).decode(),
                base64.urlsafe_b64encode(raw).decode(),
            }
        )
    return tuple(sorted(forms))


@dataclass(frozen=True)
class Found:
    path: str
    text: str


def _texts(value: Any) -> Iterator[str]:
    for render in (str, repr):
        try:
            yield render(value)
        except Exception as exc:  # a broken __repr__ is reported by the test that reads it
            yield f"<{render.__name__} failed: {type(exc).__name__}>"


def _children(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, BaseException):
        yield "args", value.args
        yield "__cause__", value.__cause__
        yield "__context__", value.__context__
    if isinstance(value, httpx.Response):
        yield "request", value.request if value._request is not None else None
        yield "headers", value.headers
        yield "content", getattr(value, "_content", b"")
        yield "url", value.request.url if value._request is not None else None
    if isinstance(value, httpx.Request):
        yield "url", value.url
        yield "headers", value.headers
        yield "content", getattr(value, "_content", b"")
    if isinstance(value, httpx.Headers):
        yield "raw", value.raw
    if isinstance(value, Mapping):
        for key, item in list(value.items()):
            yield f"[{key!r}]", key
            yield f"[{key!r}]", item
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            yield f"[{index}]", item
    for name in getattr(type(value), "__slots__", ()):
        if hasattr(value, name):
            yield f".{name}", getattr(value, name)
    attributes = getattr(value, "__dict__", None)
    if isinstance(attributes, dict):
        yield from ((f".{name}", item) for name, item in list(attributes.items()))


def walk(root: Any) -> Iterator[Found]:
    """Every text reachable from `root`, with the path that reached it."""
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [("root", root)]
    nodes = 0
    while stack and nodes < MAX_NODES:
        path, value = stack.pop()
        if isinstance(value, _SCALARS) or id(value) in seen:
            continue
        seen.add(id(value))
        nodes += 1
        if isinstance(value, str):
            yield Found(path, value)
            continue
        if isinstance(value, (bytes, bytearray, memoryview)):
            yield Found(path, bytes(value).decode("utf-8", "replace"))
            continue
        if isinstance(value, (type, ModuleType, FunctionType, MethodType)):
            continue
        for text in _texts(value):
            yield Found(path, text)
        if type(value).__module__.split(".")[0] in _NOT_ENTERED:
            continue
        stack.extend((path + step, child) for step, child in _children(value))


def leaks(root: Any, secrets: tuple[str, ...]) -> list[Found]:
    forms = secret_forms(secrets)
    return [found for found in walk(root) if any(form in found.text for form in forms)]
