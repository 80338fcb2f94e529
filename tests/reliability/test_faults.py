"""The fault matrix: every misbehaviour of `faults.CASES`, through the sync and the asyncio client.

Each case must end in a successful retry or the expected typed `SendGridError` (never a bare
KeyError / ValueError / JSONDecodeError), after exactly the expected number of requests, having
waited (on a fake clock) no longer than the retry policy's wait budget. Real time plays a part only
where a real socket needs it: the stall cases' read timeout, against a server answering 5 s late.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import RateLimitError, ResponseTooLargeError, SendGridError, TransportError
from sendgrid_reseller.api.customer_management import list_customers
from sendgrid_reseller.api.subusers import list_subusers

from tests.reliability.faults import (
    CASES,
    FAST_RETRY,
    GENEROUS_TIMEOUT,
    LINK_CASES,
    SMALL_LIMIT,
    SUBUSERS,
    Case,
    closed_port,
    lazy_body,
)
from tests.runtime.loopback import LoopbackServer, json_reply, scripted
from tests.runtime.support import V2_API_KEY, V2_API_USER, FakeClock, assert_no_secret, loopback_client

# Not a speed target: only a call that never ends trips it (a stalled answer ends when the server stops).
HANG_GUARD = 60.0


def _client(base_url: str, clock: FakeClock, case: Case | None = None) -> Client:
    options: dict[str, Any] = {
        "retry": FAST_RETRY,
        "timeout": GENEROUS_TIMEOUT if case is None else case.timeout,
        "clock": clock,
        "sleep": clock.sleep,
        "async_sleep": clock.async_sleep,
    }
    if case is not None:
        options.update(case.options)
        if case.api == "v2":
            options.update(api_user=V2_API_USER, api_key=V2_API_KEY)
    return loopback_client(base_url, **options)


def _call_sync(client: Client, api: str) -> Any:
    return list_customers.sync(client) if api == "v2" else list_subusers.sync(client)


async def _call_async(client: Client, api: str) -> Any:
    if api == "v2":
        return await list_customers.asyncio(client)
    return await list_subusers.asyncio(client)


def _settle(case: Case, outcome: Any, server: LoopbackServer, clock: FakeClock) -> None:
    if case.outcome is None:
        assert not isinstance(outcome, BaseException), f"{case.name}: expected success, got {outcome!r}"
        assert isinstance(outcome, list) and outcome, f"{case.name}: expected a list of subusers, got {outcome!r}"
        assert outcome[0].username == "alice", f"{case.name}: the answer came from {outcome[0].username!r}"
    else:
        assert isinstance(outcome, case.outcome), f"{case.name}: expected {case.outcome.__name__}, got {outcome!r}"
        assert_no_secret(str(outcome))
    assert server.request_count == case.requests, f"{case.name}: {server.request_count} requests, not {case.requests}"
    assert server.connections_reset == case.resets_before_request, (
        f"{case.name}: {server.connections_reset} connections reset, not {case.resets_before_request}"
    )
    waited = sum(clock.sleeps)
    assert waited <= FAST_RETRY.max_total_wait, (
        f"{case.name} waited {clock.sleeps} (budget {FAST_RETRY.max_total_wait} s)"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault_sync(case: Case) -> None:
    clock = FakeClock()
    with LoopbackServer(scripted(case.replies)) as server:
        server.reset_connections(case.resets_before_request)
        with _client(server.base_url, clock, case) as client:
            try:
                outcome: Any = _call_sync(client, case.api)
            except SendGridError as exc:  # anything else fails the test as it is
                outcome = exc
        _settle(case, outcome, server, clock)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_fault_async(case: Case) -> None:
    clock = FakeClock()
    with LoopbackServer(scripted(case.replies)) as server:
        server.reset_connections(case.resets_before_request)
        async with _client(server.base_url, clock, case) as client:
            try:
                outcome: Any = await asyncio.wait_for(_call_async(client, case.api), HANG_GUARD)
            except SendGridError as exc:
                outcome = exc
        _settle(case, outcome, server, clock)


def test_stalled_answers_end_in_a_read_timeout() -> None:
    """The stall cases fail for their reason: each attempt ended at the read timeout, not at the late answer."""
    case = next(case for case in CASES if case.name == "stall_past_read_timeout_every_time")
    with LoopbackServer(scripted(case.replies)) as server, _client(server.base_url, FakeClock(), case) as client:
        with pytest.raises(TransportError) as caught:
            list_subusers.sync(client)
    assert isinstance(caught.value.exception, httpx.ReadTimeout), repr(caught.value.exception)


def test_connection_refused_sync_and_async() -> None:
    """Nothing listens: retried (nothing was sent) up to max_attempts, then TransportError."""
    base_url = f"http://127.0.0.1:{closed_port()}"
    sync_clock, async_clock = FakeClock(), FakeClock()
    with _client(base_url, sync_clock) as client, pytest.raises(TransportError, match="ConnectError"):
        list_subusers.sync(client)

    async def call() -> None:
        async with _client(base_url, async_clock) as client:
            await list_subusers.asyncio(client)

    with pytest.raises(TransportError, match="ConnectError"):
        asyncio.run(call())
    retries = FAST_RETRY.max_attempts - 1  # one backoff wait before each retry
    assert (len(sync_clock.sleeps), len(async_clock.sleeps)) == (retries, retries), (
        sync_clock.sleeps,
        async_clock.sleeps,
    )


def test_invalid_429_sample_body_is_read() -> None:
    """SendGrid's documented 429 sample (trailing comma) still yields its message."""
    case = next(case for case in CASES if case.name == "429_invalid_json_sample_every_time")
    with LoopbackServer(scripted(case.replies)) as server, _client(server.base_url, FakeClock()) as client:
        with pytest.raises(RateLimitError) as caught:
            list_subusers.sync(client)
    assert [detail.message for detail in caught.value.details] == ["too many requests"]


