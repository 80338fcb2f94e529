"""v3 endpoints: routing, auth, the stateful collections (subusers, bounces) and Link pagination.

Every operation in the spec gets a route answering its documented success sample; the handlers
below replace that sample for the endpoints the sandbox keeps state for (they also exist when the
spec does not describe them yet).
"""

from __future__ import annotations

import base64
import copy
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlencode

from ._collections import LazyCollection, Record
from ._config import SandboxConfig
from ._lists import ip_endpoints, suppression_endpoints
from ._reply import V3_AUTH_REQUIRED, Reply, dumps, not_implemented, v3_error
from ._spec import OffsetPaging, RouteTable, V3Route, normalise_template, template_regex
from ._state import SUBUSER_ID_BASE, State

MAX_LIMIT = 500


@dataclass(frozen=True)
class V3Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    body: bytes
    on_behalf_of: str | None


Handler = Callable[[V3Request, tuple[str, ...], int], Reply]
# Stateful endpoints: (verb, normalised template) → (operationId, success status, handler).
EndpointTable = dict[tuple[str, str], tuple[str, int, Handler]]


@dataclass(frozen=True)
class Endpoint:
    operation: str
    status: int  # the success status (from the spec when it describes the endpoint)
    handler: Handler


@dataclass(frozen=True)
class Match:
    template: str  # normalised, e.g. /v3/subusers/{}
    methods: Mapping[str, Endpoint]
    params: tuple[str, ...]


