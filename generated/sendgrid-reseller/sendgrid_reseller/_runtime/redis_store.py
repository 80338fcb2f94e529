# Copied from overlays/runtime/redis_store.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Rate-limit state shared by every process and machine that uses one account: a Redis-backed store.

Chosen by URL: `Client(rate_limit_store="redis://host:6379/0")`, or the `SENDGRID_RATE_LIMIT_STORE`
environment variable when the argument is not given. Needs the `redis` extra
(`pip install sendgrid-reseller[redis]`); `redis` is imported only when such a store is made.

Each endpoint's window is one Redis hash, `<prefix>:<account>:<METHOD /path>`, holding exactly what
`InMemoryRateLimitStore` keeps per endpoint. Each of `reserve` / `update` / `release` is one Lua
script (redis_scripts.py), atomic on the server, that runs the same rules as the in-memory store,
so two processes can never both take the last slot. Keys expire shortly after their window's reset.

One round trip per call: `reserve` waits for its script's answer; `update` sends its script as soon
as the call's answer arrives (every process sees it at once) and reads Redis's confirmation with
the next reply on that connection (redis_connection.py). `release`, for calls that got no answer,
waits for its reply. `flush()` waits for every confirmation still unread.

When Redis cannot be reached or fails, the store keeps every call going on an in-memory fallback
(per-process limits, as without Redis), logs one WARNING, and tries Redis again after a short,
growing interval (at most `REDIS_RETRY_MAX_INTERVAL`; redis_fallback.py).
"""

from __future__ import annotations

import hashlib
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import ConfigurationError
from .policy import (
    PACING_MARGIN,
    PACING_POLL_INTERVAL,
    REDIS_KEY_GRACE,
    REDIS_KEY_PREFIX,
    REDIS_MAX_KEY_TTL,
    REDIS_RETRY_MAX_INTERVAL,
    REDIS_RETRY_MIN_INTERVAL,
    REDIS_SOCKET_TIMEOUT,
    RESET_SAME_WINDOW_TOLERANCE,
)
from .ratelimit import Lease, RateLimit, RateLimitStore
from .redis_fallback import RedisFallback
from .redis_scripts import window_scripts

if TYPE_CHECKING:
    import asyncio

    from .redis_connection import AsyncPipelinedConnections, PipelinedConnections

# What an answer sent to Redis carries, to be applied to the fallback if Redis never records it.
_Answer = tuple[str, "RateLimit | None", float, "Lease | None"]


def account_id(*, api_key: str | None, api_user: str | None) -> str:
    """A non-secret name for the account whose limits are shared: a SHA-256 prefix of its identity.

    The identity is the user name when there is one, else the API key (high-entropy, so the prefix
    reveals nothing). A password is never part of it.
    """
    identity = f"user:{api_user}" if api_user is not None else f"key:{api_key or ''}"
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def safe_url(url: str) -> str:
    """The URL without user name or password, for logs and repr."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    try:
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


def _running_loop() -> asyncio.AbstractEventLoop:
    # asyncio costs ~15 ms to import; only async callers, which have it loaded already, get here.
    import asyncio

    return asyncio.get_running_loop()


