"""Account Overview: the documented call's exact wire request, its response and its error."""

from __future__ import annotations

import pytest
from sendgrid_reseller import BadRequestError, SendGrid
from sendgrid_reseller.models import GetCustomerAccountOverviewForm

from tests.client.cassettes import replay

FORM = GetCustomerAccountOverviewForm(user="eexampexample@example.com")


def test_get_customer_account_overview(v2: SendGrid) -> None:
    with replay("account_overview/get_customer_account_overview"):
        overview = v2.reseller.account_overview.get(body=FORM)
    # Strings stay strings; credits_remain is the one JSON number in the documented sample.
    assert overview.requests == "500000"
    assert overview.reputation == "100"
    assert overview.credits_remain == 0 and isinstance(overview.credits_remain, int)
    assert overview.package == "Silver Package"
    assert overview.billing_process_date == "2010-09-30"


def test_get_customer_account_overview_error(v2: SendGrid) -> None:
    with replay("account_overview/get_customer_account_overview.error"), pytest.raises(BadRequestError) as caught:
        v2.reseller.account_overview.get(body=FORM)
    assert [detail.message for detail in caught.value.details] == ["...error messages..."]
