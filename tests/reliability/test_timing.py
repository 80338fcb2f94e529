"""Issue 13, defects 4-6: the server's timing honoured, a total deadline, pacing that never sends in vain.

- Retry-After (seconds or HTTP date) on 429 and 5XX replaces the backoff; beyond the wait budget
  the call fails at once, with the time in the error.
- A per-call deadline (RequestOptions.deadline, RetryPolicy.deadline) ends calls against servers
  that drip a body, drip headers or flood `100 Continue` (raw sockets, real time, bounded).
- Pacing: a request the limiter knows would be refused is not sent when the wait does not fit the
  budget or the deadline (RateLimitError with reset_at); waits over 1 s are logged at INFO.
Everything runs sync and asyncio. Waits use a fake clock except in the deadline tests.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from sendgrid_reseller._runtime.errors import RateLimitError, SendGridError, ServerError, TransportError
from sendgrid_reseller._runtime.options import RequestOptions
from sendgrid_reseller._runtime.policy import PACING_MARGIN, RetryPolicy
from sendgrid_reseller.api.subusers import list_subusers

from tests.reliability.drip import DripServer, body_drip, continue_flood, header_drip
from tests.reliability.faults import SUBUSERS
from tests.runtime.loopback import LoopbackServer, Reply, json_reply, scripted
from tests.runtime.support import START, FakeClock, loopback_client

RETRY = RetryPolicy(rate_limit_jitter=0.0, backoff_base=0.01, backoff_cap=0.02)


def ok(*headers: tuple[str, str]) -> Reply:
    return json_reply(SUBUSERS, 200, headers)


def _run(
    flavour: str, base_url: str, clock: FakeClock | None, options: RequestOptions | None = None, **client: Any
) -> Any:
    """One list_subusers call (sync or asyncio); the result or the SendGridError it raised."""
    if clock is not None:
        client.update(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    client.setdefault("retry", RETRY)
    if flavour == "sync":
        with loopback_client(base_url, **client) as sync_client:
            try:
                return list_subusers.sync(sync_client, options=options)
            except SendGridError as exc:
                return exc

    async def call() -> Any:
        async with loopback_client(base_url, **client) as async_client:
            try:
                return await list_subusers.asyncio(async_client, options=options)
            except SendGridError as exc:
                return exc

    return asyncio.run(call())


FLAVOURS = ["sync", "async"]

# -- defect 4: Retry-After -------------------------------------------------------------------------


def _http_date(at: float) -> str:
    return email.utils.formatdate(at, usegmt=True)


RETRY_AFTER_CASES: dict[str, tuple[int, Callable[[], str], float]] = {
    "429_seconds": (429, lambda: "5", 5 + PACING_MARGIN),
    "429_http_date": (429, lambda: _http_date(START + 7), 7 + PACING_MARGIN),
    "503_seconds": (503, lambda: "3", 3.0),
    "500_http_date": (500, lambda: _http_date(START + 4), 4.0),
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", sorted(RETRY_AFTER_CASES))
def test_retry_after_is_honoured(flavour: str, name: str) -> None:
    status, value, expected = RETRY_AFTER_CASES[name]
    clock = FakeClock()
    replies = [json_reply('{"errors":[{"message":"later"}]}', status, [("Retry-After", value())]), ok()]
    with LoopbackServer(scripted(replies)) as server:
        outcome = _run(flavour, server.base_url, clock)
        assert server.request_count == 2
    assert isinstance(outcome, list), repr(outcome)
    assert clock.sleeps == [pytest.approx(expected, abs=1e-6)]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_beyond_the_budget_fails_at_once(flavour: str, status: int) -> None:
    clock = FakeClock()
    replies = [json_reply('{"errors":[{"message":"later"}]}', status, [("Retry-After", "100")]), ok()]
    with LoopbackServer(scripted(replies)) as server:
        outcome = _run(flavour, server.base_url, clock)
        assert server.request_count == 1
    assert clock.sleeps == []
    if status == 429:
        assert isinstance(outcome, RateLimitError) and outcome.reset_at == pytest.approx(START + 100)
    else:
        assert isinstance(outcome, ServerError) and "Retry-After: not before 2023-11-14T22:15:00Z" in str(outcome)


# -- defect 5: the total deadline ------------------------------------------------------------------

DRIPS: dict[str, Callable[[], Callable[[], Iterable[bytes]]]] = {
    "body_one_byte_at_a_time": body_drip,
    "headers_one_byte_at_a_time": header_drip,
    "100_continue_flood": continue_flood,
}
DRIP_INTERVAL = 0.2
DEADLINE = 1.0
# Not a speed target: a drip lasts 200 pieces x 0.2 s = 40 s, so a call still running 10 s after its
# start was not ended by the deadline; anything shorter is a loaded machine, not a missing feature.
DEADLINE_SLACK = 9.0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("drip", sorted(DRIPS))
def test_the_deadline_ends_a_dripping_answer(flavour: str, drip: str) -> None:
    with DripServer(DRIPS[drip](), DRIP_INTERVAL) as server:
        started = time.monotonic()
        outcome = _run(flavour, server.base_url, None, RequestOptions(deadline=DEADLINE), timeout=1.0)
        elapsed = time.monotonic() - started
        requests = server.requests
    assert isinstance(outcome, TransportError), repr(outcome)
    assert "deadline of 1 s has passed" in str(outcome)
    assert requests == 1  # no retry after the deadline
    assert elapsed < DEADLINE + DEADLINE_SLACK, f"{drip} took {elapsed:.2f} s"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_client_default_deadline_applies(flavour: str) -> None:
    retry = RetryPolicy(deadline=DEADLINE, backoff_base=0.01, backoff_cap=0.02)
    with DripServer(body_drip(), DRIP_INTERVAL) as server:
        started = time.monotonic()
        outcome = _run(flavour, server.base_url, None, retry=retry, timeout=1.0)
        elapsed = time.monotonic() - started
    assert isinstance(outcome, TransportError) and "deadline" in str(outcome)
    assert elapsed < DEADLINE + DEADLINE_SLACK


def test_deadline_values_are_checked() -> None:
    with pytest.raises(ValueError, match="deadline"):
        RequestOptions(deadline=0)
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=-1.0)


# -- defect 6: pacing ------------------------------------------------------------------------------


def _exhausted(reset_in: int) -> Reply:
    return ok(("X-RateLimit-Limit", "3"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", str(reset_in)))


def _two_calls(flavour: str, base_url: str, clock: FakeClock, options: RequestOptions | None, **client: Any) -> Any:
    """The first call learns that the window is spent; the second one is paced."""
    client.update(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep, retry=client.get("retry", RETRY))
    if flavour == "sync":
        with loopback_client(base_url, **client) as sync_client:
            list_subusers.sync(sync_client)
            try:
                return list_subusers.sync(sync_client, options=options)
            except SendGridError as exc:
                return exc

    async def calls() -> Any:
        async with loopback_client(base_url, **client) as async_client:
            await list_subusers.asyncio(async_client)
            try:
                return await list_subusers.asyncio(async_client, options=options)
            except SendGridError as exc:
                return exc

    return asyncio.run(calls())


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("limit_by", "options", "client"),
    [
        ("deadline", RequestOptions(deadline=1.0), {}),
        ("wait_budget", None, {"retry": RetryPolicy(max_total_wait=1.0)}),
    ],
)
def test_a_request_the_limiter_knows_is_refused_is_not_sent(
    flavour: str, limit_by: str, options: RequestOptions | None, client: dict[str, Any]
) -> None:
    clock = FakeClock()
    with LoopbackServer(scripted([_exhausted(4), ok()])) as server:
        outcome = _two_calls(flavour, server.base_url, clock, options, **client)
        assert server.request_count == 1, limit_by
    assert isinstance(outcome, RateLimitError), repr(outcome)
    assert outcome.reset_at == pytest.approx(START + 4 + PACING_MARGIN)
    assert "not sent" in str(outcome) and clock.sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_long_pacing_waits_are_logged_at_info(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    with LoopbackServer(scripted([_exhausted(2), ok()])) as server:
        outcome = _two_calls(flavour, server.base_url, clock, None)
        assert server.request_count == 2
    assert isinstance(outcome, list)
    assert clock.sleeps == [pytest.approx(2 + PACING_MARGIN)]
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO and r.name == "sendgrid_reseller"]
    assert info == ["list_subusers: waiting 2.010 s for the endpoint's rate-limit reset"]


def test_short_pacing_waits_stay_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(START + 0.5)  # the window resets 0.5 s from now
    with LoopbackServer(scripted([_exhausted(int(START + 1)), ok()])) as server:  # an epoch: 0.51 s away
        outcome = _two_calls("sync", server.base_url, clock, None)
    assert isinstance(outcome, list), repr(outcome)
    # The wait happened (so its log line exists), and that line stayed at DEBUG.
    assert clock.sleeps == [pytest.approx(0.5 + PACING_MARGIN)], clock.sleeps
    waits = [(r.levelname, r.getMessage()) for r in caplog.records if "waiting" in r.getMessage()]
    assert waits == [("DEBUG", "list_subusers: waiting 0.510 s for the endpoint's rate-limit reset")]
