"""Rate-limit state shared by every process and machine that uses one account: a Redis-backed store.

Chosen by URL: `Client(rate_limit_store="redis://host:6379/0")`, or the `SENDGRID_RATE_LIMIT_STORE`
environment variable when the argument is not given. Needs the `redis` extra
(`pip install sendgrid-reseller[redis]`); the module imports `redis` only when such a store is made.

Each endpoint's window is one Redis hash, `<prefix>:<account>:<METHOD /path>`, holding exactly what
`InMemoryRateLimitStore` keeps per endpoint. Each of `reserve` / `update` / `release` is one Lua
script (one round trip, atomic on the server) that runs the same rules as the in-memory store, so
two processes can never both take the last slot. Keys expire shortly after their window's reset.

When Redis cannot be reached or fails, the store keeps every call going on an in-memory fallback
(per-process limits, as without Redis), logs one WARNING, and tries Redis again after a short,
growing interval (at most `REDIS_RETRY_MAX_INTERVAL`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import ConfigurationError
from .policy import (
    LOGGER_NAME,
    PACING_MARGIN,
    PACING_POLL_INTERVAL,
    RATE_LIMIT_STORE_ENV,
    REDIS_KEY_GRACE,
    REDIS_KEY_PREFIX,
    REDIS_MAX_KEY_TTL,
    REDIS_RETRY_MAX_INTERVAL,
    REDIS_RETRY_MIN_INTERVAL,
    REDIS_SOCKET_TIMEOUT,
    RESET_SAME_WINDOW_TOLERANCE,
)
from .ratelimit import InMemoryRateLimitStore, Lease, RateLimit, RateLimitStore

if TYPE_CHECKING:
    import asyncio

    from redis.commands.core import AsyncScript, Script

logger = logging.getLogger(LOGGER_NAME)

_REDIS_SCHEMES = frozenset({"redis", "rediss", "unix"})

# The in-memory store's `_EndpointWindow`, in Lua: the same rules, step by step (the differential
# test in tests/redis/test_contract.py compares the two). A missing field or "" stands for None;
# each lease is a field "lease:<token>" holding its expiry.
_LUA_WINDOW = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local margin = tonumber(ARGV[2])
local poll = tonumber(ARGV[3])
local tolerance = tonumber(ARGV[4])
local grace = tonumber(ARGV[5])
local max_ttl = tonumber(ARGV[6])

local function num(value)
  if value == false or value == nil or value == '' then return nil end
  return tonumber(value)
end

local function fmt(value)
  if value == nil then return '' end
  return string.format('%.17g', value)
end

local function fresh()
  return {observed = false, limit = nil, remaining = 0, reset_at = nil, lost = 0, leases = {}, count = 0,
          orphans = 0}
end

local function load()
  local flat = redis.call('HGETALL', key)
  if #flat == 0 then return nil end
  local w = fresh()
  for i = 1, #flat, 2 do
    local name, value = flat[i], flat[i + 1]
    if string.sub(name, 1, 6) == 'lease:' then
      w.leases[string.sub(name, 7)] = tonumber(value)
      w.count = w.count + 1
    elseif name == 'observed' then w.observed = value == '1'
    elseif name == 'limit' then w.limit = num(value)
    elseif name == 'remaining' then w.remaining = num(value) or 0
    elseif name == 'reset_at' then w.reset_at = num(value)
    elseif name == 'lost' then w.lost = num(value) or 0
    elseif name == 'orphans' then w.orphans = num(value) or 0
    end
  end
  return w
end

local function save(w)
  redis.call('DEL', key)
  redis.call('HSET', key, 'observed', w.observed and '1' or '0', 'limit', fmt(w.limit),
             'remaining', fmt(w.remaining), 'reset_at', fmt(w.reset_at), 'lost', fmt(w.lost),
             'orphans', fmt(w.orphans))
  for token, expires_at in pairs(w.leases) do
    redis.call('HSET', key, 'lease:' .. token, fmt(expires_at))
  end
  local ttl = grace
  if w.reset_at ~= nil then ttl = w.reset_at + margin - now + grace end
  if ttl > max_ttl then ttl = max_ttl end
  local ms = math.ceil(ttl * 1000)
  if ms < 1 then ms = 1 end
  redis.call('PEXPIRE', key, ms)
end

local function take(w, token, expires_at)
  if w.leases[token] == nil then w.count = w.count + 1 end
  w.leases[token] = expires_at
end

local function give_back(w, token)
  if token == '' and w.orphans > 0 then
    w.orphans = w.orphans - 1
    return
  end
  if token == '' then
    for candidate, expires_at in pairs(w.leases) do
      if token == '' or expires_at < w.leases[token] or (expires_at == w.leases[token] and candidate < token) then
        token = candidate
      end
    end
    if token == '' then return end
  end
  if w.leases[token] ~= nil then
    w.leases[token] = nil
    w.count = w.count - 1
  end
end

local function reap(w)
  local expired = {}
  for token, expires_at in pairs(w.leases) do
    if expires_at <= now then table.insert(expired, token) end
  end
  for _, token in ipairs(expired) do
    w.leases[token] = nil
    w.count = w.count - 1
    if w.limit ~= nil then w.lost = w.lost + 1 end
  end
end

local function roll_over_if_due(w)
  if w.limit ~= nil and w.reset_at ~= nil and now >= w.reset_at + margin then
    w.remaining = w.limit
    w.lost = 0
    w.orphans = w.count
    w.leases = {}
    w.count = 0
    w.reset_at = nil
  end
end

local function wait_for_slot(w)
  if not w.observed then
    if w.count > 0 then return poll end
    return 0
  end
  if w.limit == nil then return 0 end
  roll_over_if_due(w)
  if w.remaining - w.count - w.lost > 0 then return 0 end
  if w.count > 0 and w.remaining - w.lost > 0 then return poll end
  if w.reset_at ~= nil then return w.reset_at + margin - now end
  if w.count > 0 then return poll end
  return 0
end

local function learn(w, limit, remaining, reset_at)
  roll_over_if_due(w)
  if reset_at <= now then
    if w.limit == nil then
      w.limit = limit
      w.remaining = limit
      w.reset_at = nil
    end
    return
  end
  w.limit = limit
  if w.reset_at == nil or reset_at > w.reset_at + tolerance then
    w.remaining = remaining
    w.reset_at = reset_at
  elseif reset_at >= w.reset_at - tolerance then
    w.remaining = math.min(w.remaining, remaining)
    w.reset_at = math.max(w.reset_at, reset_at)
  end
end
"""

