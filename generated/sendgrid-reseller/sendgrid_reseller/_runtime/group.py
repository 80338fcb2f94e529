# Copied from overlays/runtime/group.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The friendly client's building blocks: groups of operations bound to one low-level client.

A generated group class lists its operations as `GroupMethod` descriptors. Endpoint modules are
imported on first use, so `import sendgrid_reseller` stays cheap however large the API grows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

if TYPE_CHECKING:
    from .client import Client

P = ParamSpec("P")
R = TypeVar("R")


class Group:
    """Operations of one area of the API, bound to a `Client`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class GroupMethod(Generic[P, R]):
    """A descriptor that turns `function(client, /, ...)` into `group.method(...)`."""

    def __init__(self, function: Callable[Concatenate[Client, P], R]) -> None:
        self._function: Callable[Concatenate[Client, P], R] | None = function
        self._location: tuple[str, str] | None = None

    @classmethod
    def lazy(cls, module: str, attribute: str) -> GroupMethod[..., Any]:
        """A method whose endpoint module is imported on first call."""
        method: GroupMethod[..., Any] = cls.__new__(cls)
        method._function = None
        method._location = (module, attribute)
        return method

    def _resolve(self) -> Callable[Concatenate[Client, P], R]:
        if self._function is None:
            assert self._location is not None
            module, attribute = self._location
            self._function = getattr(import_module(module), attribute)
        return self._function

    def __get__(self, group: Group, owner: type[Group] | None = None) -> Callable[P, R]:
        return functools.partial(self._resolve(), group._client)
