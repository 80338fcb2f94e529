"""Redis down, failing or restarted: calls keep going on per-process limits, and sharing comes back."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import pytest
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import SendGridError
from sendgrid_reseller._runtime.operation import Operation
from sendgrid_reseller._runtime.ratelimit import RateLimit
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from bench.redis_server import RedisServer, free_port
from sandbox import RateLimit as SandboxLimit
from sandbox import SandboxServer
from sandbox._config import DEFAULT_API_KEY
from tests.runtime.support import START

KEY = "GET /v3/subusers"
OPERATION = Operation(name="list_subusers", api="v3", method="GET", path="/v3/subusers", idempotent=True)
CALL = {"method": "get", "url": "/v3/subusers", "params": {"limit": 1}}
REDIS_PASSWORD = "hunter2-s3cr3t"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sendgrid_reseller" and r.levelno == logging.WARNING]


def test_unreachable_redis_falls_back_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{free_port()}/0"  # nothing listens there
    with SandboxServer(subusers=5, rate_limit=SandboxLimit(20, 60.0)) as server:
        client = Client(
            api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True, rate_limit_store=url
        )
        started = time.monotonic()
        for _ in range(20):
            client.send(OPERATION, CALL)
        elapsed = time.monotonic() - started
        client.close()
        assert server.stats().throttled == 0  # the fallback still paces: 20 allowed, 20 sent
    assert elapsed < 5.0
    store = client._store
    assert isinstance(store, RedisRateLimitStore) and store.degraded
    messages = warnings_of(caplog)
    assert len(messages) == 1 and "per-process limits" in messages[0]
    assert all(REDIS_PASSWORD not in record.getMessage() for record in caplog.records)
    assert REDIS_PASSWORD not in repr(store)


def test_a_script_error_falls_back(make_store: Callable[..., RedisRateLimitStore]) -> None:
    store = make_store()
    store._redis.set(store.redis_key(KEY), "not a hash")  # HMGET fails: WRONGTYPE
    assert store.reserve(KEY, START) == 0.0
    store.update(KEY, RateLimit(1, 0, START + 10), START)
    assert store.degraded
    assert store.reserve(KEY, START) > 0  # the fallback learnt the limit from the answer


async def test_asyncio_falls_back_too() -> None:
    store = RedisRateLimitStore(f"redis://127.0.0.1:{free_port()}/0", retry_min_interval=0.05)
    started = time.monotonic()
    assert await store.areserve(KEY, START) == 0.0
    await store.aupdate(KEY, RateLimit(1, 0, START + 10), START)
    assert await store.areserve(KEY, START) > 0
    await store.arelease(KEY, START)
    assert store.degraded and time.monotonic() - started < 2.0
    await store.aclose()


def test_killed_and_restarted_mid_run(redis_executable: str, caplog: pytest.LogCaptureFixture) -> None:
    """Calls keep completing while Redis dies; after a restart the stores share the window again."""
    budget = 5.0  # no call may take longer (pacing waits are at most ~2 s on a 1 s window)
    with (
        RedisServer(redis_executable) as redis_server,
        SandboxServer(subusers=5, rate_limit=SandboxLimit(20, 1.0)) as server,
    ):
        stores = [
            RedisRateLimitStore(redis_server.url, account="restart", retry_min_interval=0.2, retry_max_interval=0.4)
            for _ in range(2)
        ]
        clients = [
            Client(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True, rate_limit_store=s)
            for s in stores
        ]
        outcomes: list[tuple[str, float]] = []
        stop = threading.Event()

        def caller(client: Client) -> None:
            while not stop.is_set():
                started = time.monotonic()
                try:
                    client.send(OPERATION, CALL)
                    outcome = "ok"
                except SendGridError as exc:
                    outcome = type(exc).__name__
                outcomes.append((outcome, time.monotonic() - started))

        threads = [threading.Thread(target=caller, args=(client,)) for client in clients for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        redis_server.kill()
        time.sleep(1.5)
        assert all(store.degraded for store in stores)
        redis_server.start()  # same port, empty: the scripts and windows are gone
        time.sleep(1.5)
        stop.set()
        for thread in threads:
            thread.join(budget + 1)
        assert not any(thread.is_alive() for thread in threads), "a call hung"
        assert outcomes and all(outcome == "ok" for outcome, _ in outcomes), {o for o, _ in outcomes}
        assert max(seconds for _, seconds in outcomes) < budget
        assert not any(store.degraded for store in stores)

        # Shared again: what one store learns, the other obeys.
        first, second = stores
        assert first.reserve("GET /shared", START) == 0.0
        first.update("GET /shared", RateLimit(5, 0, START + 30), START)
        assert second.reserve("GET /shared", START) > 0
        assert first._redis.exists(first.redis_key("GET /shared"))
        for client in clients:
            client.close()
        for store in stores:
            store.close()
    messages = warnings_of(caplog)
    assert any("per-process limits" in m for m in messages) and any("answers again" in m for m in messages)
