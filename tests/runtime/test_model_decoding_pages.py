"""Walking a list keeps one page in memory: once the walk has moved on, nothing the client holds
still reaches an earlier page's records or response (checked with weak references after a full
garbage collection, so a reference cycle that only the collector could free is caught as well)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import httpx
from sendgrid_reseller import SendGrid

from tests.runtime.support import V3_API_KEY
from tests.surface.support import Handler, async_client, sync_client

PAGES = 6  # each check is a full gc.collect() over the test process's large heap (about 1 s)
LIMIT = 3


def many_pages(responses: list[weakref.ref[httpx.Response]]) -> Handler:
    """GET /v3/subusers: PAGES pages of LIMIT subusers, linked by rel="next"; each answer is watched."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        body = [
            {"username": f"user{n}", "email": f"user{n}@example.com", "id": n, "disabled": False}
            for n in range(offset, min(offset + LIMIT, PAGES * LIMIT))
        ]
        headers = {}
        if offset + LIMIT < PAGES * LIMIT:
            headers["Link"] = f'<http://api.sendgrid.com/v3/subusers?limit={LIMIT}&offset={offset + LIMIT}>; rel="next"'
        response = httpx.Response(200, json=body, headers=headers)
        responses.append(weakref.ref(response))
        return response

    return handler


def alive(refs: list[weakref.ref[object]]) -> list[int]:
    gc.collect()
    return [index for index, ref in enumerate(refs) if ref() is not None]


def alive_together(
    records: list[weakref.ref[object]], responses: list[weakref.ref[httpx.Response]]
) -> tuple[list[int], list[int]]:
    gc.collect()
    return (
        [index for index, ref in enumerate(records) if ref() is not None],
        [index for index, ref in enumerate(responses) if ref() is not None],
    )


def check_walk(records: Iterator[object], responses: list[weakref.ref[httpx.Response]], first_page: int = 0) -> None:
    """Walk `records` (from page `first_page` on); on each page's first record, no record of an
    earlier page of the walk, and no earlier page's response, is alive."""
    firsts: list[weakref.ref[object]] = []
    for index, record in enumerate(records):
        if index % LIMIT:
            continue
        firsts.append(weakref.ref(record))
        page = first_page + len(firsts) - 1
        # One collection for both checks. The transport's answer for this page may still be alive;
        # earlier ones must not be.
        leftover_records, leftover_responses = alive_together(firsts[:-1], responses[first_page:page])
        assert leftover_records == [], f"on page {page}, records of earlier pages are still reachable"
        assert leftover_responses == [], f"on page {page}, earlier responses are still reachable"
        del record
    assert first_page + len(firsts) == PAGES


def sync_walk_client(responses: list[weakref.ref[httpx.Response]]) -> SendGrid:
    return sync_client(many_pages(responses), api_key=V3_API_KEY)


def test_list_items_lets_earlier_pages_go() -> None:
    responses: list[weakref.ref[httpx.Response]] = []
    with sync_walk_client(responses) as client:
        check_walk(client.subusers.list_items(limit=LIMIT), responses)


def test_iterating_a_page_object_lets_pages_after_the_first_go() -> None:
    """`for record in page`: the caller holds the first page; every later one is let go."""
    responses: list[weakref.ref[httpx.Response]] = []
    with sync_walk_client(responses) as client:
        first = client.subusers.list(limit=LIMIT)
        later = iter(first)
        for _ in range(LIMIT):  # the first page's own records
            next(later)
        check_walk(later, responses, first_page=1)
        assert len(first.items) == LIMIT  # the first page, which the caller holds, is intact


def test_pages_lets_earlier_page_objects_go() -> None:
    responses: list[weakref.ref[httpx.Response]] = []
    with sync_walk_client(responses) as client:
        seen: list[weakref.ref[object]] = []
        for number, page in enumerate(client.subusers.list(limit=LIMIT).pages()):
            seen.append(weakref.ref(page))
            # The first page lives as long as the walk (pages() is its method); no other earlier one.
            assert alive(seen[1:-1]) == [], f"on page {number}, earlier page objects are still reachable"
            del page
        assert len(seen) == PAGES


async def test_async_list_items_lets_earlier_pages_go() -> None:
    responses: list[weakref.ref[httpx.Response]] = []
    async with async_client(many_pages(responses), api_key=V3_API_KEY) as client:
        firsts: list[weakref.ref[object]] = []
        index = 0
        async for record in client.subusers.list_items(limit=LIMIT):
            if index % LIMIT == 0:
                firsts.append(weakref.ref(record))
                assert alive(firsts[:-1]) == [], f"on page {len(firsts) - 1}, earlier records are still reachable"
            index += 1
            del record
        assert len(firsts) == PAGES
