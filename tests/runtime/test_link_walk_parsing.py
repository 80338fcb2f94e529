"""The Link walk's per-page work: how often it parses URLs, how it spells a page's key, and the one
generator that decodes a walk's records (listing.each_decoded_record)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import httpx._urlparse as urlparse_module
import httpx._urls as urls_module
import pytest
from sendgrid_reseller._runtime import listing
from sendgrid_reseller._runtime.errors import MalformedResponseError, UnexpectedStatus
from sendgrid_reseller._runtime.pagination import PageTrail, iterate_pages, next_page_kwargs, normalised

BASE = httpx.URL("https://api.sendgrid.com")
PAGES = 8


def linked_page(offset: int, last: int) -> httpx.Response:
    """Page `offset` of a list whose Link header says http:// (as SendGrid's does), ending at `last`."""
    request = httpx.Request("GET", f"https://api.sendgrid.com/v3/subusers?limit=1&offset={offset}")
    headers = {}
    if offset < last:
        headers["Link"] = f'<http://api.sendgrid.com/v3/subusers?limit=1&offset={offset + 1}>; rel="next"'
    return httpx.Response(200, content=json.dumps([{"id": offset}]).encode(), headers=headers, request=request)


class TestNormalised:
    def test_reordered_query_is_the_same_page(self) -> None:
        assert normalised(httpx.URL("https://h/v3/x?offset=2&limit=5")) == normalised(
            httpx.URL("https://h/v3/x?limit=5&offset=2")
        )

    def test_percent_spelling_of_a_value_is_the_same_page(self) -> None:
        assert normalised(httpx.URL("https://h/v3/x?q=%41b")) == normalised(httpx.URL("https://h/v3/x?q=Ab"))

    def test_fragment_is_ignored(self) -> None:
        assert normalised(httpx.URL("https://h/v3/x?a=1#top")) == normalised(httpx.URL("https://h/v3/x?a=1"))
        assert normalised(httpx.URL("https://h/v3/x#top")) == normalised(httpx.URL("https://h/v3/x"))

    @pytest.mark.parametrize(
        ("one", "other"),
        [
            ("https://h/v3/x?offset=2", "https://h/v3/x?offset=3"),
            ("https://h/v3/x?offset=2", "https://h/v3/y?offset=2"),
            ("https://h/v3/a%2Fb?offset=2", "https://h/v3/a/b?offset=2"),
            ("https://h/v3/x?offset=2", "https://other/v3/x?offset=2"),
            ("https://h/v3/x?offset=2", "https://h:8443/v3/x?offset=2"),
        ],
    )
    def test_different_pages_differ(self, one: str, other: str) -> None:
        assert normalised(httpx.URL(one)) != normalised(httpx.URL(other))


