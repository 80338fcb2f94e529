# Copied from sandbox/_log.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Thread-safe counters (and optional per-request records) that tests and benchmarks read."""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

# Query fields whose values never reach a log line (a client may still send v2 credentials there).
SECRET_QUERY_FIELDS = frozenset({"api_user", "api_key", "password", "confirm_password"})


def request_line(method: str, target: str, status: int) -> str:
    """The `--log` line of one request: its target with credential query values replaced."""
    path, _, query = target.partition("?")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(name.lower() in SECRET_QUERY_FIELDS for name, _ in pairs):
            query = urlencode([(n, "REDACTED" if n.lower() in SECRET_QUERY_FIELDS else v) for n, v in pairs])
        path = f"{path}?{query}"
    return f"{method} {path} -> {status}"


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # without the query string
    endpoint: str  # "GET /v3/subusers", "DELETE /v3/subusers/{}", "POST /apiv2/reseller.manage.json"
    operation: str  # operationId, "" when none was matched
    status: int  # 0 when the connection was reset or stalled without a response
    at: float  # the sandbox clock's monotonic()
    on_behalf_of: str | None = None
    # What was received, secrets redacted (sandbox/_redact.py): query fields, headers (lower-case
    # names), and the body as form fields, JSON or text (None when empty).
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


@dataclass(frozen=True)
class Received:
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Snapshot:
    total: int
    by_endpoint: dict[str, int]
    by_operation: dict[str, int]
    by_status: dict[int, int]
    throttled: int  # 429s from the rate limiter (scripted 429s are not counted here)
    throttled_per_window: dict[str, list[int]]  # endpoint -> 429s in its 1st, 2nd, ... window
    faults: int  # scripted faults served
    records: list[RequestRecord] = field(default_factory=list)


class RequestLog:
    def __init__(
        self, record_requests: bool = False, max_records: int = 10_000, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._lock = threading.Lock()
        self._monotonic = monotonic
        self._keep = record_requests
        self._records: deque[RequestRecord] = deque(maxlen=max_records)
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self._total = 0
            self._endpoints: Counter[str] = Counter()
            self._operations: Counter[str] = Counter()
            self._statuses: Counter[int] = Counter()
            self._throttled: dict[str, dict[int, int]] = {}
            self._throttled_total = 0
            self._faults = 0
            self._records.clear()

    def add(
        self,
        method: str,
        path: str,
        endpoint: str,
        operation: str,
        status: int,
        throttled_window: int = 0,
        fault: bool = False,
        on_behalf_of: str | None = None,
        received: Callable[[], Received] | None = None,
    ) -> None:
        with self._lock:
            self._total += 1
            self._endpoints[endpoint] += 1
            if operation:
                self._operations[operation] += 1
            self._statuses[status] += 1
            if throttled_window:
                windows = self._throttled.setdefault(endpoint, {})
                windows[throttled_window] = windows.get(throttled_window, 0) + 1
                self._throttled_total += 1
            if fault:
                self._faults += 1
            if self._keep:
                shown = received() if received is not None else Received({}, {}, None)
                self._records.append(
                    RequestRecord(
                        method,
                        path,
                        endpoint,
                        operation,
                        status,
                        self._monotonic(),
                        on_behalf_of,
                        shown.query,
                        shown.headers,
                        shown.body,
                    )
                )

    def snapshot(self) -> Snapshot:
        with self._lock:
            per_window = {
                endpoint: [windows.get(n, 0) for n in range(1, max(windows) + 1)]
                for endpoint, windows in self._throttled.items()
            }
            return Snapshot(
                total=self._total,
                by_endpoint=dict(self._endpoints),
                by_operation=dict(self._operations),
                by_status=dict(self._statuses),
                throttled=self._throttled_total,
                throttled_per_window=per_window,
                faults=self._faults,
                records=list(self._records),
            )
