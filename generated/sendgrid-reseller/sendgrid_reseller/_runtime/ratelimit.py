# Copied from overlays/runtime/ratelimit.py by the generator. Do not edit; change the overlay and run `make generate`.
"""SendGrid's per-endpoint rate limits: reading the headers, and pacing calls so they stay within them.

Every response carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. The
client reserves a slot before each request (`RateLimitStore.reserve`) and reports each answer
(`update`) or failure (`release`), so concurrent callers sharing a store never send more requests
in a window than the endpoint allows, and wait for the reset instead of collecting 429s.
"""

from __future__ import annotations

import email.utils
import re
import secrets
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

import httpx

from .policy import (
    DEFAULT_LEASE_SECONDS,
    MAX_RESET_EPOCH,
    PACING_MARGIN,
    PACING_POLL_INTERVAL,
    RELATIVE_RESET_MAX_SECONDS,
    RESET_SAME_WINDOW_TOLERANCE,
)

# Where the client leaves the parsed headers on the httpx.Response, so they are read once.
RESPONSE_EXTENSION = "sendgrid_reseller.rate_limit"


@dataclass(frozen=True, slots=True)
class RateLimit:
    """One response's rate-limit headers; any value the server omitted or garbled is None.

    `reset_at` is a Unix time in seconds, whichever form the server used.
    """

    limit: int | None
    remaining: int | None
    reset_at: float | None


# Header names as httpx keeps them on the wire (bytes), matched in one pass over the headers:
# this runs for every response, and three separate lookups cost twice as much.
_HEADER_SLOTS = {b"x-ratelimit-limit": 0, b"x-ratelimit-remaining": 1, b"x-ratelimit-reset": 2}
_PREFIXES = (b"X-", b"x-")


# Header values are ASCII digits only: int() and float() would also take "1_0", "١٠", "1e3", "nan".
_COUNT = re.compile(rb"[0-9]+")
_RESET = re.compile(rb"[0-9]+(?:\.[0-9]+)?")
# More digits than any count or epoch has: refuse them before converting (int() of a huge string is slow).
_MAX_DIGITS = 20


def _count(value: bytes | None) -> int | None:
    if value is None:
        return None
    value = value.strip(b" \t")
    if len(value) > _MAX_DIGITS or _COUNT.fullmatch(value) is None:
        return None
    return int(value)


def _reset_time(value: bytes | None, now: float) -> float | None:
    if value is None:
        return None
    value = value.strip(b" \t")
    if len(value) > _MAX_DIGITS or _RESET.fullmatch(value) is None:
        return None
    number = float(value)
    if number < RELATIVE_RESET_MAX_SECONDS:
        return now + number
    if number > MAX_RESET_EPOCH:
        return None
    return number


def parse_rate_limit(headers: httpx.Headers, now: float) -> RateLimit | None:
    """The rate limit announced by `headers` (None when there is none); never raises."""
    found: list[bytes | None] = [None, None, None]
    seen = False
    for name, value in headers.raw:
        if name[:2] in _PREFIXES:
            slot = _HEADER_SLOTS.get(name.lower())
            if slot is not None:
                found[slot] = value
                seen = True
    if not seen:
        return None
    return RateLimit(_count(found[0]), _count(found[1]), _reset_time(found[2], now))


@dataclass(frozen=True, slots=True)
class Lease:
    """One request's claim on a slot: given back by its token, void once `expires_at` passes.

    A holder that dies between reserve and answer (a killed process, an answer that went to the
    fallback) cannot keep its slot: every store operation reaps the expired leases.
    """

    token: str
    expires_at: float

    @classmethod
    def new(cls, now: float, ttl: float = DEFAULT_LEASE_SECONDS) -> Lease:
        return cls(secrets.token_hex(8), now + max(ttl, 0.0))


