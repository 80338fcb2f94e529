"""Customer Spam Reports: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import DeleteCustomerSpamReportsForm, GetCustomerSpamReportsForm

from tests.client.cassettes import replay

USER = "eexampexample@example.com"


def test_get_customer_spam_reports(v2: SendGrid) -> None:
    with replay("customer_spam_reports/get_customer_spam_reports"):
        reports = v2.reseller.spam_reports.get(body=GetCustomerSpamReportsForm(user=USER, date="1"))
    assert [r.email for r in reports] == ["emaieexampexample@example.com", "emaileexampexample@example.com"]
    assert reports[0].created == "2009-06-01 19:41:39"


def test_delete_customer_spam_reports(v2: SendGrid) -> None:
    form = DeleteCustomerSpamReportsForm(user=USER, email="spamreport@domain.com")
    with replay("customer_spam_reports/delete_customer_spam_reports"):
        assert v2.reseller.spam_reports.delete(body=form).message == "success"
