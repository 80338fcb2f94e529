"""Customer Unsubscribes: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    AddCustomerUnsubscribesForm,
    DeleteCustomerUnsubscribesForm,
    GetCustomerUnsubscribesForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"


def test_get_customer_unsubscribes(v2: SendGrid) -> None:
    with replay("customer_unsubscribes/get_customer_unsubscribes"):
        records = v2.reseller.unsubscribes.get(body=GetCustomerUnsubscribesForm(user=USER, date="1"))
    assert [r.email for r in records] == ["emaieexampexample@example.com", "emaileexampexample@example.com"]
    assert {r.created for r in records} == {"2009-06-01 19:41:39"}


def test_delete_customer_unsubscribes(v2: SendGrid) -> None:
    form = DeleteCustomerUnsubscribesForm(user=USER, email="unsubscribe@sample.com")
    with replay("customer_unsubscribes/delete_customer_unsubscribes"):
        assert v2.reseller.unsubscribes.delete(body=form).message == "success"


def test_add_customer_unsubscribes(v2: SendGrid) -> None:
    form = AddCustomerUnsubscribesForm(user=USER, email="unsubscribe@sample.com")
    with replay("customer_unsubscribes/add_customer_unsubscribes"):
        assert v2.reseller.unsubscribes.add(body=form).message == "success"
