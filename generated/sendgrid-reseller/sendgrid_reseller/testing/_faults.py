# Copied from sandbox/_faults.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Scripted responses for reliability tests: per path, a queue of faults served before normal handling.

    server.script("/v3/subusers", [Fault.status(503), Fault.reset(), Fault.ok()])

Each request to that path takes the next fault; `Fault.ok()` hands the request to the normal
handler; once the queue is empty the path behaves normally again.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._reply import dumps

FaultKind = Literal["respond", "pass", "reset", "stall"]


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    code: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None  # None: the API's usual error body for `code`
    delay: float = 0.0  # seconds to wait before acting (a stall waits this long, then closes)

    @classmethod
    def status(
        cls,
        code: int,
        body: bytes | str | Mapping[str, Any] | list[Any] | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Fault:
        """Answer with `code` (a v2 or v3 error body unless `body` is given)."""
        raw: bytes | None
        if isinstance(body, Mapping):
            raw = dumps(dict(body))
        elif isinstance(body, list):
            raw = dumps(body)
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = body
        return cls("respond", code, tuple((headers or {}).items()), raw, delay)

    @classmethod
    def ok(cls, delay: float = 0.0) -> Fault:
        """Handle the request normally (after `delay` seconds)."""
        return cls("pass", delay=delay)

    @classmethod
    def too_many_requests(cls, reset_in: int = 1, limit: int = 600, invalid_body: bool = False) -> Fault:
        """A 429 with X-RateLimit-* headers; Reset is seconds until reset (`reset_in`)."""
        body = b'{"errors":[{"field":null,"message":"too many requests"},]}' if invalid_body else None
        headers = {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset_in)}
        return cls.status(429, body, headers)

    @classmethod
    def v2_error(cls, *messages: str, code: int = 200) -> Fault:
        """A v2 error body (`{"message": "error", "errors": [...]}`), by default with HTTP 200 as
        SendGrid's v2 API often sends it."""
        return cls.status(code, {"message": "error", "errors": list(messages or ["scripted error"])})

    @classmethod
    def reset(cls, delay: float = 0.0) -> Fault:
        """Abort the connection (TCP RST) without answering."""
        return cls("reset", delay=delay)

    @classmethod
    def stall(cls, seconds: float) -> Fault:
        """Read the request, answer nothing for `seconds`, then close the connection."""
        return cls("stall", delay=seconds)


class FaultScripts:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[tuple[str, str | None], deque[Fault]] = {}

    def set(self, path: str, faults: Iterable[Fault], method: str | None = None) -> None:
        with self._lock:
            self._queues[(path, method.upper() if method else None)] = deque(faults)

    def take(self, method: str, path: str) -> Fault | None:
        if not self._queues:  # the common case: no lock, no lookup
            return None
        with self._lock:
            for key in ((path, method), (path, None)):
                queue = self._queues.get(key)
                if queue:
                    fault = queue.popleft()
                    if not queue:
                        del self._queues[key]
                    return fault
        return None

    def pending(self) -> int:
        with self._lock:
            return sum(len(queue) for queue in self._queues.values())

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
