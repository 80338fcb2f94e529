"""The verdict on one attempt: scrub it, log it, then return the answer, wait and retry, or raise.

Shared by the synchronous and the asyncio send paths, which differ only in how they wait. Every
answer and every transport failure is scrubbed first (scrub.py), so nothing the caller can reach
from a result or an error holds a credential.
"""

from __future__ import annotations

import logging
import time

import httpx

from .errors import error_from_response, transport_error, v2_error_in_success
from .operation import Operation
from .policy import LOGGER_NAME, RATE_LIMITED_STATUS
from .ratelimit import RESPONSE_EXTENSION, RateLimit, parse_retry_after
from .redact import redact_url
from .retry import RetryBudget
from .scrub import scrub_exception, scrub_response

logger = logging.getLogger(LOGGER_NAME)


def settle_answer(
    operation: Operation,
    budget: RetryBudget,
    response: httpx.Response,
    rate_limit: RateLimit | None,
    now: float,
    started: float,
) -> float | None:
    """None when `response` is the call's result; else seconds to wait before the next attempt."""
    scrub_response(response)
    status = response.status_code
    retry_at = parse_retry_after(response.headers, now) if status == RATE_LIMITED_STATUS or status >= 500 else None
    if status == RATE_LIMITED_STATUS and retry_at is not None and (rate_limit is None or rate_limit.reset_at is None):
        # No X-RateLimit-Reset: the Retry-After says when the window opens again.
        rate_limit = RateLimit(rate_limit.limit if rate_limit else None, 0, retry_at)
    response.extensions[RESPONSE_EXTENSION] = rate_limit
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d (%s, attempt %d, %.1f ms)",
            response.request.method,
            redact_url(response.request.url),
            status,
            operation.name,
            budget.attempt,
            (time.perf_counter() - started) * 1000.0,
        )
    if 200 <= status < 300 or (operation.redirect and 300 <= status < 400):
        if operation.api == "v2":
            error = v2_error_in_success(response)
            if error is not None:
                raise error
        return None
    delay = budget.delay_after_status(status, rate_limit, idempotent=operation.idempotent, now=now, retry_at=retry_at)
    if delay is None:
        refusal = error_from_response(response, rate_limit)
        if retry_at is not None and status != RATE_LIMITED_STATUS and refusal.args:
            retry = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(retry_at))
            refusal.args = (f"{refusal.args[0]} (Retry-After: not before {retry}, beyond this call's wait budget)",)
        raise refusal
    logger.warning(
        "%s %s answered %d; retrying in %.2f s (attempt %d of %d)",
        response.request.method,
        redact_url(response.request.url),
        status,
        delay,
        budget.attempt + 1,
        budget.max_attempts,
    )
    return delay


def settle_failure(
    operation: Operation,
    budget: RetryBudget,
    request: httpx.Request,
    exception: httpx.RequestError,
    started: float,
) -> float:
    """Seconds to wait before the next attempt, or raises `TransportError`."""
    scrub_exception(exception)
    if budget.deadline.expired():
        exception.args = (f"the call's deadline of {budget.deadline.seconds:g} s has passed ({exception})",)
    url = redact_url(request.url)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s failed: %s (%s, attempt %d, %.1f ms)",
            request.method,
            url,
            type(exception).__name__,
            operation.name,
            budget.attempt,
            (time.perf_counter() - started) * 1000.0,
        )
    delay = budget.delay_after_exception(exception, idempotent=operation.idempotent)
    if delay is None:
        raise transport_error(exception, request) from exception
    logger.warning(
        "%s %s failed (%s); retrying in %.2f s (attempt %d of %d)",
        request.method,
        url,
        type(exception).__name__,
        delay,
        budget.attempt + 1,
        budget.max_attempts,
    )
    return delay
