"""v3 subusers: exact request, decoded response, rate-limit headers and Link pagination."""

from __future__ import annotations

from sendgrid_reseller import AsyncSendGrid, SendGrid

from tests.client.cassettes import replay


def test_list_subusers(v3: SendGrid) -> None:
    with replay("subusers/list_subusers"):
        page = v3.subusers.list_detailed(limit=10, offset=0)
    assert [(s.id, s.username, s.disabled) for s in page.parsed] == [(1234, "example_subuser", False)]
    assert page.rate_limit is not None
    assert (page.rate_limit.limit, page.rate_limit.remaining) == (500, 499)


def test_list_subusers_items_follow_link_next(v3: SendGrid) -> None:
    with replay("subusers/list_subusers.pages"):
        names = [s.username for s in v3.subusers.list_items(limit=2)]
    assert names == ["one", "two", "three"]


async def test_list_subusers_async_items(v3_async: AsyncSendGrid) -> None:
    with replay("subusers/list_subusers.pages"):
        names = [s.username async for s in v3_async.subusers.list_items(limit=2)]
    assert names == ["one", "two", "three"]
