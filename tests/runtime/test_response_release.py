"""A read answer is freed as soon as nobody holds it, without waiting for the cyclic collector.

httpx 0.28's bound response stream points back at its response, so each response (and its body)
was garbage in a cycle: a walk of 2,000 pages peaked tens of 56 kB bodies high in the bench
(issue 17's memory rows). The client swaps the finished stream for a plain byte stream.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import httpx
import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid

from tests.runtime.loopback import LoopbackServer, Recorded, Reply, json_reply

CALLS = 20
SUBUSERS = '[{"id": 1, "username": "a", "email": "a@example.com", "disabled": false}]'


def _answer(request: Recorded) -> Reply:
    if request.query.get("chunked") == "yes":  # no Content-Length: the client's bounded chunk loop
        return Reply(200, headers=[("Content-Type", "application/json")], chunks=lambda: [SUBUSERS.encode()])
    return json_reply(SUBUSERS)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(_answer) as running:
        yield running


@pytest.fixture
def no_cyclic_collection() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _responses_alive() -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, httpx.Response))


def _chunked(request: httpx.Request) -> None:
    request.url = request.url.copy_merge_params({"chunked": "yes"})


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.usefixtures("no_cyclic_collection")
def test_answers_read_by_the_client_are_freed_by_reference_counting(server: LoopbackServer, chunked: bool) -> None:
    hooks = {"event_hooks": {"request": [_chunked]}} if chunked else {}
    with SendGrid(api_key="SG.test", base_url=server.base_url, allow_insecure_http=True, httpx_args=hooks) as client:
        client.subusers.list(limit=1)
        before = _responses_alive()
        for _ in range(CALLS):
            client.subusers.list(limit=1)
        assert _responses_alive() - before < 2
    assert server.request_count == CALLS + 1
    if chunked:
        assert all(r.query.get("chunked") == "yes" for r in server.requests)


@pytest.mark.usefixtures("no_cyclic_collection")
async def test_async_answers_are_freed_by_reference_counting_too(server: LoopbackServer) -> None:
    async with AsyncSendGrid(api_key="SG.test", base_url=server.base_url, allow_insecure_http=True) as client:
        await client.subusers.list(limit=1)
        before = _responses_alive()
        for _ in range(CALLS):
            await client.subusers.list(limit=1)
        assert _responses_alive() - before < 2


@pytest.mark.usefixtures("no_cyclic_collection")
def test_a_freed_answer_keeps_its_content_and_elapsed_time(server: LoopbackServer) -> None:
    with SendGrid(api_key="SG.test", base_url=server.base_url, allow_insecure_http=True) as client:
        page = next(iter(client.subusers.list_pages(limit=1)))
        answer = page.http_response
        assert answer.content == SUBUSERS.encode()
        assert answer.json()[0]["username"] == "a"
        assert answer.elapsed.total_seconds() > 0  # set when the stream closed, before it was swapped
