# Copied from sandbox/_clock.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""The sandbox's sense of time, injectable: the system clock, or a fake one tests move by hand.

Rate-limit windows, X-RateLimit-Reset, request timestamps and scripted delays all read the
clock, so a test that passes a `FakeClock` decides exactly when a window ends and never waits.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    def time(self) -> float:
        """Seconds since the Unix epoch (rate-limit windows and the epoch-style Reset header)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (request timestamps)."""
        ...

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> None:
        """Wait `seconds` (scripted delays); `interrupt` being set cuts the wait short."""
        ...


class SystemClock:
    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> None:
        if seconds <= 0:
            return
        if interrupt is not None:
            interrupt.wait(seconds)
        else:
            time.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to (`advance`) or when the sandbox sleeps on it.

    Starts at a fixed epoch on the hour (2023-11-14T22:00:00Z), so a window whose length divides
    an hour (1, 2, 5, 10, 30, 60 s, ...) starts exactly at the start.
    """

    START = 1_699_999_200.0

    def __init__(self, start: float = START) -> None:
        self._lock = threading.Lock()
        self._now = start
        self._monotonic = 0.0

    def time(self) -> float:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a clock cannot go back (advance by {seconds})")
        with self._lock:
            self._now += seconds
            self._monotonic += seconds

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> None:
        if seconds > 0:
            self.advance(seconds)
