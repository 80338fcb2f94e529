"""The runtime over real sockets against a scripted server on 127.0.0.1.

Covers what a MockTransport cannot show: real keep-alive connections shared by threads and tasks,
headers folded by a real server, refused connections and read timeouts.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from urllib.parse import urlencode

import httpx
import pytest
from sendgrid_reseller._runtime.errors import (
    InvalidRequestError,
    PaginationError,
    RateLimitError,
    ServerError,
    TransportError,
)
from sendgrid_reseller._runtime.options import RequestOptions
from sendgrid_reseller._runtime.policy import RetryPolicy

from tests.runtime.loopback import LoopbackServer, Recorded, Reply, json_reply, scripted
from tests.runtime.support import (
    EXACT_RETRY,
    V2_API_KEY,
    V2_API_USER,
    V2_MANAGE,
    V2_MANAGE_KWARGS,
    V2_TIMEZONE,
    V3_API_KEY,
    V3_CREATE,
    V3_CREATE_KWARGS,
    V3_GET,
    V3_LIST,
    V3_LIST_KWARGS,
    FakeClock,
    loopback_client,
)

V3_GET_KWARGS = {"method": "get", "url": "/v3/subusers/alice"}


class WindowedLimit:
    """SendGrid's rate limiting as a server sees it: `limit` requests per one-second window.

    Windows are whole seconds of `clock` and `X-RateLimit-Reset` is the epoch second the window
    ends, as SendGrid documents it. Requests beyond the limit get the documented 429. One client
    on a FakeClock shares that clock with the server, so a window ends when the client has waited
    for it; threads and tasks run on the wall clock (a shared fake clock would add their waits up).
    """

    def __init__(self, limit: int, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self.accepted: dict[int, int] = {}
        self.refused = 0

    def __call__(self, request: Recorded) -> Reply:
        with self._lock:
            window = int(self._clock())
            count = self.accepted.get(window, 0)
            headers = [("X-RateLimit-Limit", str(self.limit)), ("X-RateLimit-Reset", str(window + 1))]
            if count >= self.limit:
                self.refused += 1
                return json_reply(
                    '{"errors":[{"field":null,"message":"too many requests"},]}',
                    429,
                    [*headers, ("X-RateLimit-Remaining", "0")],
                )
            self.accepted[window] = count + 1
            return json_reply('{"ok":true}', 200, [*headers, ("X-RateLimit-Remaining", str(self.limit - count - 1))])


class Collection:
    """A v3 list of `total` records answering limit/offset with SendGrid's Link header quirks."""

    def __init__(self, total: int, link_base: str = "") -> None:
        self.total = total
        self.link_base = link_base

    def __call__(self, request: Recorded) -> Reply:
        query = request.query
        limit, offset = int(query.get("limit", "500")), int(query.get("offset", "0"))
        items = [
            {"id": number, "username": f"user{number}"} for number in range(offset, min(offset + limit, self.total))
        ]
        links = []
        if offset + limit < self.total:
            links.append(self._link(limit, offset + limit, "next"))
        links.append(self._link(limit, max(offset - limit, 0), "prev"))  # page 1: points at itself
        links.append(self._link(limit, 0, "first"))
        return json_reply(json.dumps(items), headers=[("Link", ",\r\n ".join(links))])  # folded

    def _link(self, limit: int, offset: int, rel: str) -> str:
        query = urlencode({"limit": limit, "offset": offset})
        return f'<{self.link_base}/v3/subusers?{query}>; rel="{rel}"; title="{offset // limit + 1}"'


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_429_is_retried_after_the_reset() -> None:
    reset = int(time.time()) + 30
    limited = json_reply(
        '{"errors":[{"field":null,"message":"too many requests"},]}',
        429,
        [("X-RateLimit-Limit", "150"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", str(reset))],
    )
    clock = FakeClock(start=time.time())  # the wall clock, but sleeping only moves it forward
    with LoopbackServer(scripted([limited, json_reply('{"ok":true}')])) as server:
        with loopback_client(server.base_url, clock=clock, sleep=clock.sleep, retry=EXACT_RETRY) as client:
            response = client.send(V3_GET, V3_GET_KWARGS)
        assert response.json() == {"ok": True}
        assert server.request_count == 2
    assert 28 < clock.sleeps[0] <= 30
    assert clock.now >= reset


def test_rate_limit_error_when_the_budget_is_spent() -> None:
    limited = json_reply(
        '{"errors":[{"field":null,"message":"too many requests"},]}', 429, [("X-RateLimit-Reset", "1")]
    )
    with LoopbackServer(scripted([limited] * 2)) as server:
        with loopback_client(server.base_url, sleep=lambda _: None) as client, pytest.raises(RateLimitError) as caught:
            client.send(V3_GET, V3_GET_KWARGS, RequestOptions(max_attempts=2))
        assert server.request_count == 2
    assert caught.value.reset_at is not None
    assert "too many requests" in str(caught.value)


def test_pacing_avoids_429_when_remaining_is_zero() -> None:
    clock = FakeClock()
    limit = WindowedLimit(3, clock)
    with (
        LoopbackServer(limit) as server,
        loopback_client(server.base_url, clock=clock, sleep=clock.sleep) as client,
    ):
        for _ in range(7):
            client.send(V3_GET, V3_GET_KWARGS)
    assert limit.refused == 0, limit.accepted
    assert max(limit.accepted.values()) <= 3 and sum(limit.accepted.values()) == 7, limit.accepted
    assert len(clock.sleeps) == 2, clock.sleeps  # waited for two window ends


def test_eight_threads_share_the_limit() -> None:
    limit = WindowedLimit(8)
    errors: list[BaseException] = []
    with LoopbackServer(limit) as server, loopback_client(server.base_url) as client:

        def work() -> None:
            try:
                for _ in range(3):
                    client.send(V3_GET, V3_GET_KWARGS)
            except BaseException as exc:  # reported below: a thread's exception is otherwise lost
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert limit.refused <= 1
    assert sum(limit.accepted.values()) == 24


async def test_eight_tasks_share_the_limit() -> None:
    limit = WindowedLimit(8)
    with LoopbackServer(limit) as server:
        async with loopback_client(server.base_url) as client:

            async def work() -> None:
                for _ in range(3):
                    await client.asend(V3_GET, V3_GET_KWARGS)

            await asyncio.wait_for(asyncio.gather(*(work() for _ in range(8))), timeout=30)
    assert limit.refused <= 1
    assert sum(limit.accepted.values()) == 24


@pytest.mark.parametrize("page_size", [500, 37])
def test_five_thousand_records_paginate_completely(page_size: int) -> None:
    collection = Collection(5000)
    with LoopbackServer(collection) as server, loopback_client(server.base_url) as client:
        collection.link_base = server.base_url
        seen: list[int] = []
        for response in client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": page_size}}):
            seen.extend(item["id"] for item in response.json())
        pages = -(-5000 // page_size)
        assert server.request_count == pages
    assert len(seen) == 5000 and sorted(seen) == list(range(5000))


async def test_five_thousand_records_apaginate_completely() -> None:
    collection = Collection(5000)
    with LoopbackServer(collection) as server:
        collection.link_base = server.base_url
        async with loopback_client(server.base_url) as client:
            seen = [
                item["id"] async for response in client.apaginate(V3_LIST, V3_LIST_KWARGS) for item in response.json()
            ]
    assert seen == list(range(5000))


def test_folded_link_header_with_http_urls_and_a_self_pointing_prev() -> None:
    collection = Collection(5)
    with LoopbackServer(collection) as server, loopback_client(server.base_url) as client:
        collection.link_base = server.base_url  # http:// like SendGrid's documented example
        pages = list(client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 2}}))
        targets = [request.target for request in server.requests]
    assert set(pages[0].links) == {"next", "prev", "first"}  # every rel of the folded header parsed
    assert [item["username"] for page in pages for item in page.json()] == [f"user{n}" for n in range(5)]
    assert targets == ["/v3/subusers?limit=2", "/v3/subusers?limit=2&offset=2", "/v3/subusers?limit=2&offset=4"]


