"""A walk remembers its pages in bounded memory (pagination.SeenPages) and still catches every loop.

A loop through the last `RECENT_PAGES` pages is refused before a page is read twice; a longer one
when it comes round to a page whose number is a power of two. Issue 17: the trail used to keep
every URL (about 150 bytes a page, copied for every page of a `SyncPage` walk).
"""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller._runtime.errors import PaginationError
from sendgrid_reseller._runtime.pagination import RECENT_PAGES, PageTrail, SeenPages, iterate_pages
from sendgrid_reseller._runtime.policy import MAX_PAGES

BASE = httpx.URL("https://api.sendgrid.com")
LIST = "https://api.sendgrid.com/v3/subusers"


def _key(number: int) -> str:
    return f"{LIST}?limit=1&page_token=p{number}"  # not an offset: only the loop guard sees a repeat


def test_seen_pages_hold_the_recent_pages_and_the_power_of_two_pages_only() -> None:
    seen = SeenPages()
    for number in range(1, 10_001):
        seen.add(_key(number))
    powers = [2**k for k in range(14)]  # 1 .. 8192
    assert len(seen) == RECENT_PAGES + len(powers)
    assert all(_key(number) in seen for number in range(10_001 - RECENT_PAGES, 10_001))
    assert all(_key(number) in seen for number in powers)
    assert _key(3) not in seen and _key(10_000 - RECENT_PAGES) not in seen
    # At most one key per power of two below MAX_PAGES beside the recent ones: bounded by a constant.
    assert RECENT_PAGES + MAX_PAGES.bit_length() < 100


def test_adding_a_key_again_changes_nothing() -> None:
    seen = SeenPages()
    for _ in range(3):
        seen.add(_key(1))
    seen.add(_key(2))
    assert len(seen) == 2 and _key(1) in seen


def test_a_copy_is_independent() -> None:
    seen = SeenPages()
    seen.add(_key(1))
    twin = seen.copy()
    twin.add(_key(2))
    assert _key(2) in twin and _key(2) not in seen
    assert _key(1) in twin


def test_a_branched_trail_does_not_share_its_pages() -> None:
    trail = PageTrail(BASE)
    response = httpx.Response(
        200,
        content=b'[{"id": 1}]',
        headers={"Link": f'<{_key(1)}>; rel="next"'},
        request=httpx.Request("GET", _key(0)),
    )
    branch = trail.branch()
    assert branch.next_url(response) == httpx.URL(_key(1))
    # The original trail has not read page 0: following from it again is no loop.
    assert trail.next_url(response) == httpx.URL(_key(1))


def _cycling_server(start: int, length: int, requests: list[httpx.Request]) -> httpx.MockTransport:
    """Pages 0, 1, 2, ...; the page after `start + length - 1` is `start` again (distinct records)."""

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        number = int(request.url.params.get("page_token", "p0")[1:])
        following = number + 1 if number + 1 < start + length else start
        body = f'[{{"id": {len(requests)}}}]'.encode()  # every answer differs: only the URLs loop
        return httpx.Response(200, content=body, headers={"Link": f'<{_key(following)}>; rel="next"'})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(("start", "length"), [(0, 2), (5, RECENT_PAGES), (3, RECENT_PAGES + 1), (40, 300)])
def test_a_link_loop_of_any_length_stops_the_walk(start: int, length: int) -> None:
    requests: list[httpx.Request] = []
    with httpx.Client(transport=_cycling_server(start, length, requests)) as client:
        pages = iterate_pages(lambda kwargs: client.request(**kwargs), {"method": "GET", "url": _key(0)}, BASE)
        with pytest.raises(PaginationError, match="loops back"):
            for _ in pages:
                pass
    # Pages are numbered from 1 by the trail: a loop entered at page n, k long, is caught by 2n + k.
    entered = start + 1
    assert len(requests) <= 2 * entered + length
    if length <= RECENT_PAGES:  # a short loop: not one page read twice
        assert len(requests) == start + length