# ARGV[7] = "1" to force, ARGV[8..9] = lease token and expiry. Returns the wait in seconds as a
# string (a Lua number would be truncated to an integer).
_LUA_RESERVE = (
    _LUA_WINDOW
    + """
local w = load() or fresh()
reap(w)
local wait = 0
if ARGV[7] ~= '1' then wait = wait_for_slot(w) end
if wait <= 0 then take(w, ARGV[8], tonumber(ARGV[9])) end
save(w)
return fmt(wait)
"""
)

# ARGV[7..9] = limit, remaining, reset_at ("" when absent); ARGV[10] = lease token ("" = the oldest).
_LUA_UPDATE = (
    _LUA_WINDOW
    + """
local w = load() or fresh()
give_back(w, ARGV[10])
reap(w)
w.observed = true
local limit, remaining, reset_at = num(ARGV[7]), num(ARGV[8]), num(ARGV[9])
if limit ~= nil and remaining ~= nil and reset_at ~= nil then learn(w, limit, remaining, reset_at) end
save(w)
return 1
"""
)

# ARGV[7] = "1" when the request may have been counted (consumed); ARGV[8] = lease token.
_LUA_RELEASE = (
    _LUA_WINDOW
    + """
local w = load()
if w == nil then return 0 end
give_back(w, ARGV[8])
reap(w)
if ARGV[7] == '1' and w.limit ~= nil then
  roll_over_if_due(w)
  w.lost = w.lost + 1
end
save(w)
return 1
"""
)


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


