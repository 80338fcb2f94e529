# Copied from overlays/runtime/retry.py by the generator. Do not edit; change the overlay and run `make generate`.
"""When a failed attempt is tried again, and after how long.

The rules: a 429 is always retried, after the endpoint's reset (or with backoff when no reset is
known). A request that never left (connection refused, connect or pool timeout) is always safe to
send again. A 5XX or a failure after sending (read timeout, dropped connection) is retried only for
idempotent operations: a non-idempotent call is never resent once it may have reached SendGrid.
Every wait comes out of one budget per call (`RetryPolicy.max_total_wait`), pacing included, and
must end before the call's deadline. A `Retry-After` on a 429 or 5XX is honoured (it replaces the
backoff); when the server asks for more than the budget or the deadline leaves, the call fails at
once instead of retrying early.
"""

from __future__ import annotations

import random as _random
from collections.abc import Callable

import httpx

from .deadline import Deadline
from .options import RequestOptions
from .policy import PACING_MARGIN, RATE_LIMITED_STATUS, RetryPolicy
from .ratelimit import RateLimit

# Raised before any byte of the request reached the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Raised once the request may have been (partly) received, so SendGrid may have acted on it.
MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


def _no_clock() -> float:
    return 0.0


# 2**60 times any sensible base is far beyond any cap; a larger exponent would only overflow.
_MAX_BACKOFF_EXPONENT = 60


class RetryBudget:
    """The attempts and waiting one call has left.

    The client calls `start_attempt` before each request, `delay_after_status` /
    `delay_after_exception` after a failed one (None means: give up and raise), and `take_wait`
    before a pacing sleep. `random` returns a float in [0, 1) and is injectable for tests;
    `deadline` bounds every wait (and, through the client's connections, every byte).
    """

    __slots__ = ("_policy", "_random", "max_attempts", "attempt", "waited", "deadline")

    def __init__(
        self,
        policy: RetryPolicy,
        max_attempts: int | None = None,
        random: Callable[[], float] = _random.random,
        deadline: Deadline | None = None,
    ) -> None:
        self._policy = policy
        self._random = random
        self.max_attempts = max_attempts if max_attempts is not None else policy.max_attempts
        self.attempt = 0
        self.waited = 0.0
        self.deadline = deadline if deadline is not None else Deadline(None, _no_clock)

    @classmethod
    def for_call(cls, policy: RetryPolicy, options: RequestOptions | None, clock: Callable[[], float]) -> RetryBudget:
        """The budget of one call: the options' attempts and deadline, else the policy's."""
        max_attempts = options.max_attempts if options is not None else None
        seconds = options.deadline if options is not None and options.deadline is not None else policy.deadline
        return cls(policy, max_attempts, deadline=Deadline(seconds, clock))

    def __repr__(self) -> str:
        return f"RetryBudget(attempt={self.attempt}/{self.max_attempts}, waited={self.waited:.3f}s)"

    def start_attempt(self) -> int:
        self.attempt += 1
        return self.attempt

    def take_wait(self, seconds: float) -> bool:
        """Spend `seconds` of the wait budget if it has them left and they end before the deadline."""
        if self.waited + seconds > self._policy.max_total_wait or seconds >= self.deadline.remaining():
            return False
        self.waited += seconds
        return True

    def backoff(self) -> float:
        """Exponential backoff with full jitter for the attempt that just failed."""
        exponent = min(max(self.attempt - 1, 0), _MAX_BACKOFF_EXPONENT)
        ceiling = min(self._policy.backoff_cap, self._policy.backoff_base * 2.0**exponent)
        return self._random() * ceiling

    def delay_after_status(
        self,
        status_code: int,
        rate_limit: RateLimit | None,
        *,
        idempotent: bool,
        now: float,
        retry_at: float | None = None,
    ) -> float | None:
        """Seconds to wait before retrying an answer with this status, or None to raise it.

        `retry_at` is the answer's `Retry-After` as a Unix time, when it had one.
        """
        if self.attempt >= self.max_attempts:
            return None
        if status_code == RATE_LIMITED_STATUS:
            reset_at = rate_limit.reset_at if rate_limit is not None else None
            if reset_at is None or reset_at <= now:
                reset_at = retry_at
            if reset_at is not None and reset_at > now:
                # Until the limiter opens the next window (reset + margin): a shorter sleep would only
                # be followed by a pacing wait for the margin.
                delay = reset_at + PACING_MARGIN - now + self._random() * self._policy.rate_limit_jitter
            else:
                delay = self.backoff()
        elif idempotent and status_code in self._policy.retryable_statuses:
            delay = retry_at - now if retry_at is not None and retry_at > now else self.backoff()
        else:
            return None
        return delay if self.take_wait(delay) else None

    def delay_after_exception(self, exception: httpx.RequestError, *, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after a transport failure, or None to raise it."""
        if self.attempt >= self.max_attempts:
            return None
        if not isinstance(exception, NOT_SENT_ERRORS) and not (idempotent and isinstance(exception, MAYBE_SENT_ERRORS)):
            return None
        delay = self.backoff()
        return delay if self.take_wait(delay) else None
