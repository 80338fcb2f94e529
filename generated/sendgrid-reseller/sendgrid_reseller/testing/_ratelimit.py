# Copied from sandbox/_ratelimit.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""Fixed-window rate limits per endpoint, with the X-RateLimit-* headers SendGrid sends."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ._config import RateLimit
from ._spec import normalise_template


@dataclass(frozen=True)
class Decision:
    allowed: bool
    headers: tuple[tuple[str, str], ...]
    window: int  # sequence number of the endpoint's window (1 = its first)


class _Window:
    __slots__ = ("started", "used", "sequence")

    def __init__(self, started: float, sequence: int) -> None:
        self.started = started
        self.used = 0
        self.sequence = sequence


def endpoint_key(endpoint: str) -> str:
    """`get /v3/subusers/{subuser_name}` → `GET /v3/subusers/{}` (how windows are keyed)."""
    method, _, path = endpoint.strip().partition(" ")
    return f"{method.upper()} {normalise_template(path.strip())}"


class RateLimiter:
    """Fixed windows per endpoint, aligned to the clock (multiples of the window length).

    Aligned windows make the integer Reset header exact, as on a server whose windows tick with
    the clock: a client that waits until Reset arrives as the next window opens, not up to a
    second late.
    """

    def __init__(
        self,
        limit: RateLimit | None,
        reset_style: str = "epoch",
        wall_clock: Callable[[], float] = time.time,
        per_endpoint: Mapping[str, RateLimit] | None = None,
    ) -> None:
        """`limit` applies to every endpoint without an entry in `per_endpoint` (None: unlimited)."""
        self._limit = limit
        self._per_endpoint = {endpoint_key(k): v for k, v in (per_endpoint or {}).items()}
        self._epoch = reset_style == "epoch"
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}

    def hit(self, endpoint: str) -> Decision | None:
        """None when the endpoint is not limited (no headers, always allowed)."""
        limit = self._per_endpoint.get(endpoint, self._limit)
        if limit is None:
            return None
        now = self._wall_clock()
        length = limit.window
        start = math.floor(now / length) * length
        with self._lock:
            window = self._windows.get(endpoint)
            if window is None or now >= window.started + length:
                window = _Window(start, 1 if window is None else window.sequence + 1)
                self._windows[endpoint] = window
            allowed = window.used < limit.requests
            if allowed:
                window.used += 1
            remaining = limit.requests - window.used
            ends_at = window.started + length
            sequence = window.sequence
        if self._epoch:
            # Rounded up: a client that sleeps until Reset never arrives before the window ends.
            reset = str(math.ceil(ends_at))
        else:
            reset = str(max(0, math.ceil(ends_at - now)))
        headers = (
            ("X-RateLimit-Limit", str(limit.requests)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", reset),
        )
        return Decision(allowed, headers, sequence)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
