# Copied from overlays/runtime/store_setting.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Which rate-limit store a `Client` uses: one passed in, or one named ("memory" or a Redis URL).

Kept apart from redis_store.py so that a client on the in-memory default (nearly all of them)
never imports the Redis store, its Lua scripts or its fallback.
"""

from __future__ import annotations

import os

from .errors import ConfigurationError
from .policy import RATE_LIMIT_STORE_ENV
from .ratelimit import InMemoryRateLimitStore, RateLimitStore

REDIS_SCHEMES = frozenset({"redis", "rediss", "unix"})


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
    if scheme in REDIS_SCHEMES:
        from .redis_store import RedisRateLimitStore, account_id

        return RedisRateLimitStore(setting, account=account_id(api_key=api_key, api_user=api_user))
    # Only the scheme is quoted: the rest of a URL may hold a password.
    raise ConfigurationError(
        f"rate_limit_store must be a RateLimitStore, 'memory' or a redis://, rediss:// or unix:// URL "
        f"(scheme {scheme!r} is not supported)"
    )
