"""The in-memory store's contract, run unchanged against Redis, and a step-by-step comparison of the two."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sendgrid_reseller._runtime.ratelimit import InMemoryRateLimitStore, Lease, RateLimit, RateLimitStore
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from tests.runtime import test_ratelimit as contract
from tests.runtime.support import START


class TestRedisStore(contract.TestStore):
    """Every `TestStore` test, with `make_store` returning a Redis store (one account per test)."""

    @pytest.fixture(autouse=True)
    def _redis(self, make_store: Callable[..., RedisRateLimitStore]) -> None:
        self._make_store = make_store

    def make_store(self) -> RateLimitStore:
        self._store = self._make_store()
        return self._store

    async def test_async_variants_delegate(self) -> None:
        await super().test_async_variants_delegate()
        await self._store.aclose()  # the loop's connections, before pytest closes the loop


_SLOW_FIXTURE = [HealthCheck.function_scoped_fixture]


@contextmanager
def example_store(make_store: Callable[..., RedisRateLimitStore], client: redis.Redis) -> Iterator[RedisRateLimitStore]:
    """A store with its own key prefix for one Hypothesis example; its keys are deleted afterwards."""
    store = make_store(prefix=f"example-{uuid.uuid4().hex}")
    try:
        yield store
    finally:
        store.flush()
        keys = client.keys(store.redis_key("*"))
        if keys:
            client.delete(*keys)


@settings(max_examples=60, deadline=None, suppress_health_check=_SLOW_FIXTURE)
@given(limit=st.integers(1, 6), actions=st.lists(st.one_of(contract.SEND, contract.ANSWER, contract.TICK), max_size=80))
def test_pacing_never_exceeds_the_limit_in_any_window(
    make_store: Callable[..., RedisRateLimitStore],
    redis_client: redis.Redis,
    limit: int,
    actions: list[tuple[str, int]],
) -> None:
    with example_store(make_store, redis_client) as store:
        server, _ = contract.simulate(limit, actions, store)
    assert max(server.counts.values(), default=0) <= limit


# Every store operation with its arguments: both stores must answer each one identically.
# (name, flag, a, b, c, lease): `lease` picks one of the leases issued so far (or, for reserve,
# the time-to-live of a new one, in ms); -1 means none (the store makes one / gives back the oldest).
LEASE = st.integers(-1, 3000)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("reserve"), st.booleans(), st.just(0), st.just(0), st.just(0), LEASE),
        st.tuples(
            st.just("update"), st.booleans(), st.integers(0, 8), st.integers(0, 8), st.integers(-2000, 3000), LEASE
        ),
        st.tuples(st.just("update_partial"), st.booleans(), st.integers(0, 8), st.just(0), st.just(0), LEASE),
        st.tuples(st.just("update_none"), st.booleans(), st.just(0), st.just(0), st.just(0), LEASE),
        st.tuples(st.just("release"), st.booleans(), st.just(0), st.just(0), st.just(0), LEASE),
        st.tuples(st.just("tick"), st.booleans(), st.integers(1, 1500), st.just(0), st.just(0), st.just(-1)),
    ),
    max_size=60,
)


@settings(max_examples=80, deadline=None, suppress_health_check=_SLOW_FIXTURE)
@given(operations=OPERATIONS, two_keys=st.booleans())
def test_redis_answers_exactly_like_the_in_memory_store(
    make_store: Callable[..., RedisRateLimitStore],
    redis_client: redis.Redis,
    operations: list[tuple[str, bool, int, int, int, int]],
    two_keys: bool,
) -> None:
    """The Lua script and `_EndpointWindow` are one algorithm written twice: every step agrees,
    leases (taken, given back by token, expired and reaped) included."""
    memory = InMemoryRateLimitStore()
    now = START
    issued: list[Lease] = []

    def pick(choice: int) -> Lease | None:
        return issued[choice % len(issued)] if choice >= 0 and issued else None

    with example_store(make_store, redis_client) as redis_store:
        for index, (name, flag, a, b, c, choice) in enumerate(operations):
            key = "GET /a" if not two_keys or index % 2 else "POST /b"
            lease = pick(choice)
            if name == "reserve":
                if choice >= 0:
                    lease = Lease(f"t{index}", now + choice / 1000)
                    issued.append(lease)
                expected = memory.reserve(key, now, force=flag, lease=lease)
                assert redis_store.reserve(key, now, force=flag, lease=lease) == pytest.approx(expected, abs=1e-9)
            elif name == "update":
                limit = max(a, b)
                rate_limit = RateLimit(limit, b, now + c / 1000)
                memory.update(key, rate_limit, now, lease=lease)
                redis_store.update(key, rate_limit, now, lease=lease)
            elif name == "update_partial":
                memory.update(key, RateLimit(a, None, now + 1), now, lease=lease)
                redis_store.update(key, RateLimit(a, None, now + 1), now, lease=lease)
            elif name == "update_none":
                memory.update(key, None, now, lease=lease)
                redis_store.update(key, None, now, lease=lease)
            elif name == "release":
                memory.release(key, now, consumed=flag, lease=lease)
                redis_store.release(key, now, consumed=flag, lease=lease)
            else:
                now += a / 1000
        # The hidden state agrees too: the next answers for every key are the same.
        for key in ("GET /a", "POST /b"):
            assert redis_store.reserve(key, now) == pytest.approx(memory.reserve(key, now), abs=1e-9)
