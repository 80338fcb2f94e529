"""v3 statistics: each documented example through the friendly clients."""

from __future__ import annotations

import datetime

from tests.client.friendly_calls import FriendlyCall, friendly_tests


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def period(first: str, last: str) -> dict[str, datetime.date]:
    return {"start_date": day(first), "end_date": day(last)}


PAGE = {"limit": 2, "offset": 0}

# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "stats/get_global_stats",
        "stats.get",
        lambda r: [d.stats[0].metrics.delivered for d in r] == [0, 2],
        kwargs={**period("2015-11-03", "2015-11-04"), "aggregated_by": "day", **PAGE},
    ),
    FriendlyCall(
        "stats/list_categories",
        "categories.list",
        lambda r: [c.category for c in r] == ["category 1", "category 2"],
        kwargs={"category": "cat", **PAGE},
    ),
    FriendlyCall(
        "stats/get_category_stats",
        "categories.stats.get",
        lambda r: [(e.name, e.metrics.delivered) for e in r[1].stats] == [("cat1", 10), ("cat2", 0)],
        kwargs={
            "categories": ["cat1", "cat2"],
            **period("2015-01-01", "2015-01-02"),
            "aggregated_by": "day",
        },
    ),
    FriendlyCall(
        "stats/get_category_stats_sums",
        "categories.stats.sums",
        lambda r: [e.name for e in r.stats] == ["category2", "category1"],
        kwargs={
            "sort_by_metric": "delivered",
            "sort_by_direction": "desc",
            "start_date": day("2015-01-01"),
            "limit": 2,
        },
    ),
    FriendlyCall(
        "stats/get_browser_stats",
        "stats.browsers",
        lambda r: [(e.name, e.metrics.clicks) for e in r[0].stats] == [("Chrome", 0), ("Firefox", 1)],
        kwargs={"browsers": ["Chrome", "Firefox"], **period("2014-10-01", "2014-10-02"), **PAGE},
    ),
    FriendlyCall(
        "stats/get_client_stats",
        "stats.clients",
        lambda r: [d.stats[0].metrics.opens for d in r] == [1, 0],
        kwargs=period("2014-10-01", "2014-10-02"),
    ),
    FriendlyCall(
        "stats/get_client_type_stats",
        "stats.client_type",
        lambda r: r[0].stats[0].name == "Gmail",
        args=("phone",),
        kwargs=period("2014-10-01", "2014-10-02"),
    ),
    FriendlyCall(
        "stats/get_device_stats",
        "stats.devices",
        lambda r: [d.stats[0].type_ for d in r] == ["device", "device"],
        kwargs={**period("2015-10-11", "2015-10-12"), **PAGE},
    ),
    FriendlyCall(
        "stats/get_geo_stats",
        "stats.geo",
        lambda r: r[1].stats[0].name == "TX",
        kwargs={"country": "US", **period("2015-10-11", "2015-10-12"), **PAGE},
    ),
    FriendlyCall(
        "stats/get_mailbox_provider_stats",
        "stats.mailbox_providers",
        lambda r: (r[0].stats[0].name, r[0].stats[0].metrics.drops) == ("Gmail", 0),
        kwargs={"mailbox_providers": ["Gmail"], **period("2015-10-11", "2015-10-12"), **PAGE},
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
