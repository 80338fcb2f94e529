"""Customer Statistics: each documented call's exact wire request and decoded response."""

from __future__ import annotations

import datetime

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    GetCustomerAggregateStatisticsForm,
    GetCustomerCategoryStatisticsForm,
    GetCustomerStatisticsForm,
    ListCustomerStatCategoriesForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"


def test_get_customer_statistics(v2: SendGrid) -> None:
    with replay("customer_statistics/get_customer_statistics"):
        days = v2.reseller.statistics.get(body=GetCustomerStatisticsForm(user=USER))
    assert [str(day.date) for day in days] == ["2009-06-20", "2009-06-21", "2009-06-22"]
    assert [day.requests for day in days] == [12342, 32342, 52342]
    assert isinstance(days[0].clicks, int) and days[0].clicks == 10223
    assert days[2].spamreports == 2


def test_get_customer_aggregate_statistics(v2: SendGrid) -> None:
    with replay("customer_statistics/get_customer_aggregate_statistics"):
        totals = v2.reseller.statistics.aggregate(body=GetCustomerAggregateStatisticsForm(user=USER))
    assert totals.requests == 12342
    assert totals.delivered == 10
    assert totals.invalid_email == 1


def test_list_customer_stat_categories(v2: SendGrid) -> None:
    with replay("customer_statistics/list_customer_stat_categories"):
        categories = v2.reseller.statistics.list_categories(body=ListCustomerStatCategoriesForm(user=USER))
    assert [c.category for c in categories] == ["categoryA", "categoryB", "categoryC"]


def test_get_customer_category_statistics(v2: SendGrid) -> None:
    form = GetCustomerCategoryStatisticsForm(
        user=USER,
        category="category",
        start_date=datetime.date(2009, 6, 20),
        end_date=datetime.date(2009, 6, 22),
    )
    with replay("customer_statistics/get_customer_category_statistics"):
        rows = v2.reseller.statistics.get_by_category(body=form)
    assert [(r.category, str(r.date)) for r in rows] == [("CategoryA", "2014-09-09"), ("CategoryB", "2014-09-08")]
    assert rows[0].delivered == 1
    assert rows[0].blocked == 0 and rows[0].spam_drop == 0
