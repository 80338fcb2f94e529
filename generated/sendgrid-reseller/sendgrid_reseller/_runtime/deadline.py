# Copied from overlays/runtime/deadline.py by the generator. Do not edit; change the overlay and run `make generate`.
"""The total deadline of one call: pacing, retries, backoff and every byte read or written.

`timeout` (httpx's) bounds each network operation on its own: connecting, each read, each write.
A server that drips one byte just inside the read timeout never trips it. The deadline bounds
the call as a whole: waits are refused when they would end past it, and every socket operation
of the client's own connections gets at most the time left (the client wraps httpcore's network
backend, deadline_transport.py, which reads the running call's deadline from a context variable),
so a dripped body, dripped headers or a flood of `100 Continue` end at the deadline with a timeout.

This module needs nothing but the standard library: httpcore (and trio, when installed) loads with
deadline_transport.py, at the client's first connection.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable

_RUNNING: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("sendgrid_reseller_deadline", default=None)


class Deadline:
    """The moment (on the client's clock) a call must be over; `seconds=None` means none."""

    __slots__ = ("seconds", "at", "_clock")

    def __init__(self, seconds: float | None, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self.at = math.inf if seconds is None else clock() + seconds

    def __repr__(self) -> str:
        return f"Deadline(seconds={self.seconds}, remaining={self.remaining():.3f})"

    def remaining(self) -> float:
        return self.at - self._clock() if self.seconds is not None else math.inf

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def bind(self) -> None:
        """From now on, in this thread / task, the client's socket operations end by this deadline."""
        _RUNNING.set(self if self.seconds is not None else None)


def bounded_timeout(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` cut to the time the running call's deadline leaves; `error` when none is left."""
    deadline = _RUNNING.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0.0:
        raise error(f"the call's deadline of {deadline.seconds:g} s has passed")
    return left if timeout is None else min(timeout, left)
