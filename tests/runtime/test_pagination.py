"""Following Link headers (unfolded values here; folded ones are tested over sockets in test_loopback)."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
from sendgrid_reseller._runtime.errors import InvalidRequestError, PaginationError, SendGridError
from sendgrid_reseller._runtime.pagination import PageTrail, check_page_limit

from tests.runtime.support import V3_LIST, V3_LIST_KWARGS, mock_client

BASE = httpx.URL("https://api.sendgrid.com")


def page(url: str, link: str | None, body: bytes = b'[{"id": 1}]') -> httpx.Response:
    headers = {"Link": link} if link else {}
    return httpx.Response(200, content=body, headers=headers, request=httpx.Request("GET", url))


class TestPageLimit:
    @pytest.mark.parametrize("params", [None, {}, {"offset": 9}, {"limit": 500}, {"limit": "1"}, {"limit": 0}])
    def test_accepted(self, params: dict[str, object] | None) -> None:
        check_page_limit(params)

    @pytest.mark.parametrize("limit", [501, "501", 10_000])
    def test_above_500_refused(self, limit: object) -> None:
        with pytest.raises(InvalidRequestError) as caught:
            check_page_limit({"limit": limit})
        assert isinstance(caught.value, ValueError) and isinstance(caught.value, SendGridError)

    @pytest.mark.parametrize("limit", ["many", None, [1, 2]])
    def test_not_a_number_refused(self, limit: object) -> None:
        with pytest.raises(InvalidRequestError):
            check_page_limit({"limit": limit})


class TestPageTrail:
    def test_http_next_is_upgraded_to_https(self) -> None:
        trail = PageTrail(BASE)
        first = page(
            "https://api.sendgrid.com/v3/subusers?limit=2",
            '<http://api.sendgrid.com/v3/subusers?limit=2&offset=2>; rel="next"; title="2", '
            '<http://api.sendgrid.com/v3/subusers?limit=2&offset=0>; rel="prev"; title="1"',
        )
        assert trail.next_url(first) == httpx.URL("https://api.sendgrid.com/v3/subusers?limit=2&offset=2")

    def test_loopback_base_keeps_plain_http(self) -> None:
        trail = PageTrail(httpx.URL("http://127.0.0.1:8123"))
        first = page("http://127.0.0.1:8123/v3/x", '<https://127.0.0.1:8123/v3/x?offset=2>; rel="next"')
        assert trail.next_url(first) == httpx.URL("http://127.0.0.1:8123/v3/x?offset=2")

    def test_relative_next_is_resolved_against_the_page(self) -> None:
        trail = PageTrail(BASE)
        first = page("https://api.sendgrid.com/v3/subusers", '</v3/subusers?offset=5>; rel="next"')
        assert trail.next_url(first) == httpx.URL("https://api.sendgrid.com/v3/subusers?offset=5")

    @pytest.mark.parametrize(
        "target",
        [
            "https://evil.example.com/v3/subusers?offset=2",
            "http://api.sendgrid.com.evil.example.com/v3/subusers",
            "https://api.sendgrid.com:8443/v3/subusers",
            "http://api.sendgrid.com:8080/v3/subusers",
            "ftp://api.sendgrid.com/v3/subusers",
        ],
    )
    def test_other_hosts_ports_and_schemes_are_refused(self, target: str) -> None:
        trail = PageTrail(BASE)
        with pytest.raises(PaginationError):
            trail.next_url(page("https://api.sendgrid.com/v3/subusers", f'<{target}>; rel="next"'))

    def test_a_visited_url_ends_the_walk(self) -> None:
        trail = PageTrail(BASE)
        url = "https://api.sendgrid.com/v3/subusers?limit=2"
        assert trail.next_url(page(url, f'<{url.replace("https", "http")}>; rel="next"')) is None

    def test_no_next_or_an_empty_page_ends_the_walk(self) -> None:
        trail = PageTrail(BASE)
        assert (
            trail.next_url(page("https://api.sendgrid.com/v3/a", '<https://api.sendgrid.com/v3/a>; rel="prev"')) is None
        )
        assert trail.next_url(page("https://api.sendgrid.com/v3/b", None)) is None
        assert (
            trail.next_url(
                page("https://api.sendgrid.com/v3/c", '<https://api.sendgrid.com/v3/d>; rel="next"', b" [] ")
            )
            is None
        )


def collection_handler(total: int, requests: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        query = parse_qs(request.url.query.decode())
        limit, offset = int(query["limit"][0]), int(query.get("offset", ["0"])[0])
        items = [{"id": number} for number in range(offset, min(offset + limit, total))]
        headers = {}
        if offset + limit < total:
            headers["Link"] = f'<http://api.sendgrid.com/v3/subusers?limit={limit}&offset={offset + limit}>; rel="next"'
        return httpx.Response(200, json=items, headers=headers)

    return handler


def test_client_paginates_every_record() -> None:
    requests: list[httpx.Request] = []
    handler = collection_handler(23, requests)
    with mock_client(handler) as client:
        pages = client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 5}})
        ids = [item["id"] for response in pages for item in json.loads(response.content)]
    assert ids == list(range(23))
    assert len(requests) == 5
    assert all(request.headers["authorization"].startswith("Bearer ") for request in requests)
    assert all(request.url.scheme == "https" for request in requests)


async def test_client_apaginates_every_record() -> None:
    requests: list[httpx.Request] = []
    handler = collection_handler(11, requests)
    async with mock_client(handler) as client:
        ids = [
            item["id"]
            async for response in client.apaginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 4}})
            for item in json.loads(response.content)
        ]
    assert ids == list(range(11))


def test_pages_are_fetched_only_when_consumed() -> None:
    requests: list[httpx.Request] = []
    handler = collection_handler(100, requests)
    with mock_client(handler) as client:
        pages = client.paginate(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 10}})
        assert requests == []
        next(pages)
        next(pages)
    assert len(requests) == 2


@pytest.mark.parametrize("paginate", ["paginate", "apaginate", "send"])
def test_limit_above_500_is_refused_before_sending(paginate: str) -> None:
    requests: list[httpx.Request] = []
    handler = collection_handler(10, requests)
    with mock_client(handler) as client, pytest.raises(InvalidRequestError):
        getattr(client, paginate)(V3_LIST, {**V3_LIST_KWARGS, "params": {"limit": 501}})
    assert requests == []


def test_cross_host_next_raises_through_the_client() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=[{"id": 1}], headers={"Link": '<https://elsewhere.example/v3/subusers?offset=1>; rel="next"'}
        )

    with mock_client(handler) as client:
        pages = client.paginate(V3_LIST, V3_LIST_KWARGS)
        next(pages)
        with pytest.raises(PaginationError, match="another host"):
            next(pages)
