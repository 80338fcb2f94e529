"""Issue 13, defects 8-11: Link loops written differently, relation types, lenient v2 errors, digits only.

Every walk runs against a loopback server, sync and asyncio; each must end (or raise
`PaginationError`) without yielding a page twice and within a few requests.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sendgrid_reseller._runtime.errors import BadRequestError, PaginationError, SendGridError
from sendgrid_reseller._runtime.ratelimit import RateLimit, parse_rate_limit
from sendgrid_reseller.api.customer_management import list_customers
from sendgrid_reseller.api.subusers import list_subusers

from tests.reliability.faults import FAST_RETRY, GENEROUS_TIMEOUT
from tests.runtime.loopback import LoopbackServer, Recorded, Reply, json_reply
from tests.runtime.support import START, V2_API_KEY, V2_API_USER, loopback_client

FLAVOURS = ["sync", "async"]


def _page(name: str, link: str) -> Reply:
    body = json.dumps([{"disabled": False, "id": 1, "username": name, "email": f"{name}@example.com"}])
    return json_reply(body, headers=[("Link", link)] if link else [])


def _walk(flavour: str, base_url: str) -> tuple[list[str], SendGridError | None]:
    """The usernames a walk yields, and the error that ended it (if any)."""
    seen: list[str] = []
    client = loopback_client(base_url, retry=FAST_RETRY, timeout=GENEROUS_TIMEOUT)
    try:
        if flavour == "sync":
            with client:
                seen.extend(item.username for item in list_subusers.iter_items(client, limit=5))
        else:

            async def walk() -> None:
                async with client:
                    async for item in list_subusers.aiter_items(client, limit=5):
                        seen.append(item.username)

            asyncio.run(walk())
    except SendGridError as exc:
        return seen, exc
    return seen, None


def _by_offset(pages: dict[str, Callable[[str], Reply]]) -> Callable[[Recorded], Reply]:
    def answer(request: Recorded) -> Reply:
        return pages[request.query.get("offset", "0")](request.raw_query)

    return answer


def _link(query: str, rel: str = "next") -> str:
    return f'</v3/subusers?{query}>; rel="{rel}"'


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_next_link_back_to_a_page_with_its_query_reordered_is_a_loop(flavour: str) -> None:
    pages = {
        "0": lambda _: _page("page0", _link("limit=5&offset=5")),
        "5": lambda _: _page("page5", _link("offset=0&limit=5")),  # page 0 again, written differently
    }
    with LoopbackServer(_by_offset(pages)) as server:
        seen, error = _walk(flavour, server.base_url)
        assert server.request_count == 2
    assert seen == ["page0", "page5"]
    # Page 0 was asked for without an offset, so the reordered link is caught as not advancing.
    assert isinstance(error, PaginationError)
    assert "loops back" in str(error) or "does not advance the offset" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_next_link_that_does_not_advance_the_offset_stops_the_walk(flavour: str) -> None:
    counter = iter(range(1, 1000))

    def answer(request: Recorded) -> Reply:
        return _page("same", _link(f"limit=5&offset=0&n={next(counter)}"))

    with LoopbackServer(answer) as server:
        seen, error = _walk(flavour, server.base_url)
        assert server.request_count == 1
    assert seen == ["same"]
    assert isinstance(error, PaginationError) and "does not advance the offset" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_page_repeating_the_previous_records_stops_the_walk(flavour: str) -> None:
    counter = iter(range(1, 1000))

    def answer(request: Recorded) -> Reply:
        return _page("same", _link(f"limit=5&cursor={next(counter)}"))  # no offset to compare

    with LoopbackServer(answer) as server:
        seen, error = _walk(flavour, server.base_url)
        assert server.request_count == 2
    assert seen == ["same"]  # the repeated page is not yielded
    assert isinstance(error, PaginationError) and "repeats the previous page" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("rel", ["Next", "NEXT", "next last", "last next", "prev  next"])
def test_relation_types_are_case_insensitive_and_space_separated(flavour: str, rel: str) -> None:
    pages = {"0": lambda _: _page("page0", _link("limit=5&offset=5", rel)), "5": lambda _: _page("page5", "")}
    with LoopbackServer(_by_offset(pages)) as server:
        seen, error = _walk(flavour, server.base_url)
    assert error is None and seen == ["page0", "page5"]


# -- defect 10: v2 error bodies as SendGrid writes them ---------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_v2_error_body_with_a_trailing_comma_keeps_its_text(flavour: str) -> None:
    body = '{"message": "error", "errors": ["Customer does not exist", ]}'
    with LoopbackServer(lambda _: json_reply(body)) as server:
        client = loopback_client(server.base_url, retry=FAST_RETRY, api_user=V2_API_USER, api_key=V2_API_KEY)
        with pytest.raises(BadRequestError) as caught:
            if flavour == "sync":
                with client:
                    list_customers.sync(client)
            else:

                async def call() -> None:
                    async with client:
                        await list_customers.asyncio(client)

                asyncio.run(call())
    assert [detail.message for detail in caught.value.details] == ["Customer does not exist"]
    assert "Customer does not exist" in str(caught.value)


# -- defect 11: rate-limit headers are ASCII digits -------------------------------------------------

NOT_DIGITS = ["1_0", "١٠", "+10", "1e1", "0x10", "10.", "1 0", "-0"]


@pytest.mark.parametrize("value", NOT_DIGITS)
def test_rate_limit_values_other_than_ascii_digits_are_ignored(value: str) -> None:
    raw = value.encode("utf-8")
    headers = httpx.Headers([(b"X-RateLimit-Limit", raw), (b"X-RateLimit-Remaining", raw), (b"X-RateLimit-Reset", raw)])
    assert parse_rate_limit(headers, START) == RateLimit(None, None, None)


def test_digits_with_surrounding_spaces_are_read() -> None:
    headers = httpx.Headers(
        [("X-RateLimit-Limit", " 10 "), ("X-RateLimit-Remaining", "7"), ("X-RateLimit-Reset", "30")]
    )
    assert parse_rate_limit(headers, START) == RateLimit(10, 7, START + 30)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_underscored_rate_limit_headers_do_not_pace(flavour: str) -> None:
    """`Limit: 1_0` / `Reset: 3_0` were read as 10 and 30; now the answer carries no usable limit."""
    headers = [("X-RateLimit-Limit", "1_0"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "3_0")]
    reply = json_reply('[{"disabled": false, "id": 1, "username": "a", "email": "a@example.com"}]', 200, headers)
    with LoopbackServer(lambda _: reply) as server:
        client = loopback_client(server.base_url, retry=FAST_RETRY)
        if flavour == "sync":
            with client:
                answer: Any = list_subusers.sync_detailed(client)
        else:

            async def call() -> Any:
                async with client:
                    return await list_subusers.asyncio_detailed(client)

            answer = asyncio.run(call())
    assert answer.rate_limit == RateLimit(None, 0, None)
