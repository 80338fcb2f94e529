"""Page objects: iterate across pages, pages(), has_next_page(), next_page(), resume from a token."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
import pytest
from sendgrid_reseller import InvalidRequestError, PaginationError, SendGrid
from sendgrid_reseller._runtime.page import AsyncPage, SyncPage

from tests.runtime.support import PASSWORD, V2_API_USER, V3_API_KEY
from tests.surface.support import Handler, async_client, form, sync_client

USERNAMES = [f"user{n}" for n in range(5)]


def subusers_server(seen: list[httpx.Request]) -> Handler:
    """GET /v3/subusers with limit/offset over five subusers, with SendGrid's Link header (http://, rel=next)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        limit = int(request.url.params.get("limit", 500))
        offset = int(request.url.params.get("offset", 0))
        chunk = USERNAMES[offset : offset + limit]
        headers = {}
        if offset + limit < len(USERNAMES):
            headers["Link"] = f'<http://api.sendgrid.com/v3/subusers?limit={limit}&offset={offset + limit}>; rel="next"'
        body = [{"username": name, "email": f"{name}@example.com", "id": 1, "disabled": False} for name in chunk]
        return httpx.Response(200, json=body, headers=headers)

    return handler


def customers_server(seen: list[httpx.Request]) -> Handler:
    """v2 list_customers: limit/offset form fields, no Link header."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        fields = dict(parse_qsl(request.content.decode()))
        limit = int(fields.get("limit", 500))
        offset = int(fields.get("offset", 0))
        chunk = USERNAMES[offset : offset + limit]
        return httpx.Response(200, json=[{"username": name, "id": str(n)} for n, name in enumerate(chunk)])

    return handler


def v3_client(seen: list[httpx.Request]) -> SendGrid:
    return sync_client(subusers_server(seen), api_key=V3_API_KEY)


def test_iterating_a_page_walks_every_page_lazily() -> None:
    seen: list[httpx.Request] = []
    with v3_client(seen) as client:
        page = client.subusers.list(limit=2)
        assert isinstance(page, SyncPage) and len(seen) == 1
        assert [s.username for s in page.items] == USERNAMES[:2]
        assert [s.username for s in page] == USERNAMES
    assert [r.url.params["offset"] for r in seen[1:]] == ["2", "4"]
    assert all(r.url.scheme == "https" for r in seen)  # SendGrid's http:// Link is not followed as such


def test_pages_next_page_and_has_next_page() -> None:
    seen: list[httpx.Request] = []
    with v3_client(seen) as client:
        first = client.subusers.list(limit=2)
        assert first.has_next_page() and len(seen) == 1  # known from the Link header: nothing fetched
        second = first.next_page()
        assert [s.username for s in second.items] == USERNAMES[2:4]
        pages = list(first.pages())
        assert [len(p.items) for p in pages] == [2, 2, 1]
        last = pages[-1]
        assert not last.has_next_page() and last.next_page_token is None
        with pytest.raises(PaginationError, match="last page"):
            last.next_page()


def test_a_walk_resumes_from_a_token() -> None:
    seen: list[httpx.Request] = []
    with v3_client(seen) as client:
        token = client.subusers.list(limit=2).next_page_token
        assert token == "/v3/subusers?limit=2&offset=2"
        resumed = client.subusers.list(page_token=token)
        assert [s.username for s in resumed] == USERNAMES[2:]
    assert seen[1].url.path == "/v3/subusers" and seen[1].url.params["offset"] == "2"


@pytest.mark.parametrize("token", ["https://evil.example/v3/subusers", "//evil.example/x", "offset=2"])
def test_a_token_that_is_not_ours_is_refused(token: str) -> None:
    seen: list[httpx.Request] = []
    with v3_client(seen) as client, pytest.raises(InvalidRequestError, match="page_token"):
        client.subusers.list(page_token=token)
    assert seen == []


def test_v2_limit_offset_lists_paginate_the_same_way() -> None:
    seen: list[httpx.Request] = []
    with sync_client(customers_server(seen), api_user=V2_API_USER, password=PASSWORD) as client:
        page = client.reseller.customers.list(limit=2)
        assert page.has_next_page() and page.next_page_token == "offset=2"
        assert [c.username for c in page] == USERNAMES
        resumed = client.reseller.customers.list(limit=2, page_token="offset=4")
        assert [c.username for c in resumed.items] == USERNAMES[4:] and not resumed.has_next_page()
    offsets = [dict(form(r)).get("offset") for r in seen]
    assert offsets == [None, "2", "4", "4"]
    assert ("method", "profile") in form(seen[1]) and ("task", "get") in form(seen[1])


def test_a_v2_list_without_limit_is_one_page() -> None:
    seen: list[httpx.Request] = []
    with sync_client(customers_server(seen), api_user=V2_API_USER, password=PASSWORD) as client:
        page = client.reseller.customers.list()
        assert not page.has_next_page() and len(list(page)) == 5


async def test_async_pages() -> None:
    seen: list[httpx.Request] = []
    async with async_client(subusers_server(seen), api_key=V3_API_KEY) as client:
        page = await client.subusers.list(limit=2)
        assert isinstance(page, AsyncPage) and page.has_next_page()
        assert [s.username async for s in page] == USERNAMES
        second = await page.next_page()
        assert [len(p.items) async for p in second.pages()] == [2, 1]
