"""The sandbox without a socket: state, routes, rate limits, faults and the request pipeline.

Pipeline per request: scripted fault (if any) → route → rate limit → credentials → handler.
Two front ends feed it the same requests: the HTTP server (sandbox/_server.py) and the
in-process httpx transports (sandbox/_transport.py), so both modes share state and behaviour.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs

from ._clock import Clock, SystemClock
from ._config import SandboxConfig
from ._faults import Fault, FaultScripts
from ._log import Received, RequestLog, RequestRecord, Snapshot
from ._ratelimit import RateLimiter
from ._redact import redact_body, redact_fields, redact_headers
from ._reply import V3_TOO_MANY, V3_TOO_MANY_INVALID, Headers, Reply, v2_error, v3_error
from ._seed import Seeding
from ._spec import V2_PREFIXES, RouteTable, load_routes
from ._state import State
from ._v2 import V2Api
from ._v3 import V3Api, V3Request

if TYPE_CHECKING:
    from ._transport import AsyncSandboxTransport, SandboxTransport

# The base URL of the in-process mode (Link headers point here; nothing listens on port 9, so
# a client built without the sandbox's transport fails at once instead of reaching SendGrid).
IN_PROCESS_BASE_URL = "http://127.0.0.1:9"
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Incoming:
    method: str  # upper case
    target: str  # path and query string, as sent
    headers: Mapping[str, str]  # names lower case
    body: bytes


@dataclass(frozen=True)
class Outcome:
    """An answer to write, or a connection to drop without one (`drop`)."""

    reply: Reply
    headers: Headers = ()  # rate-limit headers, written before the reply's own
    drop: Literal["reset", "stall"] | None = None
    stall_seconds: float = 0.0


class Sandbox:
    """A local, stateful SendGrid (v2 Reseller + v3), reached in process through `transport()`.

        sandbox = Sandbox(subusers=10)
        http = httpx.Client(transport=sandbox.transport(), base_url=sandbox.base_url)

    Keyword arguments override fields of `config` (see SandboxConfig); `clock` decides time
    (a FakeClock makes rate-limit windows and delays exact and instant). Thread-safe.
    """

    def __init__(self, config: SandboxConfig | None = None, *, clock: Clock | None = None, **overrides: Any) -> None:
        self.config = self._initial_config = replace(config or SandboxConfig(), **overrides)
        self.clock: Clock = clock or SystemClock()
        self.routes: RouteTable = load_routes(self.config.spec_path)
        self.log = RequestLog(self.config.record_requests, self.config.max_records, self.clock.monotonic)
        self._scripts = FaultScripts()
        self._stopping = threading.Event()
        self._limiter: RateLimiter | None = None
        self._apis: tuple[V2Api, V3Api] | None = None
        self._state: State | None = None
        self.reset()

    @property
    def base_url(self) -> str:
        return IN_PROCESS_BASE_URL

    def _link_base_url(self) -> str:
        return IN_PROCESS_BASE_URL

    # Control from tests and benchmarks.

    def reset(self) -> None:
        """Fresh seeded data, rate-limit windows, fault scripts and request log; switches changed
        with `configure` go back to the configuration the sandbox was made with."""
        self.config = self._initial_config
        self._state = State(self.config.subusers, self.config.bounces, self.config.customers, self.config.ips)
        self._rebuild()
        self._scripts.clear()
        self.log.clear()

    def configure(self, *, link_quirks: bool | None = None, **switches: Any) -> None:
        """Change switches (SandboxConfig fields such as rate_limit, endpoint_limits, reset_style,
        invalid_429_body, link_*) for the requests that follow; the data stays, windows restart.
        `link_quirks=True` turns on all three of SendGrid's Link quirks."""
        fixed = sorted({"host", "port", "spec_path", "record_requests", "max_records"} & switches.keys())
        if fixed:
            raise ValueError(f"{', '.join(fixed)} cannot change while the sandbox runs; make another sandbox")
        if link_quirks is not None:
            for name in ("link_http_quirk", "link_prev_on_first_page", "link_fold"):
                switches.setdefault(name, link_quirks)
        self.config = replace(self.config, **switches)
        self._rebuild()

    def _rebuild(self) -> None:
        config, state = self.config, self._state
        assert state is not None
        limited = config.rate_limit is not None or bool(config.endpoint_limits)
        limiter = RateLimiter(config.rate_limit, config.reset_style, self.clock.time, config.endpoint_limits)
        self._limiter = limiter if limited else None
        self._apis = (
            V2Api(self.routes, state, config),
            V3Api(self.routes, state, config, self._link_base_url(), self.clock.time),
        )

    @property
    def seed(self) -> Seeding:
        """Add customers, subusers, suppressions and IPs (see sandbox/_seed.py)."""
        assert self._state is not None
        return Seeding(self._state)

    def script(self, path: str, faults: list[Fault], method: str | None = None) -> None:
        """Serve `faults` in order to requests for `path` (no query string), before normal handling."""
        self._scripts.set(path, faults, method)

    def pending_faults(self) -> int:
        return self._scripts.pending()

    def stats(self) -> Snapshot:
        return self.log.snapshot()

    def requests(self) -> list[RequestRecord]:
        """What the sandbox received (needs `record_requests=True`), secrets redacted."""
        return self.log.snapshot().records

    def transport(self) -> SandboxTransport:
        """An httpx transport that hands requests to this sandbox, no socket involved."""
        from ._transport import SandboxTransport  # it imports this module

        return SandboxTransport(self)

    def async_transport(self) -> AsyncSandboxTransport:
        from ._transport import AsyncSandboxTransport

        return AsyncSandboxTransport(self)

    # The pipeline.

    def handle(self, request: Incoming) -> Outcome:
        method = request.method
        path, _, query = request.target.partition("?")
        fault = self._scripts.take(method, path)
        if fault is not None:
            outcome = self._apply_fault(fault, request, path)
            if outcome is not None:
                return outcome
        assert self._apis is not None
        v2, v3 = self._apis
        on_behalf_of = request.headers.get("on-behalf-of")
        authorization = request.headers.get("authorization")
        throttled = 0
        rate_headers: Headers = ()
        form: dict[str, list[str]] | None = None
        query_fields = parse_qs(query, keep_blank_values=True) if query else {}
        if request.body and _FORM in (request.headers.get("content-type") or ""):
            form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        if path.startswith(V2_PREFIXES) and v2.knows(path):
            endpoint = f"{method} {path}"
            decision = self._limiter.hit(endpoint) if self._limiter is not None and self.config.rate_limit_v2 else None
            if decision is not None and not decision.allowed:
                reply, throttled = self._too_many(), decision.window
            else:
                params = {name: list(values) for name, values in query_fields.items()}
                for name, values in (form or {}).items():
                    params.setdefault(name, []).extend(values)
                reply = v2.handle(path, params, authorization)
            rate_headers = decision.headers if decision is not None else ()
        elif path.startswith(V2_PREFIXES):
            endpoint, reply = f"{method} {path}", v2_error(f"Unknown API path {path}", status=404)
        else:
            match = v3.resolve(path)
            if match is None:
                endpoint, reply = f"{method} {path}", v3_error(404, "resource not found")
            else:
                endpoint = f"{method} {match.template}"
                decision = self._limiter.hit(endpoint) if self._limiter is not None else None
                if decision is not None and not decision.allowed:
                    reply, throttled = self._too_many(), decision.window
                else:
                    reply = v3.handle(
                        match, V3Request(method, path, query_fields, request.body, on_behalf_of), authorization
                    )
                rate_headers = decision.headers if decision is not None else ()

        def received() -> Received:
            return Received(
                redact_fields(query_fields), redact_headers(request.headers), redact_body(request.body, form)
            )

        # Logged before the answer goes out, so a client that has its response sees it counted.
        self.log.add(method, path, endpoint, reply.operation, reply.status, throttled, False, on_behalf_of, received)
        return Outcome(reply, rate_headers)

    def _too_many(self) -> Reply:
        return Reply(429, V3_TOO_MANY_INVALID if self.config.invalid_429_body else V3_TOO_MANY)

    def _apply_fault(self, fault: Fault, request: Incoming, path: str) -> Outcome | None:
        """The fault's outcome, or None to continue normally (after its delay)."""
        wait = min(fault.delay, self.config.max_delay)
        method = request.method
        endpoint = f"{method} {path}"

        def received() -> Received:
            return Received({}, redact_headers(request.headers), None)

        if fault.kind == "stall":
            self.log.add(method, path, endpoint, "", 0, fault=True, received=received)
            return Outcome(Reply(0), drop="stall", stall_seconds=wait)
        self.clock.sleep(wait, self._stopping)
        if fault.kind == "pass":
            return None
        if fault.kind == "respond":
            body = fault.body
            if body is None:
                error = (
                    v2_error(f"scripted {fault.code}", status=fault.code)
                    if path.startswith(V2_PREFIXES)
                    else v3_error(fault.code, f"scripted {fault.code}")
                )
                body = error.body
            self.log.add(method, path, endpoint, "", fault.code, fault=True, received=received)
            return Outcome(Reply(fault.code, None if fault.code == 204 else body, fault.headers))
        self.log.add(method, path, endpoint, "", 0, fault=True, received=received)
        return Outcome(Reply(0), drop="reset")

    def wait_stalled(self, seconds: float) -> None:
        """Hold a stalled request (cut short when the sandbox stops)."""
        self.clock.sleep(seconds, self._stopping)