def test_matrix_size() -> None:
    """The counts stated in tests/reliability/README.md."""
    assert len(CASES) == 45
    assert len({case.name for case in CASES}) == len(CASES)


def _link_handler(link: str, base: list[str]) -> Any:
    def handle(request: Any) -> Any:
        return json_reply(SUBUSERS, headers=[("Link", link.replace("{base}", base[0]))])

    return handle


@pytest.mark.parametrize("name", sorted(LINK_CASES))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_malformed_link_header(name: str, flavour: str) -> None:
    """A page's Link header ends the walk or raises a typed error; never a bare exception or a loop."""
    link, expected = LINK_CASES[name]
    base: list[str] = []
    clock = FakeClock()
    with LoopbackServer(_link_handler(link, base)) as server:
        base.append(server.base_url)

        async def walk_async() -> list[Any]:
            async with _client(server.base_url, clock) as client:
                return [item async for item in list_subusers.aiter_items(client)]

        try:
            if flavour == "sync":
                with _client(server.base_url, clock) as client:
                    outcome: Any = list(list_subusers.iter_items(client))
            else:
                outcome = asyncio.run(asyncio.wait_for(walk_async(), HANG_GUARD))
        except SendGridError as exc:
            outcome = exc
    if expected is None:
        assert [item.username for item in outcome] == ["alice"], repr(outcome)
        assert server.request_count == 1, f"{name}: {server.request_count} requests (the walk went on)"
    else:
        assert isinstance(outcome, expected), repr(outcome)
        assert server.request_count == 1, f"{name}: {server.request_count} requests"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_huge_page_in_the_middle_of_a_walk(flavour: str) -> None:
    """Streaming pages: page 2 is several hundred MB; the walk yields page 1, then stops at the bound."""
    replies = scripted([json_reply(SUBUSERS, headers=[("Link", '</v3/subusers?offset=1>; rel="next"')]), lazy_body()])
    seen: list[str] = []
    with LoopbackServer(replies) as server:
        options = {"max_response_bytes": SMALL_LIMIT}
        with pytest.raises(ResponseTooLargeError) as caught:
            if flavour == "sync":
                with loopback_client(server.base_url, retry=FAST_RETRY, **options) as client:
                    seen.extend(item.username for item in list_subusers.iter_items(client))
            else:

                async def walk() -> None:
                    async with loopback_client(server.base_url, retry=FAST_RETRY, **options) as client:
                        async for item in list_subusers.aiter_items(client):
                            seen.append(item.username)

                asyncio.run(walk())
        assert server.request_count == 2
    assert seen == ["alice"]
    assert caught.value.limit == SMALL_LIMIT and caught.value.status_code == 200
