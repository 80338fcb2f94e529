# Copied from overlays/runtime/arguments.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Flattened body fields: a friendly method takes a request model's fields as keyword arguments.

The generated method passes them here with the model class; `body=` (the whole model) stays an
alternative, but not both at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .errors import InvalidRequestError
from .operation import Operation
from .unset import UNSET, Unset

M = TypeVar("M")


def _given(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not UNSET}


def _check_alone(operation: Operation, given: Mapping[str, Any]) -> None:
    if given:
        raise InvalidRequestError(
            f"{operation.name}: pass the request either as fields ({', '.join(given)}=...) or as body=, not both"
        )


def body_from_fields(
    operation: Operation,
    model: Callable[..., M],
    body: M | Unset,
    fields: Mapping[str, Any],
    required: tuple[str, ...],
) -> M:
    """The request model: `body` as given, or built from the keyword arguments in `fields`."""
    given = _given(fields)
    if not isinstance(body, Unset):
        _check_alone(operation, given)
        return body
    missing = [name for name in required if name not in given]
    if missing:
        raise InvalidRequestError(f"{operation.name}: missing required argument(s): {', '.join(missing)}")
    return model(**given)


def optional_body_from_fields(
    operation: Operation, model: Callable[..., M], body: M | Unset, fields: Mapping[str, Any]
) -> M | Unset:
    """Like `body_from_fields` for a call whose body may be left out: no fields, no body."""
    given = _given(fields)
    if not isinstance(body, Unset):
        _check_alone(operation, given)
        return body
    return model(**given) if given else UNSET
