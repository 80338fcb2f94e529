"""Customer Account Limits: the documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import GetCustomerCreditLimitForm

from tests.client.cassettes import replay


def test_get_customer_credit_limit(v2: SendGrid) -> None:
    with replay("customer_account_limits/get_customer_credit_limit"):
        limit = v2.reseller.account_limits.get(body=GetCustomerCreditLimitForm(user="eexampexample@example.com"))
    # v2 sends these numbers as strings; the client keeps them as sent.
    assert limit.credit == "40000"
    assert limit.credit_remain == "2000"
    assert limit.last_reset == "2011-02-21"