def parse_retry_after(headers: httpx.Headers, now: float) -> float | None:
    """`Retry-After` (delay seconds or an HTTP date) as a Unix time; None when absent or invalid."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return now + int(value) if len(value) <= _MAX_DIGITS else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        return None  # RFC 9110 dates are GMT; a date without a zone is not one
    at = moment.timestamp()
    return at if at <= MAX_RESET_EPOCH else None


class RateLimitStore(ABC):
    """Per-endpoint rate-limit state shared by every call of one or more clients.

    Implement the three synchronous methods (they must be safe to call from several threads). A
    store backed by a network service should also override the `a*` variants, which the asyncio
    client awaits; by default they call the synchronous ones. Keys are `Operation.rate_limit_key`.

    Protocol per request: `reserve` until it returns 0 (sleeping the returned seconds in between),
    then exactly one of `update` (an answer arrived, with or without headers) or `release` (no
    answer: connection failure, timeout, cancellation), with the same `lease`. Without a lease the
    store makes one and `update` / `release` give back the one that expires first.
    """

    @abstractmethod
    def reserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        """Take a request slot and return 0, or take nothing and return the seconds to wait.

        `force=True` always takes the slot (the caller decided to send regardless).
        """

    @abstractmethod
    def update(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        """Give back the slot of a request that was answered, and learn from the answer's headers."""

    @abstractmethod
    def release(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        """Give back the slot of a request that got no answer.

        `consumed=True` when it may have reached SendGrid (a read timeout, a dropped connection):
        the server may have counted it, so it should still count against the window.
        """

    async def areserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        return self.reserve(key, now, force=force, lease=lease)

    async def aupdate(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        self.update(key, rate_limit, now, lease=lease)

    async def arelease(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        self.release(key, now, consumed=consumed, lease=lease)


@dataclass(slots=True)
class _EndpointWindow:
    """What one endpoint's answers taught us about its current window.

    The Lua twin in redis_scripts.py implements exactly these rules (checked step by step by
    tests/redis/test_contract.py): change both or neither.
    """

    # Nothing learnt yet: a single request goes first to discover the limit.
    observed: bool = False
    # None when the endpoint sends no usable headers: then nothing is paced.
    limit: int | None = None
    remaining: int = 0
    # None right after a reset passed, until an answer announces the next one.
    reset_at: float | None = None
    # Reserved and not yet answered: token -> expiry.
    leases: dict[str, float] = field(default_factory=dict)
    # Leases the last reset ended: an answer without a token is taken to be one of theirs first.
    orphans: int = 0
    # Requests that may have reached SendGrid in this window but will never be answered: no
    # later Remaining is sure to include them, so they count until the window ends.
    lost: int = 0

    @property
    def in_flight(self) -> int:
        return len(self.leases)

    def take(self, lease: Lease) -> None:
        self.leases[lease.token] = lease.expires_at

    def give_back(self, lease: Lease | None) -> None:
        if lease is not None:
            self.leases.pop(lease.token, None)
        elif self.orphans > 0:
            self.orphans -= 1
        elif self.leases:
            # No token: the lease that expires first (ties: the smallest token) is the oldest.
            del self.leases[min(self.leases, key=lambda token: (self.leases[token], token))]

    def reap(self, now: float) -> None:
        """Drop expired leases: their holders are gone, and what they sent may have been counted."""
        expired = [token for token, expires_at in self.leases.items() if expires_at <= now]
        for token in expired:
            del self.leases[token]
            if self.limit is not None:
                self.lost += 1

    def roll_over_if_due(self, now: float) -> None:
        if self.limit is not None and self.reset_at is not None and now >= self.reset_at + PACING_MARGIN:
            self.remaining = self.limit
            self.lost = 0
            # Requests of the finished window were counted in it; their answers find no lease.
            self.orphans = len(self.leases)
            self.leases.clear()
            self.reset_at = None

    def wait_for_slot(self, now: float) -> float:
        if not self.observed:
            return PACING_POLL_INTERVAL if self.leases else 0.0
        if self.limit is None:
            return 0.0
        self.roll_over_if_due(now)
        # Requests in flight are not yet counted in the last Remaining we saw (or may be: then
        # this is merely cautious), so they use up slots too.
        if self.remaining - self.in_flight - self.lost > 0:
            return 0.0
        if self.leases and self.remaining - self.lost > 0:
            # Only requests in flight hold the slots, and some of them may already be counted in
            # Remaining: their answers (milliseconds away) tell. Sleeping until the reset instead
            # left the end of busy windows unused at random (the flaky shared-limit test).
            return PACING_POLL_INTERVAL
        if self.reset_at is not None:
            return self.reset_at + PACING_MARGIN - now
        if self.leases:
            return PACING_POLL_INTERVAL  # their answers will tell us the new window
        return 0.0  # nothing left to learn from: let the server decide

    def learn(self, limit: int, remaining: int, reset_at: float, now: float) -> None:
        self.roll_over_if_due(now)
        if reset_at <= now:
            # The answer's window is already over (a slow answer, or a skewed clock): its
            # Remaining says nothing about the current window, but the limit still holds.
            if self.limit is None:
                self.limit = self.remaining = limit
                self.reset_at = None
            return
        self.limit = limit
        if self.reset_at is None or reset_at > self.reset_at + RESET_SAME_WINDOW_TOLERANCE:
            self.remaining = remaining
            self.reset_at = reset_at
        elif reset_at >= self.reset_at - RESET_SAME_WINDOW_TOLERANCE:
            # Same window: answers may arrive out of order, the lowest Remaining is the latest.
            self.remaining = min(self.remaining, remaining)
            self.reset_at = max(self.reset_at, reset_at)


class InMemoryRateLimitStore(RateLimitStore):
    """The default store: one process, any number of threads and asyncio tasks.

    The lock is held only for a few dictionary operations and never across a wait, so it is also
    safe to call from an event loop.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, _EndpointWindow] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoints={len(self._windows)})"

    def reserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                window = self._windows[key] = _EndpointWindow()
            window.reap(now)
            wait = 0.0 if force else window.wait_for_slot(now)
            if wait <= 0.0:
                window.take(lease if lease is not None else Lease.new(now))
            return wait

    def update(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        with self._lock:
            window = self._windows.setdefault(key, _EndpointWindow())
            window.give_back(lease)
            window.reap(now)
            window.observed = True
            if rate_limit is None:
                return
            limit, remaining, reset_at = rate_limit.limit, rate_limit.remaining, rate_limit.reset_at
            if limit is not None and remaining is not None and reset_at is not None:
                window.learn(limit, remaining, reset_at, now)

    def release(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                return
            window.give_back(lease)
            window.reap(now)
            if consumed and window.limit is not None:
                window.roll_over_if_due(now)
                window.lost += 1
