"""Waiting for a rate-limit slot before each attempt, within the call's wait budget and deadline.

The limiter knows when a request would be refused (no slot left until the window's reset). Such a
request is never sent: the caller waits for the reset when the wait fits the call's wait budget
and deadline, and otherwise gets `RateLimitError` (with `reset_at`) at once, without sending.
Every slot is taken as a lease that ends with the call's deadline (capped), so a holder that
dies never keeps it. Waits over `PACING_INFO_SECONDS` are logged at INFO, shorter ones at DEBUG.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from .errors import RateLimitError
from .operation import Operation
from .policy import DEFAULT_LEASE_SECONDS, LOGGER_NAME, MAX_PACING_ROUNDS, PACING_INFO_SECONDS
from .ratelimit import RESPONSE_EXTENSION, Lease, RateLimit, RateLimitStore
from .redact import bind_call_secrets
from .retry import RetryBudget
from .scrub import secret_field_values

logger = logging.getLogger(LOGGER_NAME)

# Set on the stand-in answer of a request the limiter refused: nothing was sent.
NOT_SENT_EXTENSION = "sendgrid_reseller.not_sent"


def _start_attempt(budget: RetryBudget, request: httpx.Request) -> None:
    """What the attempt about to be sent binds to its thread or task: its deadline (socket
    operations end by it) and its own secrets (a new password in its body, redacted in logs)."""
    budget.deadline.bind()
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    bind_call_secrets(secret_field_values(content, request.headers.get("content-type", "")) if content else ())


def _lease(budget: RetryBudget, now: float) -> Lease:
    return Lease.new(now, min(budget.deadline.remaining(), DEFAULT_LEASE_SECONDS))


def log_pacing(operation: Operation, wait: float) -> None:
    level = logging.INFO if wait > PACING_INFO_SECONDS else logging.DEBUG
    if logger.isEnabledFor(level):
        logger.log(level, "%s: waiting %.3f s for the endpoint's rate-limit reset", operation.name, wait)


def refused_by_limiter(operation: Operation, request: httpx.Request, now: float, wait: float) -> RateLimitError:
    """The error of a request the limiter will not send: its slot comes back only after the budget."""
    reset_at = now + wait
    rate_limit = RateLimit(limit=None, remaining=0, reset_at=reset_at)
    reset = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(reset_at))
    message = (
        f"not sent: {operation.rate_limit_key} has no rate-limit slot until {reset} ({wait:.2f} s), "
        "beyond this call's wait budget or deadline"
    )
    answer = httpx.Response(
        429,
        content=json.dumps({"errors": [{"message": message}]}).encode(),
        headers={"Content-Type": "application/json"},
        request=request,
        extensions={RESPONSE_EXTENSION: rate_limit, NOT_SENT_EXTENSION: True},
    )
    return RateLimitError(answer, rate_limit=rate_limit)


def pace(
    store: RateLimitStore,
    operation: Operation,
    budget: RetryBudget,
    request: httpx.Request,
    *,
    enabled: bool,
    clock: Callable[[], float],
    sleep: Callable[[float], None],
) -> Lease:
    """Wait for a slot and return its lease; or raise `RateLimitError` without sending."""
    key = operation.rate_limit_key
    for _ in range(MAX_PACING_ROUNDS if enabled else 0):
        now = clock()
        lease = _lease(budget, now)
        wait = store.reserve(key, now, lease=lease)
        if wait <= 0.0:
            _start_attempt(budget, request)
            return lease
        if not budget.take_wait(wait):
            raise refused_by_limiter(operation, request, now, wait)
        log_pacing(operation, wait)
        sleep(wait)
    now = clock()
    lease = _lease(budget, now)
    store.reserve(key, now, force=True, lease=lease)
    _start_attempt(budget, request)
    return lease


async def apace(
    store: RateLimitStore,
    operation: Operation,
    budget: RetryBudget,
    request: httpx.Request,
    *,
    enabled: bool,
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[None]],
) -> Lease:
    """The asyncio twin of `pace`."""
    key = operation.rate_limit_key
    for _ in range(MAX_PACING_ROUNDS if enabled else 0):
        now = clock()
        lease = _lease(budget, now)
        wait = await store.areserve(key, now, lease=lease)
        if wait <= 0.0:
            _start_attempt(budget, request)
            return lease
        if not budget.take_wait(wait):
            raise refused_by_limiter(operation, request, now, wait)
        log_pacing(operation, wait)
        await sleep(wait)
    now = clock()
    lease = _lease(budget, now)
    await store.areserve(key, now, force=True, lease=lease)
    _start_attempt(budget, request)
    return lease
