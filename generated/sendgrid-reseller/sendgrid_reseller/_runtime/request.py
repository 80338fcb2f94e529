# Copied from overlays/runtime/request.py by the generator. Do not edit; change the overlay and run `make generate`.
"""What goes on the wire for one call, decided without any I/O (shared by the sync and async paths).

Header precedence, for `on-behalf-of` and every other header, lowest first:
  1. the client's defaults (`Client(on_behalf_of=...)`, and its User-Agent / Accept headers);
  2. the call's options (`RequestOptions(headers=..., on_behalf_of=...)`, `extra_headers=`);
  3. the operation's own arguments (e.g. `on_behalf_of=` of a v3 method, the body's Content-Type).
A v2 call's fixed fields (`method`, `task`, ...) and the credentials are not the caller's: they are
added last, and a caller who supplies one (in a model's extra keys or `extra_body`) is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .errors import InvalidRequestError
from .operation import OPERATION_EXTENSION, Operation
from .options import RequestOptions

ON_BEHALF_OF = "on-behalf-of"
# The v2 form/query fields the client's credentials fill in.
V2_CREDENTIAL_FIELDS = frozenset({"api_user", "api_key"})
_BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def merge_headers(
    client_default: Mapping[str, str] | None,
    per_call: Mapping[str, str] | None,
    explicit: Mapping[str, str] | None,
) -> Mapping[str, str] | None:
    """One set of headers, names compared case-insensitively: `explicit` > `per_call` > `client_default`."""
    present = [headers for headers in (client_default, per_call, explicit) if headers]
    if len(present) <= 1:
        return present[0] if present else None  # the common case: nothing to merge
    merged = httpx.Headers()
    for headers in present:
        merged.update(headers)  # replaces earlier values of the same name, whatever their case
    return merged


def _refuse_reserved(operation: Operation, where: str, fields: Any) -> None:
    if not isinstance(fields, Mapping) or not fields:
        return
    reserved = V2_CREDENTIAL_FIELDS.union(operation.fixed_fields).intersection(fields)
    if reserved:
        names = ", ".join(sorted(reserved))
        raise InvalidRequestError(
            f"{operation.name}: {names} cannot be set by the caller ({where}); the client sends "
            "the call's fixed fields and the credentials itself"
        )


def _with_extra_body(operation: Operation, kwargs: dict[str, Any], extra: Mapping[str, Any]) -> None:
    if operation.method in _BODYLESS_METHODS:
        raise InvalidRequestError(f"{operation.name}: a {operation.method} call has no body; use extra_query")
    if kwargs.get("data") is not None or (kwargs.get("json") is None and operation.api == "v2"):
        kwargs["data"] = {**(kwargs.get("data") or {}), **extra}
        return
    body = kwargs.get("json")
    if body is not None and not isinstance(body, Mapping):
        raise InvalidRequestError(f"{operation.name}: extra_body needs a JSON object body, not a list")
    kwargs["json"] = {**(body or {}), **extra}


def request_arguments(
    operation: Operation,
    kwargs: Mapping[str, Any],
    options: RequestOptions | None,
    *,
    default_on_behalf_of: str | None,
    default_timeouts: Mapping[str, float | None],
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` for one call (built once, sent per attempt).

    `default_timeouts` is the client's timeout as httpx's `timeout` request extension
    (`httpx.Timeout.as_dict()`, built once per client): set here, httpx builds no `Timeout` per request.
    """
    args: dict[str, Any] = {
        "method": kwargs["method"].upper(),
        "url": kwargs["url"],
        "params": kwargs.get("params"),
        "data": kwargs.get("data"),
        "json": kwargs.get("json"),
        "cookies": kwargs.get("cookies"),
        "extensions": {OPERATION_EXTENSION: operation, "timeout": dict(default_timeouts)},
    }
    per_call: Mapping[str, str] | None = None
    if options is not None:
        per_call = options.headers
        if options.on_behalf_of is not None:
            if operation.api != "v3":
                raise InvalidRequestError("on_behalf_of applies to v3 calls only (v2 calls name the customer: user=)")
            per_call = {**(per_call or {}), ON_BEHALF_OF: options.on_behalf_of}
        if options.timeout is not None:
            args["extensions"]["timeout"] = httpx.Timeout(options.timeout).as_dict()
        if options.extra_query:
            args["params"] = {**(args["params"] or {}), **options.extra_query}
        if options.extra_body:
            if operation.api == "v2":
                _refuse_reserved(operation, "extra_body", options.extra_body)
            _with_extra_body(operation, args, options.extra_body)
    default = {ON_BEHALF_OF: default_on_behalf_of} if default_on_behalf_of and operation.api == "v3" else None
    args["headers"] = merge_headers(default, per_call, kwargs.get("headers"))
    if operation.api == "v2":
        _refuse_reserved(operation, "body fields", args["data"])
        _refuse_reserved(operation, "query parameters", args["params"])
        if operation.fixed_fields:
            # First on the wire, as SendGrid's examples show them; nothing above can replace them.
            where = operation.fixed_in
            args[where] = {**operation.fixed_fields, **(args[where] or {})}
    return args


def renew_extensions(arguments: dict[str, Any]) -> None:
    """Before a retry: the next attempt's request gets its own extensions (and timeout) dicts, as
    each request built by httpx does; the first attempt uses the ones `request_arguments` built."""
    extensions = arguments["extensions"]
    arguments["extensions"] = {**extensions, "timeout": dict(extensions["timeout"])}