class V3Api:
    def __init__(
        self, routes: RouteTable, state: State, config: SandboxConfig, base_url: str, now: Callable[[], float]
    ) -> None:
        self.state = state
        link_base = (config.link_base_url or base_url).rstrip("/")
        if config.link_http_quirk and link_base.startswith("https://"):
            link_base = "http://" + link_base[len("https://") :]
        self._link_base = link_base
        self._prev_on_first = config.link_prev_on_first_page
        self._link_separator = ",\r\n " if config.link_fold else ", "
        self._accepted = {f"Bearer {config.api_key}"}
        basic = base64.b64encode(f"{config.v2_user}:{config.v2_password}".encode()).decode()
        self._accepted.add(f"Basic {basic}")

        table: dict[str, dict[str, Endpoint]] = {}
        for route in routes.v3:
            table.setdefault(normalise_template(route.template), {})[route.method] = Endpoint(
                route.operation_id, route.success_status, self._sample_handler(route)
            )
        builtin: EndpointTable = {
            ("GET", "/v3/subusers"): ("list_subusers", 200, self._list_subusers),
            ("POST", "/v3/subusers"): ("create_subuser", 201, self._create_subuser),
            ("DELETE", "/v3/subusers/{}"): ("delete_subuser", 204, self._delete_subuser),
            ("PATCH", "/v3/subusers/{}"): ("update_subuser", 204, self._patch_subuser),
        }
        builtin.update(suppression_endpoints(self))
        builtin.update(ip_endpoints(self))
        # The area modules import this one's types, so they are imported here.
        from ._accounts import account_routes
        from ._sending import sending_routes

        builtin.update(sending_routes(self.paginate, state.subusers, config.v2_user, now))
        builtin.update(account_routes(state, link_base))
        for (method, template), (operation, status, handler) in builtin.items():
            methods = table.setdefault(template, {})
            described = methods.get(method)
            if described is not None:  # the spec names the operation and its success status
                operation, status = described.operation, described.status
            methods[method] = Endpoint(operation, status, handler)
        self._static = {t: m for t, m in table.items() if "{}" not in t}
        self._dynamic = [(template_regex(t), t, m) for t, m in table.items() if "{}" in t]

    def resolve(self, path: str) -> Match | None:
        methods = self._static.get(path)
        if methods is not None:
            return Match(path, methods, ())
        for pattern, template, methods in self._dynamic:
            found = pattern.match(path)
            if found:
                return Match(template, methods, tuple(unquote(g) for g in found.groups()))
        return None

    def authorized(self, authorization: str | None) -> bool:
        return authorization in self._accepted

    def handle(self, match: Match, request: V3Request, authorization: str | None) -> Reply:
        if not self.authorized(authorization):
            return Reply(401, V3_AUTH_REQUIRED)
        endpoint = match.methods.get(request.method)
        if endpoint is None:
            allow = ", ".join(sorted({*match.methods, "OPTIONS"}))
            if request.method == "OPTIONS":
                return Reply(200, b"", (("Allow", allow),))
            reply = v3_error(405, f"method {request.method} not allowed")
            return Reply(reply.status, reply.body, (("Allow", allow),))
        reply = endpoint.handler(request, match.params, endpoint.status)
        return Reply(reply.status, reply.body, reply.headers, endpoint.operation)

    # Generic answers from the spec.

    def _sample_handler(self, route: V3Route) -> Handler:
        if not route.answerable:
            reply = not_implemented(route.operation_id, f"{route.method} {route.template}")
            return lambda request, params, status: reply
        body = route.success_body
        paging = route.offset_paging
        if paging is not None and route.method == "GET" and body is not None:
            sample = json.loads(body)
            return lambda request, params, status: _offset_window(request, status, sample, paging)
        if not (route.paginated and route.method == "GET" and body is not None):
            return lambda request, params, status: Reply(status, body)
        sample = json.loads(body)
        records: list[Record] = sample if isinstance(sample, list) else [sample]
        return lambda request, params, status: self.paginate(request, lambda o, n: (records[o : o + n], len(records)))

    # Collections.

    def paginate(self, request: V3Request, fetch: Callable[[int, int], tuple[list[Record], int]]) -> Reply:
        try:
            limit = int(_first(request.query, "limit") or MAX_LIMIT)
        except ValueError:
            return v3_error(400, "limit must be an integer", "limit")
        if not 1 <= limit <= MAX_LIMIT:
            return v3_error(400, f"limit must be between 1 and {MAX_LIMIT}", "limit")
        try:
            offset = int(_first(request.query, "offset") or 0)
        except ValueError:
            return v3_error(400, "offset must be an integer", "offset")
        if offset < 0:
            return v3_error(400, "offset must not be negative", "offset")
        records, total = fetch(offset, limit)
        return Reply(200, dumps(records), (("Link", self._link(request, limit, offset, total)),))

    def _link(self, request: V3Request, limit: int, offset: int, total: int) -> str:
        kept = [(k, v) for k, values in request.query.items() if k not in ("limit", "offset") for v in values]

        def link(at: int, rel: str) -> str:
            query = urlencode([*kept, ("limit", limit), ("offset", at)])
            return f'<{self._link_base}{request.path}?{query}>; rel="{rel}"; title="{at // limit + 1}"'

        last = max(0, math.ceil(total / limit) - 1) * limit
        links = []
        if offset + limit < total:
            links.append(link(offset + limit, "next"))
        if offset > 0:
            links.append(link(max(0, offset - limit), "prev"))
        elif self._prev_on_first:
            links.append(link(offset, "prev"))
        links.append(link(last, "last"))
        links.append(link(0, "first"))
        return self._link_separator.join(links)

    def list_collection(self, collection: LazyCollection, key: str, request: V3Request) -> Reply:
        wanted = _first(request.query, key)
        if wanted is None:
            return self.paginate(request, collection.page)
        record = collection.get(wanted)
        only = [record] if record is not None else []
        return self.paginate(request, lambda o, n: (only[o : o + n], len(only)))

    def _list_subusers(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        return self.list_collection(self.state.subusers, "username", request)

    def _create_subuser(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = _json_object(request.body)
        if isinstance(body, Reply):
            return body
        for name in ("username", "email", "password"):
            if not isinstance(body.get(name), str) or not body[name]:
                return v3_error(400, f"{name} is required", name)
        subusers = self.state.subusers
        user_id = SUBUSER_ID_BASE + subusers.allocate_serial()
        record = {
            "disabled": False,
            "id": user_id,
            "username": body["username"],
            "email": body["email"],
            "region": "global",
        }
        if not subusers.add(record):
            return v3_error(400, "username exists", "username")
        created = {
            "username": body["username"],
            "user_id": user_id,
            "email": body["email"],
            "signup_session_token": "",
            "authorization_token": "",
            "credit_allocation": {"type": "unlimited"},
            "region": "global",
        }
        return Reply(status, dumps(created))

    def _delete_subuser(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        if not self.state.subusers.delete(params[0]):
            return v3_error(404, "subuser not found")
        return Reply(status)

    def _patch_subuser(self, request: V3Request, params: tuple[str, ...], status: int) -> Reply:
        body = _json_object(request.body)
        if isinstance(body, Reply):
            return body
        if not isinstance(body.get("disabled"), bool):
            return v3_error(400, "disabled must be a boolean", "disabled")
        updated = self.state.subusers.update(params[0], {"disabled": body["disabled"]})
        if updated is None:
            return v3_error(404, "subuser not found")
        return Reply(status) if status == 204 else Reply(status, dumps(updated))


def _first(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


def _json_object(raw: bytes) -> dict[str, Any] | Reply:
    try:
        value = json.loads(raw or b"null")
    except ValueError:
        return v3_error(400, "request body is not valid JSON")
    if not isinstance(value, dict):
        return v3_error(400, "request body must be a JSON object")
    return value


def _offset_window(request: V3Request, status: int, sample: Any, paging: OffsetPaging) -> Reply:
    """The sample answer with its records windowed by the request's limit and offset, so a client
    walking the list by offset reaches its end."""
    window: dict[str, int] = {}
    for name, default, lowest in ((paging.limit, MAX_LIMIT, 1), (paging.offset, 0, 0)):
        raw = _first(request.query, name)
        try:
            window[name] = default if raw in (None, "") else int(str(raw))
        except ValueError:
            return v3_error(400, f"{name} must be an integer", name)
        if not lowest <= window[name] <= (MAX_LIMIT if name == paging.limit else window[name]):
            return v3_error(
                400,
                f"{name} must be between {lowest} and {MAX_LIMIT}"
                if name == paging.limit
                else f"{name} must not be negative",
                name,
            )
    start = window[paging.offset]
    end = start + window[paging.limit]
    if not paging.items:
        return Reply(status, dumps(sample[start:end] if isinstance(sample, list) else sample))
    answer = copy.deepcopy(sample)
    holder = answer
    for token in paging.items[:-1]:
        holder = holder.get(token) if isinstance(holder, dict) else None
    records = holder.get(paging.items[-1]) if isinstance(holder, dict) else None
    if isinstance(holder, dict) and isinstance(records, list):
        holder[paging.items[-1]] = records[start:end]
    return Reply(status, dumps(answer))