def test_a_next_pointing_back_ends_the_walk() -> None:
    def loop(request: Recorded) -> Reply:
        return json_reply('[{"id": 1}]', headers=[("Link", f'<{base}/v3/subusers?limit=500>; rel="next"')])

    with LoopbackServer(loop) as server, loopback_client(server.base_url) as client:
        base = server.base_url
        pages = list(client.paginate(V3_LIST, V3_LIST_KWARGS))
        assert server.request_count == 1
    assert len(pages) == 1


def test_cross_host_next_raises() -> None:
    collection = Collection(10)
    with LoopbackServer(collection) as server, loopback_client(server.base_url) as client:
        collection.link_base = f"http://localhost:{server.port}"  # the same server, but another host name
        pages = client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 5}})
        next(pages)
        with pytest.raises(PaginationError):
            next(pages)
        assert server.request_count == 1


def test_limit_above_500_refused_before_sending() -> None:
    with LoopbackServer(Collection(10)) as server, loopback_client(server.base_url) as client:
        with pytest.raises(InvalidRequestError):
            client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 501}})
        assert server.request_count == 0


def test_v2_credentials_on_the_wire() -> None:
    with LoopbackServer(scripted([json_reply('{"message":"success"}')] * 2)) as server:
        with loopback_client(server.base_url, api_key=V2_API_KEY, api_user=V2_API_USER) as client:
            client.send(V2_MANAGE, V2_MANAGE_KWARGS)
            client.send(V2_TIMEZONE, {"method": "get", "url": "/apiv2/reseller.manage.json", "params": {"task": "get"}})
        post, get = server.requests
    assert post.body == f"api_user={V2_API_USER}&api_key={V2_API_KEY}&method=profile&task=get".encode()
    assert post.headers["content-type"] == "application/x-www-form-urlencoded"
    assert post.headers["content-length"] == str(len(post.body))
    # A v2 GET is sent as POST: its credentials go into the form body, never into the URL.
    assert get.method == "POST" and get.target == "/apiv2/reseller.manage.json?task=get"
    assert get.body == f"api_user={V2_API_USER}&api_key={V2_API_KEY}".encode()
    assert "authorization" not in post.headers and "authorization" not in get.headers


