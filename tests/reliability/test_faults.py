"""The fault matrix: every misbehaviour of `faults.CASES`, through the sync and the asyncio client.

Each case must end in a successful retry or the expected typed `SendGridError` (never a bare
KeyError / ValueError / JSONDecodeError), after exactly the expected number of requests, within
`BUDGET` seconds.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import RateLimitError, ResponseTooLargeError, SendGridError, TransportError
from sendgrid_reseller.api.customer_management import list_customers
from sendgrid_reseller.api.subusers import list_subusers

from tests.reliability.faults import (
    BUDGET,
    CASES,
    FAST_RETRY,
    LINK_CASES,
    READ_TIMEOUT,
    SMALL_LIMIT,
    SUBUSERS,
    Case,
    closed_port,
    lazy_body,
)
from tests.runtime.loopback import LoopbackServer, json_reply, scripted
from tests.runtime.support import V2_API_KEY, V2_API_USER, assert_no_secret, loopback_client


def _client(base_url: str, case: Case | None = None) -> Client:
    options: dict[str, Any] = {"retry": FAST_RETRY, "timeout": READ_TIMEOUT}
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


def _settle(case: Case, outcome: Any, server: LoopbackServer, elapsed: float) -> None:
    if case.outcome is None:
        assert not isinstance(outcome, BaseException), f"{case.name}: expected success, got {outcome!r}"
        assert isinstance(outcome, list) and outcome and outcome[0].username == "alice"
    else:
        assert isinstance(outcome, case.outcome), f"{case.name}: expected {case.outcome.__name__}, got {outcome!r}"
        assert_no_secret(str(outcome))
    assert server.request_count == case.requests, f"{case.name}: {server.request_count} requests"
    assert server.connections_reset == case.resets_before_request
    assert elapsed < BUDGET, f"{case.name} took {elapsed:.2f}s (budget {BUDGET:.2f}s)"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault_sync(case: Case) -> None:
    with LoopbackServer(scripted(case.replies)) as server:
        server.reset_connections(case.resets_before_request)
        started = time.monotonic()
        with _client(server.base_url, case) as client:
            try:
                outcome: Any = _call_sync(client, case.api)
            except SendGridError as exc:  # anything else fails the test as it is
                outcome = exc
        _settle(case, outcome, server, time.monotonic() - started)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_fault_async(case: Case) -> None:
    with LoopbackServer(scripted(case.replies)) as server:
        server.reset_connections(case.resets_before_request)
        started = time.monotonic()
        async with _client(server.base_url, case) as client:
            try:
                outcome: Any = await asyncio.wait_for(_call_async(client, case.api), BUDGET * 2)
            except SendGridError as exc:
                outcome = exc
        _settle(case, outcome, server, time.monotonic() - started)


def test_connection_refused_sync_and_async() -> None:
    """Nothing listens: retried (nothing was sent) up to max_attempts, then TransportError."""
    base_url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    with _client(base_url) as client, pytest.raises(TransportError, match="ConnectError"):
        list_subusers.sync(client)

    async def call() -> None:
        async with _client(base_url) as client:
            await list_subusers.asyncio(client)

    with pytest.raises(TransportError, match="ConnectError"):
        asyncio.run(call())
    assert time.monotonic() - started < 2 * BUDGET


def test_invalid_429_sample_body_is_read() -> None:
    """SendGrid's documented 429 sample (trailing comma) still yields its message."""
    case = next(case for case in CASES if case.name == "429_invalid_json_sample_every_time")
    with LoopbackServer(scripted(case.replies)) as server, _client(server.base_url) as client:
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
    with LoopbackServer(_link_handler(link, base)) as server:
        base.append(server.base_url)
        started = time.monotonic()

        async def walk_async() -> list[Any]:
            async with _client(server.base_url) as client:
                return [item async for item in list_subusers.aiter_items(client)]

        try:
            if flavour == "sync":
                with _client(server.base_url) as client:
                    outcome: Any = list(list_subusers.iter_items(client))
            else:
                outcome = asyncio.run(walk_async())
        except SendGridError as exc:
            outcome = exc
        elapsed = time.monotonic() - started
    if expected is None:
        assert [item.username for item in outcome] == ["alice"]
        assert server.request_count == 1
    else:
        assert isinstance(outcome, expected), repr(outcome)
        assert server.request_count == (FAST_RETRY.max_attempts if expected is TransportError else 1)
    assert elapsed < BUDGET


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_huge_page_in_the_middle_of_a_walk(flavour: str) -> None:
    """Streaming pages: page 2 is several hundred MB; the walk yields page 1, then stops at the bound."""
    replies = scripted([json_reply(SUBUSERS, headers=[("Link", '</v3/subusers?offset=1>; rel="next"')]), lazy_body()])
    seen: list[str] = []
    with LoopbackServer(replies) as server:
        options = {"max_response_bytes": SMALL_LIMIT}
        started = time.monotonic()
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
        assert time.monotonic() - started < BUDGET
        assert server.request_count == 2
    assert seen == ["alice"]
    assert caught.value.limit == SMALL_LIMIT and caught.value.status_code == 200
