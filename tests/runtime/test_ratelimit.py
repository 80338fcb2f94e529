"""Rate-limit headers and the in-memory store's pacing, including a simulated server under random load."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sendgrid_reseller._runtime.policy import PACING_MARGIN, PACING_POLL_INTERVAL
from sendgrid_reseller._runtime.ratelimit import (
    InMemoryRateLimitStore,
    Lease,
    RateLimit,
    RateLimitStore,
    parse_rate_limit,
)

from tests.runtime.support import START

KEY = "GET /v3/subusers"


def headers(**values: str) -> httpx.Headers:
    return httpx.Headers({f"X-RateLimit-{name.capitalize()}": value for name, value in values.items()})


class TestParse:
    def test_epoch_reset(self) -> None:
        parsed = parse_rate_limit(headers(limit="150", remaining="0", reset="1392815263"), now=START)
        assert parsed == RateLimit(150, 0, 1392815263.0)

    def test_seconds_until_reset_are_relative(self) -> None:
        parsed = parse_rate_limit(headers(limit="500", remaining="499", reset="42"), now=START)
        assert parsed == RateLimit(500, 499, START + 42)

    def test_ten_years_of_seconds_is_the_boundary(self) -> None:
        just_below = parse_rate_limit(headers(reset=str(10 * 365 * 24 * 3600 - 1)), now=START)
        assert just_below is not None and just_below.reset_at == START + 10 * 365 * 24 * 3600 - 1
        epoch = parse_rate_limit(headers(reset=str(10 * 365 * 24 * 3600)), now=START)
        assert epoch is not None and epoch.reset_at == 10 * 365 * 24 * 3600

    @pytest.mark.parametrize("bad", ["-5", "soon", "", "nan", "inf", "1e400", "99999999999999", "9" * 5000])
    def test_garbled_reset_is_ignored(self, bad: str) -> None:
        parsed = parse_rate_limit(headers(limit="10", remaining="3", reset=bad), now=START)
        assert parsed == RateLimit(10, 3, None)

    @pytest.mark.parametrize("bad", ["-1", "many", "1.5", ""])
    def test_garbled_counts_are_ignored(self, bad: str) -> None:
        assert parse_rate_limit(headers(limit=bad, remaining=bad), now=START) == RateLimit(None, None, None)

    def test_no_headers_no_rate_limit(self) -> None:
        assert parse_rate_limit(httpx.Headers({"Content-Type": "application/json"}), now=START) is None

    @given(st.lists(st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=30), min_size=3, max_size=3))
    def test_never_raises(self, values: list[str]) -> None:
        raw = [
            (name, value.encode("latin-1")) for name, value in zip(("limit", "remaining", "reset"), values, strict=True)
        ]
        wire = httpx.Headers([(f"X-RateLimit-{name}".encode(), value) for name, value in raw])
        parsed = parse_rate_limit(wire, now=START)
        assert parsed is not None


def observed(store: RateLimitStore, limit: int, remaining: int, reset_at: float, now: float) -> None:
    assert store.reserve(KEY, now) == 0.0
    store.update(KEY, RateLimit(limit, remaining, reset_at), now)


class TestStore:
    """The store contract; tests/redis runs the same tests against RedisRateLimitStore."""

    def make_store(self) -> RateLimitStore:
        return InMemoryRateLimitStore()

    def test_first_call_probes_alone(self) -> None:
        store = self.make_store()
        assert store.reserve(KEY, START) == 0.0
        assert store.reserve(KEY, START) == PACING_POLL_INTERVAL  # the limit is not known yet
        store.update(KEY, RateLimit(10, 9, START + 60), START)
        assert store.reserve(KEY, START) == 0.0

    def test_failed_probe_lets_the_next_caller_probe(self) -> None:
        store = self.make_store()
        assert store.reserve(KEY, START) == 0.0
        store.release(KEY, START)
        assert store.reserve(KEY, START) == 0.0

    def test_endpoints_without_headers_are_not_paced(self) -> None:
        store = self.make_store()
        store.reserve(KEY, START)
        store.update(KEY, None, START)
        assert [store.reserve(KEY, START) for _ in range(50)] == [0.0] * 50

    def test_remaining_zero_waits_until_reset(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=0, reset_at=START + 30, now=START)
        assert store.reserve(KEY, START + 10) == pytest.approx(20 + PACING_MARGIN)
        assert store.reserve(KEY, START + 30 + PACING_MARGIN) == 0.0

    def test_in_flight_requests_use_up_the_remaining_slots(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=3, reset_at=START + 30, now=START)
        assert [store.reserve(KEY, START) for _ in range(3)] == [0.0] * 3
        # Only requests in flight hold the slots: their answers, not the reset, tell what is left
        # (sleeping until the reset left busy windows partly unused).
        assert store.reserve(KEY, START) == PACING_POLL_INTERVAL
        store.update(KEY, RateLimit(5, 2, START + 30), START)  # one answered: it was counted already
        assert store.reserve(KEY, START) > 0
        store.update(KEY, RateLimit(5, 0, START + 30), START)
        store.update(KEY, RateLimit(5, 0, START + 30), START)  # all answered: the window is spent
        assert store.reserve(KEY, START) == pytest.approx(30 + PACING_MARGIN)

    def test_after_the_reset_the_full_limit_is_available(self) -> None:
        store = self.make_store()
        observed(store, limit=3, remaining=0, reset_at=START + 1, now=START)
        later = START + 2
        assert [store.reserve(KEY, later) for _ in range(3)] == [0.0] * 3
        assert store.reserve(KEY, later) == PACING_POLL_INTERVAL  # next window unknown until answers come

    def test_answers_from_a_finished_window_are_ignored(self) -> None:
        store = self.make_store()
        observed(store, limit=3, remaining=2, reset_at=START + 10, now=START)
        store.reserve(KEY, START)
        store.update(KEY, RateLimit(3, 0, START - 1), START)  # stale: that window is over
        assert store.reserve(KEY, START) == 0.0

    def test_out_of_order_answers_keep_the_lowest_remaining(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=1, reset_at=START + 10, now=START)
        store.reserve(KEY, START)
        store.update(KEY, RateLimit(5, 3, START + 10), START)  # an older answer arriving late
        assert store.reserve(KEY, START) == 0.0
        assert store.reserve(KEY, START) > 0

    def test_consumed_release_counts_against_the_window(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=1, reset_at=START + 10, now=START)
        store.reserve(KEY, START)
        store.release(KEY, START, consumed=True)  # a read timeout: SendGrid may have counted it
        assert store.reserve(KEY, START) > 0

    def test_force_always_reserves(self) -> None:
        store = self.make_store()
        observed(store, limit=1, remaining=0, reset_at=START + 10, now=START)
        assert store.reserve(KEY, START, force=True) == 0.0

    def test_endpoints_are_independent(self) -> None:
        store = self.make_store()
        observed(store, limit=1, remaining=0, reset_at=START + 10, now=START)
        assert store.reserve("POST /v3/subusers", START) == 0.0

    def test_threads_never_overbook(self) -> None:
        store = self.make_store()
        observed(store, limit=100, remaining=40, reset_at=START + 10, now=START)
        granted: list[int] = []

        def grab() -> None:
            granted.append(sum(1 for _ in range(20) if store.reserve(KEY, START) == 0.0))

        threads = [threading.Thread(target=grab) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert sum(granted) == 40

    # -- leases (issue 13, defect 7) ---------------------------------------------------------------

    def test_leaked_slots_come_back_at_the_windows_reset(self) -> None:
        """Three holders die at limit 3 (never answered): the next window is fully available."""
        store = self.make_store()
        observed(store, limit=3, remaining=3, reset_at=START + 1, now=START)
        assert [store.reserve(KEY, START, lease=Lease(f"dead{n}", START + 65)) for n in range(3)] == [0.0] * 3
        assert store.reserve(KEY, START) == PACING_POLL_INTERVAL  # until the reset ends their leases
        later = START + 1 + PACING_MARGIN
        assert [store.reserve(KEY, later) for _ in range(3)] == [0.0] * 3

    def test_expired_leases_are_reaped_before_anything_is_learnt(self) -> None:
        """A probe whose holder died: once its lease expires the next caller probes (no 65 s wait)."""
        store = self.make_store()
        assert store.reserve(KEY, START, lease=Lease("dead", START + 2)) == 0.0
        assert store.reserve(KEY, START + 1) == PACING_POLL_INTERVAL
        assert store.reserve(KEY, START + 2, lease=Lease("next", START + 10)) == 0.0

    def test_an_expired_lease_counts_as_lost_in_its_window(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=2, reset_at=START + 30, now=START)
        store.reserve(KEY, START, lease=Lease("dead", START + 1))
        assert store.reserve(KEY, START + 2) == 0.0  # reaped: counted as lost, one slot is left
        assert store.reserve(KEY, START + 2) > 0

    def test_answers_give_back_their_own_lease(self) -> None:
        store = self.make_store()
        observed(store, limit=5, remaining=2, reset_at=START + 30, now=START)
        first, second = Lease("first", START + 60), Lease("second", START + 60)
        store.reserve(KEY, START, lease=first)
        store.reserve(KEY, START, lease=second)
        store.update(KEY, RateLimit(5, 1, START + 30), START, lease=second)
        store.update(KEY, RateLimit(5, 1, START + 30), START, lease=second)  # a duplicate gives back nothing
        assert store.reserve(KEY, START) == PACING_POLL_INTERVAL  # "first" still holds one
        store.release(KEY, START, lease=first)
        assert store.reserve(KEY, START) == 0.0

    def test_an_answer_from_before_the_reset_does_not_free_a_new_slot(self) -> None:
        store = self.make_store()
        observed(store, limit=1, remaining=1, reset_at=START + 1, now=START)
        old = Lease("old", START + 60)
        store.reserve(KEY, START, lease=old)
        later = START + 1 + PACING_MARGIN
        new = Lease("new", later + 60)
        assert store.reserve(KEY, later, lease=new) == 0.0  # the reset ended the old lease
        store.update(KEY, None, later, lease=old)  # its late answer frees nothing of the new window
        assert store.reserve(KEY, later) > 0

    async def test_async_variants_delegate(self) -> None:
        store = self.make_store()
        assert await store.areserve(KEY, START) == 0.0
        await store.aupdate(KEY, RateLimit(2, 0, START + 5), START)
        assert await store.areserve(KEY, START) == pytest.approx(5 + PACING_MARGIN)
        assert await store.areserve(KEY, START, force=True) == 0.0
        await store.arelease(KEY, START)
        await asyncio.sleep(0)


class SimulatedServer:
    """SendGrid's side: fixed one-second windows, counts every request that arrives."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.counts: dict[int, int] = {}

    def arrive(self, now: float) -> RateLimit:
        window = int(now)
        self.counts[window] = self.counts.get(window, 0) + 1
        return RateLimit(self.limit, max(0, self.limit - self.counts[window]), float(window + 1))


