"""Domain Authentication (formerly Whitelabel): each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import AppendWhitelabelToCustomerForm

from tests.client.cassettes import replay


def test_list_reseller_whitelabels(v2: SendGrid) -> None:
    with replay("domain_authentication/list_reseller_whitelabels"):
        records = v2.reseller.domain_authentication.list()
    assert [(r.mail_domain, r.url_domain) for r in records] == [
        ("email.sendgrid.com", "email.sendgrid.com"),
        ("email.example.com", "email.example.com"),
    ]


def test_append_whitelabel_to_customer(v2: SendGrid) -> None:
    form = AppendWhitelabelToCustomerForm(user="eexampexample@example.com", mail_domain="email.sendgrid.com")
    with replay("domain_authentication/append_whitelabel_to_customer"):
        assert v2.reseller.domain_authentication.append(body=form).message == "success"
