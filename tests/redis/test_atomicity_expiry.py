"""Check-and-reserve is atomic across threads and processes; keys never outlive their window by much."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable

import redis
from sendgrid_reseller._runtime.policy import PACING_MARGIN, REDIS_MAX_KEY_TTL
from sendgrid_reseller._runtime.ratelimit import RateLimit
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from tests.runtime.support import START

KEY = "GET /v3/subusers"


def _grab(url: str, account: str, attempts: int) -> int:
    store = RedisRateLimitStore(url, account=account)
    granted = sum(1 for _ in range(attempts) if store.reserve(KEY, START) == 0.0)
    store.close()
    return granted


def test_processes_and_threads_never_overbook(make_store: Callable[..., RedisRateLimitStore], redis_url: str) -> None:
    store = make_store()
    assert store.reserve(KEY, START) == 0.0
    store.update(KEY, RateLimit(100, 40, START + 10), START)
    store.flush()
    account = store.redis_key("").split(":")[-2]
    granted: list[int] = []
    threads = [threading.Thread(target=lambda: granted.append(_grab(redis_url, account, 15))) for _ in range(6)]
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        in_processes = pool.starmap_async(_grab, [(redis_url, account, 15)] * 3)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        granted.extend(in_processes.get(60))
    assert sum(granted) == 40  # 135 attempts, 40 slots: not one more, not one less


def test_keys_expire_after_their_window(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    store = make_store(key_grace=0.2)
    now = time.time()
    store.reserve(KEY, now)
    store.update(KEY, RateLimit(5, 4, now + 0.3), now)
    store.flush()
    ttl = redis_client.pttl(store.redis_key(KEY)) / 1000
    assert 0 < ttl <= 0.3 + PACING_MARGIN + 0.2
    time.sleep(ttl + 0.1)
    assert not redis_client.exists(store.redis_key(KEY))
    assert store.reserve(KEY, time.time()) == 0.0  # a fresh window: the next caller probes


def test_keys_without_a_reset_expire_after_the_grace(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    store = make_store(key_grace=7.0)
    store.reserve(KEY, START)  # a probe in flight, nothing learnt yet
    assert 0 < redis_client.pttl(store.redis_key(KEY)) <= 7000


def test_a_far_reset_is_capped(make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis) -> None:
    store = make_store()
    store.reserve(KEY, START)
    store.update(KEY, RateLimit(5, 0, START + 10 * 24 * 3600), START)
    store.flush()
    assert 0 < redis_client.pttl(store.redis_key(KEY)) <= REDIS_MAX_KEY_TTL * 1000
