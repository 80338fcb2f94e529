"""Redis down, failing or restarted: calls keep going on per-process limits, and sharing comes back.

No test here bounds wall-clock time: how often Redis is tried follows an injected clock, and what
a call was told to wait is recorded through the client's injected sleep.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import redis
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import SendGridError
from sendgrid_reseller._runtime.operation import Operation
from sendgrid_reseller._runtime.policy import DEFAULT_RATE_LIMIT_JITTER, PACING_MARGIN
from sendgrid_reseller._runtime.ratelimit import Lease, RateLimit
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from bench.redis_server import RedisServer, free_port
from sandbox import RateLimit as SandboxLimit
from sandbox import SandboxServer
from sandbox._config import DEFAULT_API_KEY
from tests.runtime.support import START, FakeClock

KEY = "GET /v3/subusers"
OPERATION = Operation(name="list_subusers", api="v3", method="GET", path="/v3/subusers", idempotent=True)
CALL = {"method": "get", "url": "/v3/subusers", "params": {"limit": 1}}
REDIS_PASSWORD = "hunter2-s3cr3t"
SILENT_TIMEOUT = 0.05  # how long a store waits for the silent stand-in below before falling back
PHASE_TIMEOUT = 60.0  # a generous bound on each phase of the restart test: reached only when stuck


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sendgrid_reseller" and r.levelno == logging.WARNING]


class SilentRedis:
    """A port on 127.0.0.1 that accepts connections (the kernel completes them) and never answers.

    `attempts()` counts the connections made so far, exactly: each waits in the listen queue.
    """

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self._accepted: list[socket.socket] = []

    def attempts(self) -> int:
        while True:
            try:
                connection, _ = self._listener.accept()
            except BlockingIOError:
                return len(self._accepted)
            self._accepted.append(connection)

    def close(self) -> None:
        for connection in self._accepted:
            connection.close()
        self._listener.close()


@contextmanager
def silent_redis() -> Iterator[SilentRedis]:
    stand_in = SilentRedis()
    try:
        yield stand_in
    finally:
        stand_in.close()


def test_an_unanswering_redis_is_tried_once_per_retry_interval(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(0.0)
    with silent_redis() as stand_in, SandboxServer(subusers=5, rate_limit=SandboxLimit(30, 60.0)) as server:
        url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{stand_in.port}/0"
        store = RedisRateLimitStore(
            url, socket_timeout=SILENT_TIMEOUT, retry_min_interval=1.0, retry_max_interval=4.0, clock=clock
        )
        client = Client(
            api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True, rate_limit_store=store
        )
        for _ in range(20):
            client.send(OPERATION, CALL)
        assert stand_in.attempts() == 1  # the first call's; the others went straight to the fallback
        for advance, expected in ((1.0, 2), (1.0, 2), (1.0, 3), (3.0, 3), (1.0, 4)):  # retried after 1, 2, 4 s
            clock.now += advance
            client.send(OPERATION, CALL)
            assert stand_in.attempts() == expected, (clock.now, expected)
        client.close()
        assert server.stats().throttled == 0  # the fallback still paces: 30 allowed, 25 sent
    assert store.degraded
    messages = warnings_of(caplog)
    assert len(messages) == 1 and "per-process limits" in messages[0], messages
    assert all(REDIS_PASSWORD not in record.getMessage() for record in caplog.records)


def test_unreachable_redis_falls_back_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{free_port()}/0"  # nothing listens there
    with SandboxServer(subusers=5, rate_limit=SandboxLimit(20, 60.0)) as server:
        client = Client(
            api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True, rate_limit_store=url
        )
        for _ in range(20):
            client.send(OPERATION, CALL)
        client.close()
        assert server.stats().throttled == 0  # the fallback still paces: 20 allowed, 20 sent
    store = client._store
    assert isinstance(store, RedisRateLimitStore) and store.degraded
    messages = warnings_of(caplog)
    assert len(messages) == 1 and "per-process limits" in messages[0], messages
    assert all(REDIS_PASSWORD not in record.getMessage() for record in caplog.records)
    assert REDIS_PASSWORD not in repr(store)


def test_a_script_error_falls_back(make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis) -> None:
    store = make_store()
    redis_client.set(store.redis_key(KEY), "not a hash")  # HGETALL fails: WRONGTYPE
    assert store.reserve(KEY, START) == 0.0
    store.update(KEY, RateLimit(1, 0, START + 10), START)
    assert store.degraded
    assert store.reserve(KEY, START) > 0  # the fallback learnt the limit from the answer


def test_an_answer_redis_rejects_is_learnt_by_the_fallback(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    """The update's reply is read after it returned: its error still reaches the fallback."""
    store = make_store(clock=FakeClock(0.0))
    lease = Lease.new(START)
    assert store.reserve(KEY, START, lease=lease) == 0.0  # taken in Redis
    redis_client.set(store.redis_key(KEY), "not a hash")  # the update's script fails: WRONGTYPE
    store.update(KEY, RateLimit(1, 0, START + 10), START, lease=lease)
    assert not store.degraded  # sent; its reply not read yet
    store.flush()
    assert store.degraded
    assert store.reserve(KEY, START) > 0  # the fallback learnt the limit from that answer


