"""Retry decisions: what is retried, after how long, and when the budget says stop."""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller._runtime.policy import PACING_MARGIN, RetryPolicy
from sendgrid_reseller._runtime.ratelimit import RateLimit
from sendgrid_reseller._runtime.retry import RetryBudget

from tests.runtime.support import START

REQUEST = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers")


def budget(random: float = 0.5, **policy: float) -> RetryBudget:
    made = RetryBudget(RetryPolicy(**policy), random=lambda: random)  # type: ignore[arg-type]  # floats for any field, by name
    made.start_attempt()
    return made


def test_429_waits_until_the_reset_plus_jitter() -> None:
    retry = budget(random=0.5, rate_limit_jitter=1.0)
    delay = retry.delay_after_status(429, RateLimit(10, 0, START + 7), idempotent=False, now=START)
    assert delay == pytest.approx(7.5 + PACING_MARGIN)  # until the limiter's next window opens
    assert retry.waited == pytest.approx(7.5 + PACING_MARGIN)


@pytest.mark.parametrize("rate_limit", [None, RateLimit(10, 0, None), RateLimit(10, 0, START - 5)])
def test_429_without_a_future_reset_backs_off(rate_limit: RateLimit | None) -> None:
    retry = budget(random=0.5, backoff_base=2.0)
    assert retry.delay_after_status(429, rate_limit, idempotent=False, now=START) == pytest.approx(1.0)


def test_429_beyond_the_wait_budget_gives_up() -> None:
    retry = budget(max_total_wait=30.0)
    assert retry.delay_after_status(429, RateLimit(10, 0, START + 31), idempotent=True, now=START) is None


def test_backoff_is_exponential_with_full_jitter_and_a_cap() -> None:
    retry = budget(random=0.999999, backoff_base=1.0, backoff_cap=5.0)
    ceilings = []
    for _ in range(5):
        ceilings.append(round(retry.backoff()))
        retry.start_attempt()
    assert ceilings == [1, 2, 4, 5, 5]
    assert budget(random=0.0).backoff() == 0.0


def test_huge_attempt_numbers_do_not_overflow() -> None:
    retry = RetryBudget(RetryPolicy(max_attempts=5000), random=lambda: 1.0)
    for _ in range(3000):
        retry.start_attempt()
    assert retry.backoff() == RetryPolicy().backoff_cap


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_retried_only_when_idempotent(status: int) -> None:
    assert budget().delay_after_status(status, None, idempotent=True, now=START) is not None
    assert budget().delay_after_status(status, None, idempotent=False, now=START) is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 501, 505, 302])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert budget().delay_after_status(status, None, idempotent=True, now=START) is None


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_unsent_requests_are_always_retried(error: type[httpx.TransportError]) -> None:
    assert budget().delay_after_exception(error("x", request=REQUEST), idempotent=False) is not None


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError]
)
def test_maybe_sent_requests_are_retried_only_when_idempotent(error: type[httpx.TransportError]) -> None:
    assert budget().delay_after_exception(error("x", request=REQUEST), idempotent=True) is not None
    assert budget().delay_after_exception(error("x", request=REQUEST), idempotent=False) is None


def test_other_transport_errors_are_not_retried() -> None:
    assert budget().delay_after_exception(httpx.UnsupportedProtocol("x", request=REQUEST), idempotent=True) is None


def test_attempts_run_out() -> None:
    retry = RetryBudget(RetryPolicy(max_attempts=2), random=lambda: 0.0)
    retry.start_attempt()
    assert retry.delay_after_status(503, None, idempotent=True, now=START) == 0.0
    retry.start_attempt()
    assert retry.delay_after_status(503, None, idempotent=True, now=START) is None


def test_per_call_attempts_override_the_policy() -> None:
    retry = RetryBudget(RetryPolicy(max_attempts=9), max_attempts=1)
    retry.start_attempt()
    assert retry.delay_after_status(429, None, idempotent=True, now=START) is None


def test_take_wait_spends_the_budget() -> None:
    retry = budget(max_total_wait=1.0)
    assert retry.take_wait(0.6)
    assert not retry.take_wait(0.6)
    assert retry.take_wait(0.4)
    assert "waited=1.000s" in repr(retry)


@pytest.mark.parametrize(
    "field", ["max_attempts", "max_total_wait", "backoff_base", "backoff_cap", "rate_limit_jitter"]
)
def test_policy_refuses_nonsense(field: str) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**{field: -1})  # type: ignore[arg-type]  # the field is a parameter
