"""The verdict on one attempt: log it, then return the answer, wait and retry, or raise.

Shared by the synchronous and the asyncio send paths, which differ only in how they wait.
"""

from __future__ import annotations

import logging
import time

import httpx

from .errors import error_from_response, transport_error, v2_error_in_success
from .operation import Operation
from .policy import LOGGER_NAME
from .ratelimit import RESPONSE_EXTENSION, RateLimit
from .redact import redact_url
from .retry import RetryBudget

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
    response.extensions[RESPONSE_EXTENSION] = rate_limit
    status = response.status_code
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
    delay = budget.delay_after_status(status, rate_limit, idempotent=operation.idempotent, now=now)
    if delay is None:
        raise error_from_response(response, rate_limit)
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


def log_pacing(operation: Operation, wait: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s: waiting %.3f s for the endpoint's rate-limit reset", operation.name, wait)
