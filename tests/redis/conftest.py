"""A real redis-server for the session (installed with apt-get when missing), and per-test stores."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from bench.redis_server import RedisServer, ensure_installed


@pytest.fixture(scope="session")
def redis_executable() -> str:
    executable = ensure_installed()
    if executable is None:
        reason = "redis-server is not on PATH and could not be installed (needs apt-get as root)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the Redis tests")
        pytest.skip(reason)
    return executable


@pytest.fixture(scope="session")
def redis_server(redis_executable: str) -> Iterator[RedisServer]:
    with RedisServer(redis_executable) as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


@pytest.fixture
def make_store(redis_url: str) -> Iterator[Callable[..., RedisRateLimitStore]]:
    """Stores on the session's Redis; each test gets its own account, so no state leaks between tests."""
    account = f"test-{uuid.uuid4().hex[:12]}"
    made: list[RedisRateLimitStore] = []

    def make(**options: Any) -> RedisRateLimitStore:
        options.setdefault("account", account)
        store = RedisRateLimitStore(options.pop("url", redis_url), **options)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A plain client on the session's Redis, to look at what the stores wrote."""
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()