def resolve_rate_limit_store(
    setting: RateLimitStore | str | None, *, api_key: str | None, api_user: str | None
) -> RateLimitStore:
    """The store a `Client` uses: the given one, or one named by URL (argument, else environment)."""
    if isinstance(setting, RateLimitStore):
        return setting
    if setting is None:
        setting = os.environ.get(RATE_LIMIT_STORE_ENV, "").strip() or "memory"
    if setting == "memory":
        return InMemoryRateLimitStore()
    scheme = setting.partition("://")[0].lower()
    if scheme in _REDIS_SCHEMES:
        return RedisRateLimitStore(setting, account=account_id(api_key=api_key, api_user=api_user))
    # Only the scheme is quoted: the rest of a URL may hold a password.
    raise ConfigurationError(
        f"rate_limit_store must be a RateLimitStore, 'memory' or a redis://, rediss:// or unix:// URL "
        f"(scheme {scheme!r} is not supported)"
    )


class RedisRateLimitStore(RateLimitStore):
    """Per-endpoint windows in Redis, shared by every client that uses the same URL and account.

    `account` separates the limits of different SendGrid accounts on one Redis (the `Client` derives
    it from the credentials); `prefix` separates applications. `socket_timeout` bounds each round
    trip; `retry_min_interval` / `retry_max_interval` bound how often a failed Redis is tried again;
    `key_grace` is how long an endpoint's state outlives its window's reset.
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
    ) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
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
        }
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._redis = redis.Redis.from_url(url, retry=Retry(NoBackoff(), 0), **self._options)
        self._reserve_script: Script = self._redis.register_script(_LUA_RESERVE)
        self._update_script: Script = self._redis.register_script(_LUA_UPDATE)
        self._release_script: Script = self._redis.register_script(_LUA_RELEASE)
        # asyncio connections belong to the event loop that opened them: one client per loop.
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Any, dict[str, AsyncScript]]] = (
            weakref.WeakKeyDictionary()
        )
        self._static_args = (
            repr(PACING_MARGIN),
            repr(PACING_POLL_INTERVAL),
            repr(RESET_SAME_WINDOW_TOLERANCE),
            repr(key_grace),
            repr(REDIS_MAX_KEY_TTL),
        )
        self._lock = threading.Lock()
        self._fallback = InMemoryRateLimitStore()
        # Leases taken on the fallback and not yet given back: their answers go to the fallback too.
        self._fallback_leases: dict[str, list[str]] = {}
        self._retry_min = retry_min_interval
        self._retry_max = retry_max_interval
        self._retry_interval = retry_min_interval
        self._down_until = 0.0  # time.monotonic() before which Redis is not tried
        self._degraded = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._where!r}, account={self._account!r}, degraded={self._degraded})"

    @property
    def degraded(self) -> bool:
        """True while Redis is unreachable and the in-memory fallback paces the calls."""
        return self._degraded

    def redis_key(self, key: str) -> str:
        """The Redis key of an endpoint's window (`key` is `Operation.rate_limit_key`)."""
        return self._namespace + key

    def close(self) -> None:
        """Close the synchronous connections."""
        self._redis.close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop (each loop has its own)."""
        with self._lock:
            found = self._async.pop(_running_loop(), None)
        if found is not None:
            await found[0].aclose()

    # -- health ------------------------------------------------------------------------------

    def _redis_due(self) -> bool:
        return not self._degraded or time.monotonic() >= self._down_until

    def _failed(self, exc: BaseException) -> None:
        with self._lock:
            now = time.monotonic()
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

    def _recovered(self) -> None:
        if not self._degraded:
            return
        with self._lock:
            if not self._degraded:
                return
            self._degraded = False
            self._retry_interval = self._retry_min
        logger.warning("rate-limit store %s answers again; limits are shared again", self._where)

    def _take_fallback_slot(self, key: str, lease: Lease | None) -> bool:
        """True (and forgotten) when `lease` was taken on the fallback: its answer goes there too."""
        with self._lock:
            tokens = self._fallback_leases.get(key)
            if not tokens:
                return False
            if lease is None:
                tokens.pop()
                return True
            if lease.token in tokens:
                tokens.remove(lease.token)
                return True
            return False

    def _fallback_reserve(self, key: str, now: float, force: bool, lease: Lease) -> float:
        wait = self._fallback.reserve(key, now, force=force, lease=lease)
        if wait <= 0.0:
            with self._lock:
                self._fallback_leases.setdefault(key, []).append(lease.token)
        return wait

    def _args(self, now: float, *extra: str) -> list[str]:
        return [repr(now), *self._static_args, *extra]

    @staticmethod
    def _update_args(rate_limit: RateLimit | None) -> tuple[str, str, str]:
        if rate_limit is None:
            return ("", "", "")
        limit, remaining, reset_at = rate_limit.limit, rate_limit.remaining, rate_limit.reset_at
        return (
            "" if limit is None else str(limit),
            "" if remaining is None else str(remaining),
            "" if reset_at is None else repr(reset_at),
        )

    # -- synchronous -------------------------------------------------------------------------

    @staticmethod
    def _reserve_args(force: bool, lease: Lease) -> tuple[str, str, str]:
        return ("1" if force else "0", lease.token, repr(lease.expires_at))

    def reserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        lease = lease if lease is not None else Lease.new(now)
        if self._redis_due():
            try:
                answer = self._reserve_script(
                    keys=[self.redis_key(key)], args=self._args(now, *self._reserve_args(force, lease))
                )
            except self._errors as exc:
                # The script may have run before the connection failed: that lease expires by itself.
                self._failed(exc)
            else:
                self._recovered()
                return float(answer)
        return self._fallback_reserve(key, now, force, lease)

    def update(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        if not self._take_fallback_slot(key, lease) and self._redis_due():
            args = self._args(now, *self._update_args(rate_limit), _token(lease))
            try:
                self._update_script(keys=[self.redis_key(key)], args=args)
            except self._errors as exc:
                self._failed(exc)
            else:
                self._recovered()
                return
        self._fallback.update(key, rate_limit, now, lease=lease)

    def release(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        if not self._take_fallback_slot(key, lease) and self._redis_due():
            args = self._args(now, "1" if consumed else "0", _token(lease))
            try:
                self._release_script(keys=[self.redis_key(key)], args=args)
            except self._errors as exc:
                self._failed(exc)
            else:
                self._recovered()
                return
        self._fallback.release(key, now, consumed=consumed, lease=lease)

    # -- asyncio -----------------------------------------------------------------------------

    def _async_scripts(self) -> dict[str, AsyncScript]:
        loop = _running_loop()
        with self._lock:
            found = self._async.get(loop)
            if found is None:
                from redis.asyncio import Redis as AsyncRedis
                from redis.asyncio.retry import Retry as AsyncRetry
                from redis.backoff import NoBackoff

                client = AsyncRedis.from_url(self._url, retry=AsyncRetry(NoBackoff(), 0), **self._options)
                scripts = {
                    "reserve": client.register_script(_LUA_RESERVE),
                    "update": client.register_script(_LUA_UPDATE),
                    "release": client.register_script(_LUA_RELEASE),
                }
                found = self._async[loop] = (client, scripts)
        return found[1]

    async def _arun(self, name: str, key: str, args: list[str]) -> Any:
        """The script's answer, or None after recording a failure."""
        try:
            answer = await self._async_scripts()[name](keys=[self.redis_key(key)], args=args)
        except self._errors as exc:
            self._failed(exc)
            return None
        self._recovered()
        return answer

    async def areserve(self, key: str, now: float, *, force: bool = False, lease: Lease | None = None) -> float:
        lease = lease if lease is not None else Lease.new(now)
        if self._redis_due():
            answer = await self._arun("reserve", key, self._args(now, *self._reserve_args(force, lease)))
            if answer is not None:
                return float(answer)
        return self._fallback_reserve(key, now, force, lease)

    async def aupdate(self, key: str, rate_limit: RateLimit | None, now: float, *, lease: Lease | None = None) -> None:
        if not self._take_fallback_slot(key, lease) and self._redis_due():
            args = self._args(now, *self._update_args(rate_limit), _token(lease))
            if await self._arun("update", key, args) is not None:
                return
        self._fallback.update(key, rate_limit, now, lease=lease)

    async def arelease(self, key: str, now: float, *, consumed: bool = False, lease: Lease | None = None) -> None:
        if not self._take_fallback_slot(key, lease) and self._redis_due():
            if await self._arun("release", key, self._args(now, "1" if consumed else "0", _token(lease))) is not None:
                return
        self._fallback.release(key, now, consumed=consumed, lease=lease)


def _token(lease: Lease | None) -> str:
    return lease.token if lease is not None else ""
