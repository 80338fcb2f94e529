# Copied from overlays/runtime/redis_fallback.py by the generator. Do not edit; change the overlay and run `make generate`.
"""When Redis cannot be reached or fails: per-process limits, one WARNING, and Redis tried again later.

While Redis is down every call is paced by an in-memory store, exactly as without Redis; Redis is
tried again after a short interval that doubles with each failure (up to a maximum). A slot taken
on the fallback is answered there too, even when Redis is back by then, so that it is given back
where it was taken.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from .policy import LOGGER_NAME
from .ratelimit import InMemoryRateLimitStore, Lease

logger = logging.getLogger(LOGGER_NAME)


class RedisFallback:
    """The health of one Redis store's server, and the in-memory store that stands in for it.

    `clock` (seconds, monotonic) is injectable so that tests can move time instead of sleeping.
    """

    def __init__(
        self,
        where: str,
        *,
        retry_min_interval: float,
        retry_max_interval: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = InMemoryRateLimitStore()
        self._where = where
        self._clock = clock
        self._lock = threading.Lock()
        # Leases taken on the fallback and not yet given back: their answers go to the fallback too.
        self._leases: dict[str, list[str]] = {}
        self._retry_min = retry_min_interval
        self._retry_max = retry_max_interval
        self._retry_interval = retry_min_interval
        self._down_until = 0.0  # clock() before which Redis is not tried
        self._degraded = False

    @property
    def degraded(self) -> bool:
        """True while Redis is unreachable and the in-memory fallback paces the calls."""
        return self._degraded

    def redis_due(self) -> bool:
        """Whether to try Redis now: it is up, or the wait after its last failure is over."""
        return not self._degraded or self._clock() >= self._down_until

    def failed(self, exc: BaseException) -> None:
        """Record a failure of Redis: the fallback paces the calls until the next try."""
        with self._lock:
            now = self._clock()
            if self._degraded and now < self._down_until:
                return  # another thread already recorded this outage's latest failure
            wait = self._retry_interval
            self._down_until = now + wait
            self._retry_interval = min(self._retry_max, wait * 2)
            first = not self._degraded
            self._degraded = True
        if first:
            logger.warning(
                "rate-limit store %s failed (%s); pacing with per-process limits, retrying Redis in %.1f s",
                self._where,
                type(exc).__name__,
                wait,
            )

    def recovered(self) -> None:
        """Record that Redis answered: limits are shared again."""
        if not self._degraded:
            return
        with self._lock:
            if not self._degraded:
                return
            self._degraded = False
            self._retry_interval = self._retry_min
        logger.warning("rate-limit store %s answers again; limits are shared again", self._where)

    def reserve(self, key: str, now: float, force: bool, lease: Lease) -> float:
        """Reserve on the fallback; a slot taken here is remembered, so that its answer comes here too."""
        wait = self.store.reserve(key, now, force=force, lease=lease)
        if wait <= 0.0:
            with self._lock:
                self._leases.setdefault(key, []).append(lease.token)
        return wait

    def holds(self, key: str, lease: Lease | None) -> bool:
        """True (and forgotten) when `lease` was taken on the fallback: its answer goes there too."""
        with self._lock:
            tokens = self._leases.get(key)
            if not tokens:
                return False
            if lease is None:
                tokens.pop()
                return True
            if lease.token in tokens:
                tokens.remove(lease.token)
                return True
            return False
