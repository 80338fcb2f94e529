"""The cassette clients wait on a fake clock: a replayed 429 costs no real time, and what was waited is known."""

from __future__ import annotations

from sendgrid_reseller import AsyncSendGrid, SendGrid
from sendgrid_reseller._runtime.policy import DEFAULT_RATE_LIMIT_JITTER, PACING_MARGIN

from tests.client.cassettes import replay
from tests.client.conftest import DOCUMENTED_NOW, FakeClock

RESET = 1392815263  # the X-RateLimit-Reset of the cassette's 429


def _waited_for_the_reset(clock: FakeClock) -> None:
    assert len(clock.sleeps) == 1, clock.sleeps
    earliest = RESET + PACING_MARGIN - DOCUMENTED_NOW
    assert earliest <= clock.sleeps[0] <= earliest + DEFAULT_RATE_LIMIT_JITTER
    assert clock() == DOCUMENTED_NOW + clock.sleeps[0]


def test_a_replayed_429_waits_on_the_fake_clock_until_the_reset(v2: SendGrid, fake_clock: FakeClock) -> None:
    with replay("customer_management/list_customers.429-then-200") as cassette:
        customers = v2.reseller.customers.list()
    assert cassette.play_count == 2 and [c.id for c in customers.items] == [123]
    _waited_for_the_reset(fake_clock)


async def test_a_replayed_429_waits_on_the_fake_clock_async(v2_async: AsyncSendGrid, fake_clock: FakeClock) -> None:
    with replay("customer_management/list_customers.429-then-200") as cassette:
        customers = await v2_async.reseller.customers.list()
    assert cassette.play_count == 2 and customers.items[0].active is True
    _waited_for_the_reset(fake_clock)


def test_a_call_without_a_429_does_not_wait(v3: SendGrid, fake_clock: FakeClock) -> None:
    with replay("api_keys/delete_api_key"):
        v3.api_keys.delete("qfTQ6KG0QBiwWdJ0-pCLCA")
    assert (fake_clock.sleeps, fake_clock()) == ([], DOCUMENTED_NOW)
