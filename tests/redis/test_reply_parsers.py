"""Issue 17: the store's connections read replies with hiredis, and its scripts mean the same with any parser.

hiredis (the C reply parser, in the package's `redis` extra and in the lock) is what redis-py picks by
itself when it is installed: it cut the store's cost per call on loopback. The store's replies (a
reservation's wait as a bulk string, a confirmation's status or integer, a NOSCRIPT error after
SCRIPT FLUSH) are read through whichever parser the connection has, so the same sequence of calls is
run through each parser redis-py has, each on its own account, and gives the same answers and the
same windows in Redis.
"""

from __future__ import annotations

import tomllib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis
from redis._parsers import (
    _AsyncHiredisParser,
    _AsyncRESP2Parser,
    _AsyncRESP3Parser,
    _HiredisParser,
    _RESP2Parser,
    _RESP3Parser,
)
from sendgrid_reseller._runtime.ratelimit import Lease, RateLimit
from sendgrid_reseller._runtime.redis_connection import PipelinedConnections
from sendgrid_reseller._runtime.redis_store import RedisRateLimitStore

from tests.runtime.support import START

ROOT = Path(__file__).resolve().parents[2]
KEY = "GET /v3/subusers"
OTHER = "POST /v3/subusers"


def _hiredis_installed() -> bool:
    from redis.utils import HIREDIS_AVAILABLE

    return bool(HIREDIS_AVAILABLE)


def _with_parser(store: RedisRateLimitStore, parser: type[Any], protocol: int) -> RedisRateLimitStore:
    """`store`, its connections (sync now, asyncio when first used) speaking RESP `protocol`, read with `parser`."""
    store._options.update(parser_class=parser, protocol=protocol)
    store._connections = PipelinedConnections(store._url, store._options, store._scripts, store._unrecorded)
    return store


def _sync_parser(store: RedisRateLimitStore) -> Any:
    links = store._connections._idle
    assert links, "no connection was opened"
    return links[0].connection._parser


def test_the_lock_and_the_redis_extra_bring_hiredis() -> None:
    assert _hiredis_installed(), "hiredis (requirements/lock.txt) is not installed, or too old for redis-py"
    generated = tomllib.loads((ROOT / "generated" / "sendgrid-reseller" / "pyproject.toml").read_text())
    assert generated["project"]["optional-dependencies"]["redis"] == ["redis[hiredis]>=5"]


def test_the_store_reads_replies_with_hiredis(make_store: Callable[..., RedisRateLimitStore]) -> None:
    if not _hiredis_installed():
        pytest.fail("hiredis is not installed (it is in requirements/lock.txt)")
    store = make_store()
    assert store.reserve(KEY, START) == 0.0
    assert type(_sync_parser(store)) is _HiredisParser


async def test_the_asyncio_store_reads_replies_with_hiredis(make_store: Callable[..., RedisRateLimitStore]) -> None:
    if not _hiredis_installed():
        pytest.fail("hiredis is not installed (it is in requirements/lock.txt)")
    store = make_store()
    assert await store.areserve(KEY, START) == 0.0
    links = store._async_connections()._idle
    assert type(links[0].connection._parser) is _AsyncHiredisParser
    await store.aclose()


def _windows(client: redis.Redis, store: RedisRateLimitStore) -> dict[str, dict[bytes | str, bytes | str]]:
    store.flush()
    return {key: client.hgetall(store.redis_key(key)) for key in (KEY, OTHER)}


def _lease(number: int, ttl: float = 60.0) -> Lease:
    return Lease(f"lease{number:04d}", START + ttl)


def _sync_story(store: RedisRateLimitStore, client: redis.Redis) -> list[object]:
    """Every kind of reply the scripts give: waits of 0 and more, forced slots, releases, a lost script."""
    seen: list[object] = []
    for number in range(3):
        seen.append(store.reserve(KEY, START + number * 0.01, lease=_lease(number)))
    store.update(KEY, RateLimit(3, 0, START + 2.5), START + 0.05, lease=_lease(0))
    seen.append(store.reserve(KEY, START + 0.1, lease=_lease(3)))  # the window is spent: a wait
    seen.append(store.reserve(KEY, START + 0.1, force=True, lease=_lease(4)))
    store.release(KEY, START + 0.2, consumed=True, lease=_lease(1))
    store.release(KEY, START + 0.2, lease=_lease(2))
    store.update(KEY, None, START + 0.3, lease=_lease(4))  # an answer without rate-limit headers
    store.update(OTHER, RateLimit(None, None, None), START + 0.3)
    seen.append(store.reserve(OTHER, START + 0.4, lease=_lease(5, ttl=0.5)))
    client.script_flush()  # NOSCRIPT: the update below is run again before the next reservation
    store.update(OTHER, RateLimit(10, 9, START + 60.0), START + 0.5, lease=_lease(5))
    seen.append(store.reserve(OTHER, START + 0.6, lease=_lease(6)))
    seen.append(store.reserve(KEY, START + 3.0, lease=_lease(7)))  # after the reset
    seen.append(store.degraded)
    return seen


