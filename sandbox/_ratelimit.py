"""Fixed-window rate limits per endpoint, with the X-RateLimit-* headers SendGrid sends."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sandbox._config import RateLimit


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


class RateLimiter:
    """Fixed windows per endpoint, aligned to the wall clock (multiples of the window length).

    Aligned windows make the integer Reset header exact, as on a server whose windows tick with
    the clock: a client that waits until Reset arrives as the next window opens, not up to a
    second late.
    """

    def __init__(
        self,
        limit: RateLimit,
        reset_style: str = "epoch",
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._limit = limit
        self._epoch = reset_style == "epoch"
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}
        self._limit_text = str(limit.requests)

    def hit(self, endpoint: str) -> Decision:
        now = self._wall_clock()
        length = self._limit.window
        start = math.floor(now / length) * length
        with self._lock:
            window = self._windows.get(endpoint)
            if window is None or now >= window.started + length:
                window = _Window(start, 1 if window is None else window.sequence + 1)
                self._windows[endpoint] = window
            allowed = window.used < self._limit.requests
            if allowed:
                window.used += 1
            remaining = self._limit.requests - window.used
            ends_at = window.started + length
            sequence = window.sequence
        if self._epoch:
            # Rounded up: a client that sleeps until Reset never arrives before the window ends.
            reset = str(math.ceil(ends_at))
        else:
            reset = str(max(0, math.ceil(ends_at - now)))
        headers = (
            ("X-RateLimit-Limit", self._limit_text),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", reset),
        )
        return Decision(allowed, headers, sequence)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
