"""Issue 17: a call (reserve, then update with the answer) waits for Redis once, not twice.

redis-py's connection classes are wrapped (`redis_wire_log`, shared with the benchmark) to log what
goes over each connection: `send` (a command written), `ready` (a reply already received, seen
without waiting) and `read` (a reply read). A read right after a send is a wait for Redis, a round
trip; reads after `ready`, or after another read of the same batch, are not. The update is still
sent at once, so that every process sees it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import redis
from sendgrid_reseller._runtime.ratelimit import Lease, RateLimit
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from bench.metrics.shared_rate_limit import redis_wire_log, round_trips
from tests.runtime.support import START

KEY = "GET /v3/subusers"
CALLS = 20
ANSWER = RateLimit(1000, 999, START + 60)


@pytest.fixture
def wire_log() -> Iterator[list[str]]:
    with redis_wire_log() as events:
        yield events


def test_a_call_waits_for_redis_once(make_store: Callable[..., RedisRateLimitStore], wire_log: list[str]) -> None:
    store = make_store()
    for index in range(CALLS + 1):
        if index == 1:
            wire_log.clear()  # the first call also opens the connection (its handshake is a round trip)
        lease = Lease.new(START)
        assert store.reserve(KEY, START, lease=lease) == 0.0
        store.update(KEY, ANSWER, START, lease=lease)
    assert wire_log.count("send") == 2 * CALLS, wire_log  # reserve and update: each sent when it happens
    assert round_trips(wire_log) == CALLS, wire_log
    assert not store.degraded


async def test_an_asyncio_call_waits_for_redis_once(
    make_store: Callable[..., RedisRateLimitStore], wire_log: list[str]
) -> None:
    store = make_store()
    for index in range(CALLS + 1):
        if index == 1:
            wire_log.clear()
        lease = Lease.new(START)
        assert await store.areserve(KEY, START, lease=lease) == 0.0
        await store.aupdate(KEY, ANSWER, START, lease=lease)
    assert wire_log.count("send") == 2 * CALLS, wire_log
    assert round_trips(wire_log) == CALLS, wire_log
    await store.aclose()


def test_an_answer_is_in_redis_before_its_confirmation_is_read(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    """The update is not held back until the next call: another process sees it at once."""
    first, second = make_store(), make_store()
    lease = Lease.new(START)
    assert first.reserve(KEY, START, lease=lease) == 0.0
    first.update(KEY, RateLimit(5, 0, START + 30), START, lease=lease)
    # Read by another connection: the server has run the update (commands on one Redis run in arrival order).
    assert redis_client.hget(first.redis_key(KEY), "remaining") == b"0"
    assert second.reserve(KEY, START) > 0
    assert not first.degraded


def test_scripts_lost_by_redis_are_loaded_again(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    """SCRIPT FLUSH (as after a restart) between an update and its confirmation: nothing is lost."""
    store = make_store()
    lease = Lease.new(START)
    assert store.reserve(KEY, START, lease=lease) == 0.0
    redis_client.script_flush()
    store.update(KEY, RateLimit(5, 0, START + 30), START, lease=lease)  # NOSCRIPT: not run yet
    assert store.reserve(KEY, START) > 0  # the update ran again before this reservation, which waits
    assert not store.degraded
    store.flush()
    assert redis_client.hget(store.redis_key(KEY), "remaining") == b"0"
    names = redis_client.hkeys(store.redis_key(KEY))
    assert not any((name if isinstance(name, bytes) else name.encode()).startswith(b"lease:") for name in names)
