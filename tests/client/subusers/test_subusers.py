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


# ---- every other subuser call: the documented example, replayed exactly ----
import datetime  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from sendgrid_reseller.models import (  # noqa: E402
    CreateSubuserRequest,
    RemainingCreditsAdjustment,
    SubuserCreditsUpdate,
    SubuserStatusUpdate,
    WebsiteAccessUpdate,
)

Case = tuple[str, Callable[[SendGrid], Any], Callable[[Any], bool]]
CASES: list[Case] = [
    (
        "subusers/create_subuser",
        lambda c: c.subusers.create(
            body=CreateSubuserRequest(
                username="John@example.com",
                email="John@example.com",
                password="johns_password",
                ips=["1.1.1.1", "2.2.2.2"],
                region="global",
                include_region=True,
            )
        ),
        lambda r: (r.user_id, r.username, r.credit_allocation.type_) == (1234, "example_subuser", "unlimited"),
    ),
    (
        "subusers/set_subuser_disabled",
        lambda c: c.subusers.set_disabled("example_subuser", body=SubuserStatusUpdate(disabled=False)),
        lambda r: r is None,
    ),
    ("subusers/delete_subuser", lambda c: c.subusers.delete("example_subuser"), lambda r: r is None),
    (
        "subusers/set_subuser_website_access",
        lambda c: c.subusers.website_access.update("example_subuser", body=WebsiteAccessUpdate(disabled=True)),
        lambda r: r is None,
    ),
    (
        "subusers/get_subuser_credits",
        lambda c: c.subusers.credits.get("example_subuser"),
        lambda r: (r.remain, r.total, r.used, r.type_, r.reset_frequency) == (99, 100, 1, "recurring", "monthly"),
    ),
    (
        "subusers/update_subuser_credits",
        lambda c: c.subusers.credits.update(
            "example_subuser", body=SubuserCreditsUpdate(type_="recurring", reset_frequency="monthly", total=100)
        ),
        lambda r: (r.remain, r.used) == (100, 0),
    ),
    (
        "subusers/adjust_subuser_remaining_credits",
        lambda c: c.subusers.credits.adjust_remaining(
            "example_subuser", body=RemainingCreditsAdjustment(allocation_update=99)
        ),
        lambda r: r.remain == 100,
    ),
    (
        "subusers/update_subuser_ips",
        lambda c: c.subusers.ips.update("example_subuser", body=["127.0.0.1"]),
        lambda r: r.ips == ["127.0.0.1"],
    ),
    (
        "subusers/get_subuser_monthly_stats",
        lambda c: c.subusers.stats.monthly_for_subuser(
            "user1",
            date=datetime.date(2016, 2, 1),
            sort_by_metric="delivered",
            sort_by_direction="desc",
            limit=5,
            offset=0,
        ),
        lambda r: (r.stats[0].name, r.stats[0].metrics.opens, r.stats[0].metrics.clicks) == ("user1", 10, 5),
    ),
    (
        "subusers/list_subuser_reputations",
        lambda c: c.subusers.reputations.list(usernames=["example_subuser", "example_subuser2"]),
        lambda r: [(x.username, x.reputation) for x in r] == [("example_subuser", 99), ("example_subuser2", 95.2)],
    ),
    (
        "subusers/get_subusers_stats",
        lambda c: c.subusers.stats.get(
            subusers=["Matt_subuser"],
            start_date=datetime.date(2015, 10, 1),
            end_date=datetime.date(2015, 10, 2),
            aggregated_by="day",
            limit=10,
            offset=0,
        ),
        lambda r: (
            [d.date for d in r.items] == ["2015-10-01", "2015-10-02"] and r.items[0].stats[0].name == "Matt_subuser"
        ),
    ),
    (
        "subusers/get_subusers_monthly_stats",
        lambda c: c.subusers.stats.monthly(
            date=datetime.date(2016, 2, 1),
            subuser="user",
            sort_by_metric="delivered",
            sort_by_direction="desc",
            limit=5,
            offset=0,
        ),
        lambda r: [(s.name, s.metrics.spam_reports) for s in r.stats] == [("user1", 99), ("user2", 0)],
    ),
    (
        "subusers/get_subusers_stats_sums",
        lambda c: c.subusers.stats.sums(
            start_date=datetime.date(2015, 10, 11),
            end_date=datetime.date(2015, 10, 11),
            sort_by_direction="desc",
            sort_by_metric="delivered",
            limit=5,
            offset=0,
        ),
        lambda r: [s.name for s in r.stats] == ["cat1", "cat2"],
    ),
]


@pytest.mark.parametrize(("cassette", "call", "check"), CASES, ids=[case[0] for case in CASES])
def test_documented_example(
    v3: SendGrid, cassette: str, call: Callable[[SendGrid], Any], check: Callable[[Any], bool]
) -> None:
    with replay(cassette):
        result = call(v3)
    assert check(result)