class TestFollow:
    @pytest.mark.parametrize(
        "target",
        [
            "http://api.sendgrid.com/v3/subusers?limit=1&offset=1",
            "https://api.sendgrid.com/v3/subusers?limit=1&offset=1",
            "/v3/subusers?limit=1&offset=1",
            "subusers?limit=1&offset=1",
        ],
    )
    def test_absolute_and_relative_targets_lead_to_one_url(self, target: str) -> None:
        url = PageTrail(BASE).follow(linked_page(0, 5), target)
        assert url == httpx.URL("https://api.sendgrid.com/v3/subusers?limit=1&offset=1")

    def test_at_most_two_url_parses_a_page(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The next URL is parsed once, and its key built from the parsed parts: no page's URL is
        parsed again to compare it, to re-spell it or to send it."""
        parses = 0
        real_urlparse = urlparse_module.urlparse

        def counting(url: str = "", **kwargs: Any) -> Any:
            nonlocal parses
            parses += 1
            return real_urlparse(url, **kwargs)

        trail = PageTrail(BASE)
        responses = [linked_page(offset, PAGES - 1) for offset in range(PAGES)]
        # URL() calls it by the name httpx._urls imported; copy_with by its own module's name.
        monkeypatch.setattr(urls_module, "urlparse", counting)
        monkeypatch.setattr(urlparse_module, "urlparse", counting)
        followed = [trail.next_url(response) for response in responses]
        assert followed[-1] is None and all(url is not None for url in followed[:-1])
        assert parses <= 2 * PAGES

    def test_the_next_urls_query_is_parsed_once_a_page(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Issue 17: the next URL's key, its offset check and, a page later, the offset of the page it
        names all come from one parse of its query (each `URL.params` parses the query anew)."""
        parses = 0

        class CountingQueryParams(httpx.QueryParams):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                nonlocal parses
                parses += 1
                super().__init__(*args, **kwargs)

        trail = PageTrail(BASE)
        responses = [linked_page(offset, PAGES - 1) for offset in range(PAGES)]
        monkeypatch.setattr(urls_module, "QueryParams", CountingQueryParams)  # what `URL.params` builds
        followed = [trail.next_url(response) for response in responses]
        assert followed[-1] is None and all(url is not None for url in followed[:-1])
        # The first page's own URL once, then each next URL once; the last page has none.
        assert parses == PAGES

    def test_a_loop_back_is_still_caught_after_the_cached_page(self) -> None:
        from sendgrid_reseller._runtime.errors import PaginationError

        trail = PageTrail(BASE)
        assert trail.next_url(linked_page(0, 5)) is not None
        second = linked_page(1, 5)
        with pytest.raises(PaginationError, match="loops back"):
            trail.follow(second, "https://api.sendgrid.com/v3/subusers?offset=0&limit=1")


def test_next_page_is_sent_with_the_parsed_url() -> None:
    url = httpx.URL("https://api.sendgrid.com/v3/subusers?limit=1&offset=1")
    kwargs = next_page_kwargs({"method": "get", "url": "/v3/subusers", "headers": {"x": "1"}}, url)
    assert kwargs == {"method": "get", "url": url, "headers": {"x": "1"}}


def test_a_walk_sends_each_next_page_once() -> None:
    sent: list[str] = []

    def send(kwargs: Any) -> httpx.Response:
        url = httpx.URL(kwargs["url"]) if not isinstance(kwargs["url"], httpx.URL) else kwargs["url"]
        sent.append(str(url))
        return linked_page(int(url.params.get("offset", "0")), PAGES - 1)

    walked = list(iterate_pages(send, {"method": "get", "url": "https://api.sendgrid.com/v3/subusers?limit=1"}, BASE))
    assert len(walked) == PAGES
    assert sent[1:] == [f"https://api.sendgrid.com/v3/subusers?limit=1&offset={n}" for n in range(1, PAGES)]


class Record:
    def __init__(self, id: int) -> None:
        self.id = id

    @classmethod
    def from_dict(cls, source: dict[str, Any]) -> Record:
        return cls(source["id"])


def answer(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), request=httpx.Request("GET", "https://api.sendgrid.com/v3/x")
    )


class TestEachDecodedRecord:
    def test_every_record_of_every_page_in_order(self) -> None:
        pages = [answer([{"id": 1}, {"id": 2}]), answer([]), answer([{"id": 3}])]
        assert [record.id for record in listing.each_decoded_record(pages, Record.from_dict)] == [1, 2, 3]

    def test_a_bad_record_fails_when_reached(self) -> None:
        records = listing.each_decoded_record([answer([{"id": 1}, {"name": "no id"}])], Record.from_dict)
        assert next(records).id == 1
        with pytest.raises(MalformedResponseError) as caught:
            next(records)
        assert "'id' is missing" in str(caught.value)

    def test_a_page_that_is_not_a_list_fails_before_its_records(self) -> None:
        with pytest.raises(MalformedResponseError):
            next(listing.each_decoded_record([answer({"id": 1})], Record.from_dict))

    def test_an_undocumented_status_fails(self) -> None:
        with pytest.raises(UnexpectedStatus):
            next(listing.each_decoded_record([answer([], status=203)], Record.from_dict))

    def test_pages_are_read_only_when_reached(self) -> None:
        read: list[int] = []

        def pages() -> Iterator[httpx.Response]:
            for number in range(3):
                read.append(number)
                yield answer([{"id": number}])

        records = listing.each_decoded_record(pages(), Record.from_dict)
        assert next(records).id == 0 and read == [0]

    async def test_async_twin_decodes_the_same_records(self) -> None:
        async def pages() -> Any:
            for body in ([{"id": 1}], [], [{"id": 2}, {"id": 3}]):
                yield answer(body)

        assert [record.id async for record in listing.aeach_decoded_record(pages(), Record.from_dict)] == [1, 2, 3]

    async def test_async_bad_record_fails_when_reached(self) -> None:
        async def pages() -> Any:
            yield answer([{"id": 1}, {"other": 2}])

        records = listing.aeach_decoded_record(pages(), Record.from_dict)
        assert (await anext(records)).id == 1
        with pytest.raises(MalformedResponseError):
            await anext(records)