async def test_asyncio_falls_back_too() -> None:
    clock = FakeClock(0.0)
    with silent_redis() as stand_in:
        store = RedisRateLimitStore(
            f"redis://127.0.0.1:{stand_in.port}/0", socket_timeout=SILENT_TIMEOUT, retry_min_interval=1.0, clock=clock
        )
        assert await store.areserve(KEY, START) == 0.0
        await store.aupdate(KEY, RateLimit(1, 0, START + 10), START)
        assert await store.areserve(KEY, START) > 0
        await store.arelease(KEY, START)
        assert store.degraded and stand_in.attempts() == 1
        clock.now += 1.0
        await store.areserve("GET /other", START)
        assert stand_in.attempts() == 2
        await store.aclose()


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PHASE_TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, f"stuck waiting for {what}"
        time.sleep(0.02)


def test_killed_and_restarted_mid_run(redis_executable: str, caplog: pytest.LogCaptureFixture) -> None:
    """Calls keep completing while Redis dies; after a restart the stores share the window again."""
    waits: list[float] = []

    def recorded_sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with (
        RedisServer(redis_executable) as redis_server,
        SandboxServer(subusers=5, rate_limit=SandboxLimit(20, 1.0)) as server,
    ):
        stores = [
            RedisRateLimitStore(redis_server.url, account="restart", retry_min_interval=0.2, retry_max_interval=0.4)
            for _ in range(2)
        ]
        clients = [
            Client(
                api_key=DEFAULT_API_KEY,
                base_url=server.base_url,
                allow_insecure_http=True,
                rate_limit_store=s,
                sleep=recorded_sleep,
            )
            for s in stores
        ]
        outcomes: list[str] = []
        stop = threading.Event()

        def caller(client: Client) -> None:
            while not stop.is_set():
                try:
                    client.send(OPERATION, CALL)
                    outcomes.append("ok")
                except SendGridError as exc:
                    outcomes.append(type(exc).__name__)

        def calls_after(count: int, at_least: int) -> Callable[[], bool]:
            return lambda: len(outcomes) >= count + at_least

        threads = [threading.Thread(target=caller, args=(client,)) for client in clients for _ in range(3)]
        for thread in threads:
            thread.start()
        _wait_until(calls_after(0, 10), "calls with Redis up")
        redis_server.kill()
        _wait_until(lambda: all(store.degraded for store in stores), "both stores to notice")
        _wait_until(calls_after(len(outcomes), 10), "calls with Redis down")
        redis_server.start()  # same port, empty: the scripts and windows are gone
        _wait_until(lambda: not any(store.degraded for store in stores), "both stores to use Redis again")
        _wait_until(calls_after(len(outcomes), 10), "calls with Redis back")
        stop.set()
        for thread in threads:
            thread.join(PHASE_TIMEOUT)
        assert not any(thread.is_alive() for thread in threads), "a call hung"
        assert outcomes and set(outcomes) == {"ok"}, set(outcomes)
        # No call was told to wait beyond one window (plus the margin, or a 429's jitter), Redis down or not.
        assert max(waits, default=0.0) <= 1.0 + PACING_MARGIN + DEFAULT_RATE_LIMIT_JITTER, max(waits)

        # Shared again: what one store learns, the other obeys.
        first, second = stores
        assert first.reserve("GET /shared", START) == 0.0
        first.update("GET /shared", RateLimit(5, 0, START + 30), START)
        first.flush()
        assert second.reserve("GET /shared", START) > 0
        for client in clients:
            client.close()
        for store in stores:
            store.close()
    messages = warnings_of(caplog)
    assert any("per-process limits" in m for m in messages) and any("answers again" in m for m in messages)
