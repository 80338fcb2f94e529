"""Customer Invalid Emails: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import DeleteCustomerInvalidEmailsForm, GetCustomerInvalidEmailsForm

from tests.client.cassettes import replay

USER = "eexampexample@example.com"


def test_get_customer_invalid_emails(v2: SendGrid) -> None:
    with replay("customer_invalid_emails/get_customer_invalid_emails"):
        records = v2.reseller.invalid_emails.get(body=GetCustomerInvalidEmailsForm(user=USER, date="1"))
    assert [r.email for r in records] == ["example@example.com", "isaac@hotmail", "example@example.com"]
    assert records[1].reason == "Bad Syntax"
    assert records[2].created == "2009-06-01 19:41:39"


def test_delete_customer_invalid_emails(v2: SendGrid) -> None:
    form = DeleteCustomerInvalidEmailsForm(user=USER, email="invalidemail@example.com")
    with replay("customer_invalid_emails/delete_customer_invalid_emails"):
        assert v2.reseller.invalid_emails.delete(body=form).message == "success"