# redis-py speaks RESP3 unless told otherwise (`?protocol=2` in the URL); its Python parsers are one per protocol.
SYNC_PARSERS = [(_HiredisParser, 3), (_RESP3Parser, 3), (_HiredisParser, 2), (_RESP2Parser, 2)]
ASYNC_PARSERS = [(_AsyncHiredisParser, 3), (_AsyncRESP3Parser, 3), (_AsyncHiredisParser, 2), (_AsyncRESP2Parser, 2)]


def test_the_scripts_give_the_same_answers_with_every_parser(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    outcomes = {}
    for parser, protocol in SYNC_PARSERS:
        store = _with_parser(make_store(account=f"parser-{uuid.uuid4().hex[:12]}"), parser, protocol)
        answers = _sync_story(store, redis_client)
        assert type(_sync_parser(store)) is parser
        outcomes[f"{parser.__name__} RESP{protocol}"] = (answers, _windows(redis_client, store))
    first = next(iter(outcomes.values()))
    assert first[0][3] != 0.0 and first[0][4] == 0.0 and first[0][-1] is False, first[0]
    assert first[1][KEY] and first[1][OTHER]
    for name, outcome in outcomes.items():
        assert outcome == first, name


async def _async_story(store: RedisRateLimitStore, client: redis.Redis) -> list[object]:
    seen: list[object] = []
    for number in range(3):
        seen.append(await store.areserve(KEY, START + number * 0.01, lease=_lease(number)))
    await store.aupdate(KEY, RateLimit(3, 0, START + 2.5), START + 0.05, lease=_lease(0))
    seen.append(await store.areserve(KEY, START + 0.1, lease=_lease(3)))
    seen.append(await store.areserve(KEY, START + 0.1, force=True, lease=_lease(4)))
    await store.arelease(KEY, START + 0.2, consumed=True, lease=_lease(1))
    await store.arelease(KEY, START + 0.2, lease=_lease(2))
    await store.aupdate(KEY, None, START + 0.3, lease=_lease(4))
    await store.aupdate(OTHER, RateLimit(None, None, None), START + 0.3)
    seen.append(await store.areserve(OTHER, START + 0.4, lease=_lease(5, ttl=0.5)))
    client.script_flush()
    await store.aupdate(OTHER, RateLimit(10, 9, START + 60.0), START + 0.5, lease=_lease(5))
    seen.append(await store.areserve(OTHER, START + 0.6, lease=_lease(6)))
    seen.append(await store.areserve(KEY, START + 3.0, lease=_lease(7)))
    seen.append(store.degraded)
    return seen


async def test_the_asyncio_scripts_give_the_same_answers_with_every_parser(
    make_store: Callable[..., RedisRateLimitStore], redis_client: redis.Redis
) -> None:
    outcomes = {}
    for parser, protocol in ASYNC_PARSERS:
        store = _with_parser(make_store(account=f"parser-{uuid.uuid4().hex[:12]}"), parser, protocol)
        answers = await _async_story(store, redis_client)
        assert type(store._async_connections()._idle[0].connection._parser) is parser
        await store.aclose()  # reads the confirmations still unread
        outcomes[f"{parser.__name__} RESP{protocol}"] = (answers, _windows(redis_client, store))
    reference = outcomes["_AsyncHiredisParser RESP3"]
    assert reference[0][3] != 0.0 and reference[0][-1] is False, reference[0]
    for name, outcome in outcomes.items():
        assert outcome == reference, name
    # And the asyncio store agrees with the synchronous one on the same story.
    sync_store = _with_parser(make_store(account=f"parser-{uuid.uuid4().hex[:12]}"), _HiredisParser, 3)
    assert (_sync_story(sync_store, redis_client), _windows(redis_client, sync_store)) == reference