class RedisRateLimitStore(RateLimitStore):
    """Per-endpoint windows in Redis, shared by every client that uses the same URL and account.

    `account` separates the limits of different SendGrid accounts on one Redis (the `Client` derives
    it from the credentials); `prefix` separates applications. `socket_timeout` bounds each round
    trip; `retry_min_interval` / `retry_max_interval` bound how often a failed Redis is tried again;
    `key_grace` is how long an endpoint's state outlives its window's reset. `clock` (monotonic
    seconds) times the retries of a failed Redis; tests inject their own.
    """

    def __init__(
        self,
        url: str,
        *,
        account: str = "default",
        prefix: str = REDIS_KEY_PREFIX,
        socket_timeout: float = REDIS_SOCKET_TIMEOUT,
        retry_min_interval: float = REDIS_RETRY_MIN_INTERVAL,
        retry_max_interval: float = REDIS_RETRY_MAX_INTERVAL,
        key_grace: float = REDIS_KEY_GRACE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            from .redis_connection import PipelinedConnections
        except ImportError as exc:
            raise ConfigurationError(
                "a Redis rate-limit store needs the redis package: pip install 'sendgrid-reseller[redis]'"
            ) from exc
        self._url = url
        self._where = safe_url(url)
        self._namespace = f"{prefix}:{account}:"
        self._account = account
        # One try per operation, bounded by short timeouts: on failure the fallback answers at once.
        self._options: dict[str, Any] = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
            "retry": Retry(NoBackoff(), 0),
        }
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._fallback = RedisFallback(
            self._where, retry_min_interval=retry_min_interval, retry_max_interval=retry_max_interval, clock=clock
        )
        self._scripts = window_scripts(
            margin=PACING_MARGIN,
            poll=PACING_POLL_INTERVAL,
            tolerance=RESET_SAME_WINDOW_TOLERANCE,
            grace=key_grace,
            max_ttl=REDIS_MAX_KEY_TTL,
        )
        self._connections: PipelinedConnections[_Answer] = PipelinedConnections(
            url, self._options, self._scripts, self._unrecorded
        )
        # asyncio connections belong to the event loop that opened them: one set per loop.
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncPipelinedConnections[_Answer]] = (
            weakref.WeakKeyDictionary()
        )
        self._async_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._where!r}, account={self._account!r}, degraded={self.degraded})"

    @property
    def degraded(self) -> bool:
        """True while Redis is unreachable and the in-memory fallback paces the calls."""
        return self._fallback.degraded

    def redis_key(self, key: str) -> str:
        """The Redis key of an endpoint's window (`key` is `Operation.rate_limit_key`)."""
        return self._namespace + key

    def flush(self) -> None:
        """Wait until Redis has recorded every answer this store sent (an `update` does not wait)."""
        self._connections.flush()

    def close(self) -> None:
        """Close the synchronous connections, once Redis has confirmed the answers sent on them."""
        self._connections.close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop (each loop has its own)."""
        with self._async_lock:
            found = self._async.pop(_running_loop(), None)
        if found is not None:
            await found.aclose()

    def _unrecorded(self, answer: _Answer, exc: BaseException) -> None:
        """An answer Redis may not have recorded: the fallback learns it instead."""
        if isinstance(exc, self._errors):
            self._fallback.failed(exc)
        key, rate_limit, now, lease = answer
        self._fallback.store.update(key, rate_limit, now, lease=lease)

    def _args(self, now: float, *extra: str) -> list[str]:
        return [repr(now), *extra]

    @staticmethod
    def _reserve_args(force: bool, lease: Lease) -> tuple[str, str, str]:
        return ("1" if force else "0", lease.token, repr(lease.expires_at))

    @staticmethod
    def _update_args(rate_limit: RateLimit | None, lease: Lease | None) -> tuple[str, str, str, str]:
        if rate_limit is None:
            return ("", "", "", _token(lease))
        limit, remaining, reset_at = rate_limit.limit, rate_limit.remaining, rate_limit.reset_at
        return (
            "" if limit is None else str(limit),
            "" if remaining is None else str(remaining),
            "" if reset_at is None else repr(reset_at),
            _token(lease),
        )

    def _use_redis_for(self, key: str, lease: Lease | None) -> bool:
        """Whether the answer of `lease` goes to Redis: not when its slot was taken on the fallback."""
        return not self._fallback.holds(key, lease) and self._fallback.redis_due()

    # -- synchronous -------------------------------------------------------------------------

    def reserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        lease = lease if lease is not None else Lease.new(now)
        if self._fallback.redis_due():
            args = self._args(now, *self._reserve_args(force, lease))
            try:
                answer = self._connections.call(self._scripts.reserve, self.redis_key(key), args)
            except self._errors as exc:
                # The script may have run before the connection failed: that lease expires by itself.
                self._fallback.failed(exc)
            else:
                self._fallback.recovered()
                return float(answer)
        return self._fallback.reserve(key, now, force, lease)

    def update(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        if self._use_redis_for(key, lease):
            args = self._args(now, *self._update_args(rate_limit, lease))
            try:
                self._connections.send_later(
                    self._scripts.update, self.redis_key(key), args, (key, rate_limit, now, lease)
                )
            except self._errors as exc:
                self._fallback.failed(exc)
            else:
                return
        self._fallback.store.update(key, rate_limit, now, lease=lease)

    def release(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        if self._use_redis_for(key, lease):
            args = self._args(now, "1" if consumed else "0", _token(lease))
            try:
                self._connections.call(self._scripts.release, self.redis_key(key), args)
            except self._errors as exc:
                self._fallback.failed(exc)
            else:
                self._fallback.recovered()
                return
        self._fallback.store.release(key, now, consumed=consumed, lease=lease)

    # -- asyncio -----------------------------------------------------------------------------

    def _async_connections(self) -> AsyncPipelinedConnections[_Answer]:
        loop = _running_loop()
        with self._async_lock:
            found = self._async.get(loop)
            if found is None:
                from redis.asyncio.retry import Retry as AsyncRetry
                from redis.backoff import NoBackoff

                from .redis_connection import AsyncPipelinedConnections

                options = {**self._options, "retry": AsyncRetry(NoBackoff(), 0)}
                found = self._async[loop] = AsyncPipelinedConnections(
                    self._url, options, self._scripts, self._unrecorded
                )
        return found

    async def areserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        lease = lease if lease is not None else Lease.new(now)
        if self._fallback.redis_due():
            args = self._args(now, *self._reserve_args(force, lease))
            try:
                answer = await self._async_connections().call(self._scripts.reserve, self.redis_key(key), args)
            except self._errors as exc:
                self._fallback.failed(exc)
            else:
                self._fallback.recovered()
                return float(answer)
        return self._fallback.reserve(key, now, force, lease)

    async def aupdate(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        if self._use_redis_for(key, lease):
            args = self._args(now, *self._update_args(rate_limit, lease))
            try:
                await self._async_connections().send_later(
                    self._scripts.update, self.redis_key(key), args, (key, rate_limit, now, lease)
                )
            except self._errors as exc:
                self._fallback.failed(exc)
            else:
                return
        self._fallback.store.update(key, rate_limit, now, lease=lease)

    async def arelease(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        if self._use_redis_for(key, lease):
            args = self._args(now, "1" if consumed else "0", _token(lease))
            try:
                await self._async_connections().call(self._scripts.release, self.redis_key(key), args)
            except self._errors as exc:
                self._fallback.failed(exc)
            else:
                self._fallback.recovered()
                return
        self._fallback.store.release(key, now, consumed=consumed, lease=lease)


def _token(lease: Lease | None) -> str:
    return lease.token if lease is not None else ""