def test_v3_bearer_and_on_behalf_of_on_the_wire() -> None:
    with LoopbackServer(scripted([json_reply("{}")] * 2)) as server:
        with loopback_client(server.base_url, on_behalf_of="sub-a") as client:
            client.send(V3_GET, V3_GET_KWARGS)
            client.send(V3_GET, V3_GET_KWARGS, RequestOptions(on_behalf_of="sub-b"))
        first, second = server.requests
    assert first.headers["authorization"] == f"Bearer {V3_API_KEY}"
    assert (first.headers["on-behalf-of"], second.headers["on-behalf-of"]) == ("sub-a", "sub-b")


def test_5xx_retried_for_idempotent_operations() -> None:
    replies = [json_reply("{}", 500), json_reply("{}", 503), json_reply('{"ok":true}')]
    with LoopbackServer(scripted(replies)) as server:
        with loopback_client(server.base_url, sleep=lambda _: None) as client:
            assert client.send(V3_GET, V3_GET_KWARGS).json() == {"ok": True}
        assert server.request_count == 3


def test_5xx_not_retried_for_non_idempotent_operations() -> None:
    with LoopbackServer(scripted([json_reply("{}", 500), json_reply("{}")])) as server:
        with loopback_client(server.base_url, sleep=lambda _: None) as client, pytest.raises(ServerError):
            client.send(V3_CREATE, V3_CREATE_KWARGS)
        assert server.request_count == 1


def test_read_timeout_not_retried_for_non_idempotent_operations() -> None:
    release = threading.Event()
    attempts: list[httpx.Request] = []

    def slow(request: Recorded) -> Reply:
        release.wait(5)
        return json_reply("{}")

    # Connecting is given all the time a loaded machine may need: only the read may time out.
    timeout = httpx.Timeout(10.0, read=0.2)
    hooks = {"trust_env": False, "event_hooks": {"request": [attempts.append]}}
    with LoopbackServer(slow) as server:
        with loopback_client(server.base_url, timeout=timeout, sleep=lambda _: None, httpx_args=hooks) as client:
            with pytest.raises(TransportError) as caught:
                client.send(V3_CREATE, V3_CREATE_KWARGS)
            release.set()
        assert (len(attempts), server.wait_for_requests(1)) == (1, 1), "attempts made, requests read"
    assert isinstance(caught.value.exception, httpx.ReadTimeout), repr(caught.value.exception)


def test_read_timeout_retried_for_idempotent_operations() -> None:
    retried = threading.Event()

    def first_slow(request: Recorded) -> Reply:
        if server.request_count == 1:
            retried.wait(10)  # the first answer comes only once the retry has arrived
        else:
            retried.set()
        return json_reply('{"ok":true}')

    timeout = httpx.Timeout(10.0, read=1.0)
    with LoopbackServer(first_slow) as server:
        with loopback_client(server.base_url, timeout=timeout, sleep=lambda _: None) as client:
            assert client.send(V3_GET, V3_GET_KWARGS).json() == {"ok": True}
        assert server.request_count == 2


def test_connection_refused_is_retried() -> None:
    sleeps: list[float] = []
    base_url = f"http://127.0.0.1:{closed_port()}"
    with loopback_client(base_url, sleep=sleeps.append, retry=RetryPolicy(max_attempts=3)) as client:
        with pytest.raises(TransportError) as caught:
            client.send(V3_CREATE, V3_CREATE_KWARGS)  # never sent, so safe even when not idempotent
    assert len(sleeps) == 2
    assert isinstance(caught.value.exception, httpx.ConnectError)
    assert caught.value.request_url == f"{base_url}/v3/subusers"


async def test_async_connection_refused_is_retried() -> None:
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    base_url = f"http://127.0.0.1:{closed_port()}"
    async with loopback_client(base_url, async_sleep=fake_sleep, retry=RetryPolicy(max_attempts=3)) as client:
        with pytest.raises(TransportError):
            await client.asend(V3_GET, V3_GET_KWARGS)
    assert len(sleeps) == 2
