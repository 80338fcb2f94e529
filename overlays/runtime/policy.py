"""Every default and limit of the runtime, as data: change behaviour here, not in the code paths.

`RetryPolicy` is the per-client knob set (pass one to `Client(retry=...)`); the module constants are
facts about SendGrid's API or safety bounds that callers are not expected to tune.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

DEFAULT_BASE_URL = "https://api.sendgrid.com"

# SendGrid answers list calls in well under a second; 30 s leaves room for large exports while
# still failing a dead connection in bounded time. Connecting should never take 10 s.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

USER_AGENT_PRODUCT = "sendgrid-reseller-python"
DEFAULT_VERSION = "0"
LOGGER_NAME = "sendgrid_reseller"

# The v2 API accepts an API key as the api_key form field when api_user is this literal.
V2_API_KEY_USER = "apikey"

# Form and query fields that carry credentials: redacted in every log line, repr and error text.
SECRET_FIELD_NAMES = frozenset({"api_user", "api_key", "password", "confirm_password"})

RATE_LIMITED_STATUS = 429
# 5XX answers worth a second try, and only for operations that are safe to repeat.
RETRYABLE_SERVER_STATUSES = frozenset({500, 502, 503, 504})

DEFAULT_MAX_ATTEMPTS = 4
# SendGrid's rate-limit windows are at most a minute, so one full window plus jitter fits.
DEFAULT_MAX_TOTAL_WAIT = 65.0
DEFAULT_BACKOFF_BASE = 0.5
DEFAULT_BACKOFF_CAP = 8.0
# Spread the callers that all waited for the same reset, so they do not arrive in one burst.
DEFAULT_RATE_LIMIT_JITTER = 0.25
# The whole call (pacing, retries, backoff, every byte) ends within this many seconds: room for a
# full rate-limit window's wait (65 s) plus a slow answer within the 30 s read timeout.
DEFAULT_DEADLINE = 120.0

# X-RateLimit-Reset is documented both as an epoch and as seconds-until-reset. A value below
# ten years of seconds cannot be a plausible epoch (that would be 1980), so it is relative.
RELATIVE_RESET_MAX_SECONDS = 10 * 365 * 24 * 3600
# Epochs past 2100-01-01 are garbage, not a reset time; ignoring them avoids sleeping forever.
MAX_RESET_EPOCH = 4_102_444_800.0
# Relative resets are rounded to whole seconds, so two answers of one window can differ by ~1 s.
RESET_SAME_WINDOW_TOLERANCE = 1.0
# Start a new window slightly after the announced reset: the reset header is rounded.
PACING_MARGIN = 0.01
# How long a caller waits before looking again while other calls' answers are still in flight.
PACING_POLL_INTERVAL = 0.01
# How long a request's rate-limit slot stays taken at most when its holder never gives it back
# (a killed process): the client's leases last the call's remaining deadline, capped by this.
# SendGrid's windows are at most a minute; a window's reset also ends every lease taken in it.
DEFAULT_LEASE_SECONDS = 65.0
# Pacing waits longer than this are logged at INFO (shorter ones at DEBUG).
PACING_INFO_SECONDS = 1.0
# Upper bound on pacing rounds per attempt; the wait budget normally ends the loop much earlier.
MAX_PACING_ROUNDS = 100_000

# The largest answer body the client reads (decoded). A full page of 500 records is well under
# 1 MiB; anything near this is a broken or hostile server, and reading on would exhaust memory.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

MAX_PAGE_LIMIT = 500
# A safety stop for servers whose Link headers never end (with distinct URLs each time).
MAX_PAGES = 1_000_000


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard one call tries before it raises.

    Attributes:
        max_attempts: requests sent at most per call (1 disables retries); `RequestOptions.max_attempts`
            overrides it per call.
        max_total_wait: seconds one call may spend sleeping (rate-limit pacing, resets, backoff).
        backoff_base / backoff_cap: exponential backoff with full jitter, `uniform(0, min(cap, base * 2**n))`.
        rate_limit_jitter: up to this many seconds are added after a 429's reset time.
        retryable_statuses: statuses retried for idempotent operations; 429 is always retried.
        pace: wait for an endpoint's reset instead of sending a request that would be refused.
        deadline: seconds the whole call may take (pacing, retries, backoff and every byte read or
            written); None for no bound beyond `timeout` and `max_total_wait`.
            `RequestOptions.deadline` overrides it per call. `timeout` bounds each network
            operation on its own (a connect, one read); the deadline bounds their sum.
    """

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    max_total_wait: float = DEFAULT_MAX_TOTAL_WAIT
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_cap: float = DEFAULT_BACKOFF_CAP
    rate_limit_jitter: float = DEFAULT_RATE_LIMIT_JITTER
    retryable_statuses: frozenset[int] = field(default=RETRYABLE_SERVER_STATUSES)
    pace: bool = True
    deadline: float | None = DEFAULT_DEADLINE

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("RetryPolicy.max_attempts must be at least 1")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError("RetryPolicy.deadline must be positive (or None)")
        for name in ("max_total_wait", "backoff_base", "backoff_cap", "rate_limit_jitter"):
            if getattr(self, name) < 0:
                raise ValueError(f"RetryPolicy.{name} must not be negative")


# -- shared rate-limit state in Redis (redis_store.py) ------------------------------------------
# `Client(rate_limit_store=...)` falls back to this environment variable ("memory" or a redis:// URL).
RATE_LIMIT_STORE_ENV = "SENDGRID_RATE_LIMIT_STORE"
REDIS_KEY_PREFIX = "sendgrid_reseller:ratelimit"
# Every store operation is one round trip on a nearby server: a Redis that takes longer than this
# is treated as down, so a call never waits long for its limiter.
REDIS_SOCKET_TIMEOUT = 0.5
# After a failure Redis is left alone for this long, doubling per failed retry up to the maximum;
# meanwhile each process paces with its own in-memory limits.
REDIS_RETRY_MIN_INTERVAL = 0.5
REDIS_RETRY_MAX_INTERVAL = 5.0
# An endpoint's state expires this long after its window's reset (or after its last change when
# no reset is known). SendGrid's windows are at most a minute, so the limit learnt in one window
# is still there when the next one starts.
REDIS_KEY_GRACE = 60.0
# Upper bound on any key's lifetime, whatever reset the server announced.
REDIS_MAX_KEY_TTL = 3600.0
