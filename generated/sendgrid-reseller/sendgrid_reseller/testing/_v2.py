# Copied from sandbox/_v2.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""v2 Reseller calls: credentials, dispatch by discriminators, and the stateful customer and IP calls.

Dispatch is generic: for the request's wire path, the first route (most fixed fields first, then
most required fields) whose fixed fields all match and whose required fields are all present
answers. Calls the sandbox keeps state for are keyed by what they send on the wire (wire path +
fixed fields), not by operationId; every other call answers with the spec's success sample.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from ._config import SandboxConfig
from ._reply import V2_BAD_CREDENTIALS, V2_SUCCESS, Reply, dumps, not_implemented, v2_error
from ._spec import RouteTable, V2Route
from ._state import CUSTOMER_FIELDS, Customers, State

Params = Mapping[str, list[str]]
Handler = Callable[[State, Params], Reply]
_MANAGE = "/apiv2/reseller.manage.json"
_PROFILE_FIELDS = ("first_name", "last_name", "address", "city", "state", "country", "zip", "phone", "website")


def _first(params: Params, name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


class V2Api:
    def __init__(self, routes: RouteTable, state: State, config: SandboxConfig) -> None:
        self._by_path = routes.v2_by_path
        self._state = state
        self._form_credentials = {(config.v2_user, config.v2_password), ("apikey", config.api_key)}
        self._bearer = f"Bearer {config.api_key}"
        self._handlers: dict[str, Handler] = {}
        for route in routes.v2:
            handler = _HANDLERS.get((route.wire_path, frozenset(route.fixed_fields.items())))
            if handler is not None:
                self._handlers[route.operation_id] = handler

    def knows(self, path: str) -> bool:
        return path in self._by_path

    def handle(self, path: str, params: Params, authorization: str | None) -> Reply:
        candidates = self._by_path.get(path)
        if candidates is None:
            return v2_error(f"Unknown API path {path}", status=404)
        if not self._authorized(params, authorization):
            return Reply(401, V2_BAD_CREDENTIALS)
        route = next((r for r in candidates if r.matches(params)), None)
        if route is None:
            return _no_route(candidates, params)
        handler = self._handlers.get(route.operation_id)
        if handler is None:
            if not route.answerable:
                return not_implemented(route.operation_id, f"{route.http_method.upper()} {path}", v2=True)
            return Reply(route.success_status, route.success_body, operation=route.operation_id)
        with self._state.customers.lock:
            reply = handler(self._state, params)
        return Reply(reply.status, reply.body, reply.headers, route.operation_id)

    def _authorized(self, params: Params, authorization: str | None) -> bool:
        user, key = _first(params, "api_user"), _first(params, "api_key")
        if user is not None or key is not None:
            return (user, key) in self._form_credentials
        return authorization == self._bearer


def _no_route(candidates: tuple[V2Route, ...], params: Params) -> Reply:
    # The call the request came closest to: its fixed fields match, the fewest required fields are missing.
    shortfalls = [
        sorted(name for name in route.required if name not in params)
        for route in candidates
        if all(_first(params, k) == v for k, v in route.fixed_fields.items())
    ]
    if shortfalls:
        return v2_error(*(f"Missing required parameter: {name}" for name in min(shortfalls, key=len)))
    sent = " ".join(f"{k}={_first(params, k)}" for k in ("method", "task") if k in params) or "no method"
    return v2_error(f"Unknown method/task ({sent})")


# Stateful customer calls. Each runs with the customers' lock held.


def _customer(customers: Customers, params: Params) -> dict[str, Any] | Reply:
    record = customers.get(_first(params, "user") or "")
    return v2_error("User does not exist") if record is None else record


def _create(state: State, params: Params) -> Reply:
    customers = state.customers
    fields = {name: values[0] for name, values in params.items() if values}
    if fields.get("password") != fields.get("confirm_password"):
        return v2_error("Passwords do not match")
    if customers.create(fields) is None:
        return v2_error("Username already exists")
    return Reply(200, V2_SUCCESS)


def _delete(state: State, params: Params) -> Reply:
    customers = state.customers
    if not customers.delete(_first(params, "user") or ""):
        return v2_error("User does not exist")
    return Reply(200, V2_SUCCESS)


def _list(state: State, params: Params) -> Reply:
    customers = state.customers
    try:
        limit = int(_first(params, "limit") or 0) or None
        offset = int(_first(params, "offset") or 0)
    except ValueError:
        return v2_error("limit and offset must be integers")
    if (limit is not None and limit < 0) or offset < 0:
        return v2_error("limit and offset must not be negative")
    filters = {name: _first(params, name) for name in CUSTOMER_FIELDS if name in params and name != "active"}
    found = [Customers.public(r) for r in customers.all() if all(str(r[k]) == v for k, v in filters.items())]
    end = None if limit is None else offset + limit
    return Reply(200, dumps(found[offset:end]))


def _set(field: str, value: str, state: State, params: Params) -> Reply:
    customers = state.customers
    record = _customer(customers, params)
    if isinstance(record, Reply):
        return record
    record[field] = value
    return Reply(200, V2_SUCCESS)


def _update_profile(state: State, params: Params) -> Reply:
    customers = state.customers
    record = _customer(customers, params)
    if isinstance(record, Reply):
        return record
    record.update({name: params[name][0] for name in _PROFILE_FIELDS if params.get(name)})
    return Reply(200, V2_SUCCESS)


def _update_password(state: State, params: Params) -> Reply:
    customers = state.customers
    record = _customer(customers, params)
    if isinstance(record, Reply):
        return record
    if _first(params, "password") != _first(params, "confirm_password"):
        return v2_error("Passwords do not match")
    record["password"] = _first(params, "password") or ""
    return Reply(200, V2_SUCCESS)


def _update_username(state: State, params: Params) -> Reply:
    customers = state.customers
    record = _customer(customers, params)
    if isinstance(record, Reply):
        return record
    new = _first(params, "username") or ""
    if not new or customers.get(new) is not None:
        return v2_error("Username already exists" if new else "Missing required parameter: username")
    customers.rename(str(record["username"]), new)
    return Reply(200, V2_SUCCESS)


def _update_email(state: State, params: Params) -> Reply:
    customers = state.customers
    record = _customer(customers, params)
    if isinstance(record, Reply):
        return record
    record["email"] = _first(params, "email") or ""
    return Reply(200, V2_SUCCESS)


def _list_ips(state: State, params: Params) -> Reply:
    wanted = _first(params, "ip")
    return Reply(200, dumps([{"ip": r["ip"]} for r in state.ips.all() if wanted is None or wanted in r["ip"]]))


def _key(path: str, **fixed: str) -> tuple[str, frozenset[tuple[str, str]]]:
    return path, frozenset(fixed.items())


_HANDLERS: dict[tuple[str, frozenset[tuple[str, str]]], Handler] = {
    _key("/apiv2/reseller.add.json"): _create,
    _key("/apiv2/reseller.delete.json"): _delete,
    _key(_MANAGE, method="profile", task="get"): _list,
    _key(_MANAGE, method="enable"): partial(_set, "active", "true"),
    _key(_MANAGE, method="disable"): partial(_set, "active", "false"),
    _key(_MANAGE, method="website_enable"): partial(_set, "website_access", "true"),
    _key(_MANAGE, method="website_disable"): partial(_set, "website_access", "false"),
    _key(_MANAGE, method="profile", task="set"): _update_profile,
    _key(_MANAGE, method="password"): _update_password,
    _key(_MANAGE, method="profile", task="setUsername"): _update_username,
    _key(_MANAGE, method="profile", task="setEmail"): _update_email,
    _key("/apiv2/reseller.ip.json", task="all"): _list_ips,
}
