"""Issue 17: a call (reserve, then update with the answer) waits for Redis once, not twice.

redis-py's connection classes are wrapped to log what goes over each connection: `send` (a
command written), `ready` (a reply already received, seen without waiting) and `read` (a reply
read). A read right after a send is a wait for Redis, a round trip; reads after `ready`, or after
another read of the same batch, are not. The update is still sent at once (every process sees it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from redis.asyncio.connection import Connection as AsyncConnection
from redis.connection import Connection
from sendgrid_reseller._runtime.ratelimit import Lease, RateLimit
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from tests.runtime.support import START

KEY = "GET /v3/subusers"
CALLS = 20
ANSWER = RateLimit(1000, 999, START + 60)


@pytest.fixture
def wire_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    events: list[str] = []

    def wrap(cls: type[Any], name: str, event: str, *, when_true: bool = False, is_async: bool = False) -> None:
        original = getattr(cls, name)
        if is_async:

            async def logged_async(self: Any, *args: Any, **kwargs: Any) -> Any:
                result = await original(self, *args, **kwargs)
                if result or not when_true:
                    events.append(event)
                return result

            monkeypatch.setattr(cls, name, logged_async)
        else:

            def logged(self: Any, *args: Any, **kwargs: Any) -> Any:
                result = original(self, *args, **kwargs)
                if result or not when_true:
                    events.append(event)
                return result

            monkeypatch.setattr(cls, name, logged)

    for cls, is_async in ((Connection, False), (AsyncConnection, True)):
        wrap(cls, "send_packed_command", "send", is_async=is_async)
        wrap(cls, "read_response", "read", is_async=is_async)
        wrap(cls, "can_read", "ready", when_true=True, is_async=is_async)
    yield events


def round_trips(events: list[str]) -> int:
    return sum(1 for before, after in zip(events, events[1:], strict=False) if (before, after) == ("send", "read"))


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
    assert not any(name.startswith(b"lease:") for name in redis_client.hkeys(store.redis_key(KEY)))