# An action: ("send", _) reserve and, if granted, the request reaches the server now;
# ("answer", i) deliver the i-th pending answer (mod the number pending);
# ("lose", i) a pending request times out after reaching the server; ("tick", ms) time passes.
SEND = st.tuples(st.just("send"), st.just(0))
ANSWER = st.tuples(st.just("answer"), st.integers(0, 50))
LOSE = st.tuples(st.just("lose"), st.integers(0, 50))
TICK = st.tuples(st.just("tick"), st.integers(1, 700))


def simulate(
    limit: int, actions: list[tuple[str, int]], store: RateLimitStore | None = None
) -> tuple[SimulatedServer, int]:
    """Run the actions against one store; return the server and how many requests were lost."""
    store = store if store is not None else InMemoryRateLimitStore()
    server = SimulatedServer(limit)
    now = START + 0.5
    pending: list[RateLimit] = []
    lost = 0
    for action, value in actions:
        if action == "send" and store.reserve(KEY, now) == 0.0:
            pending.append(server.arrive(now))
        elif action == "answer" and pending:
            store.update(KEY, pending.pop(value % len(pending)), now)
        elif action == "lose" and pending:
            pending.pop(value % len(pending))
            store.release(KEY, now, consumed=True)
            lost += 1
        elif action == "tick":
            now += value / 1000
    return server, lost


@settings(max_examples=300, deadline=None)
@given(limit=st.integers(1, 6), actions=st.lists(st.one_of(SEND, ANSWER, TICK), max_size=120))
def test_pacing_never_exceeds_the_limit_in_any_window(limit: int, actions: list[tuple[str, int]]) -> None:
    server, _ = simulate(limit, actions)
    assert max(server.counts.values(), default=0) <= limit


@settings(max_examples=300, deadline=None)
@given(limit=st.integers(1, 6), actions=st.lists(st.one_of(SEND, ANSWER, LOSE, TICK), max_size=120))
def test_each_lost_answer_costs_at_most_one_extra_request(limit: int, actions: list[tuple[str, int]]) -> None:
    # A request that may have arrived but was never answered cannot be placed in a window for
    # sure; when no reset is known either, the next request goes out to find out.
    server, lost = simulate(limit, actions)
    assert max(server.counts.values(), default=0) <= limit + lost
