"""Customer Bounces: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import DeleteCustomerBouncesForm, GetCustomerBouncesForm

from tests.client.cassettes import replay
from tests.present import present

USER = "eexampexample@example.com"


def test_get_customer_bounces(v2: SendGrid) -> None:
    with replay("customer_bounces/get_customer_bounces"):
        bounces = v2.reseller.bounces.get(body=GetCustomerBouncesForm(user=USER, date="1"))
    assert [b.email for b in bounces] == ["emaieexampexample@example.com", "emaileexampexample@example.com"]
    assert bounces[0].status == "5.1.1"
    assert present(bounces[0].reason).startswith("host [127.0.0.1] said: 550 5.1.1")
    assert bounces[1].created == "2009-06-01 19:41:39"


def test_delete_customer_bounces(v2: SendGrid) -> None:
    form = DeleteCustomerBouncesForm(user=USER, email="bounceexampexample@example.com")
    with replay("customer_bounces/delete_customer_bounces"):
        assert v2.reseller.bounces.delete(body=form).message == "success"
