"""Partner account provisioning in the sandbox: an account's life, cursor paging, IPs, errors."""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.errors import BadRequestError, NotFoundError
from sendgrid_reseller.models import (
    PartnerAccountCreate,
    PartnerAccountIpList,
    PartnerAccountIpRequest,
    PartnerAccountProfile,
    PartnerAccountStateUpdate,
    PartnerOffering,
    PartnerOfferingList,
)

from tests.present import present
from tests.sandbox.conftest import V3_AUTH

FREE = PartnerOffering(name="org.ei.free.v1", type_="package", quantity=1)
PRO = PartnerOffering(name="org.ei.pro.v1", type_="package", quantity=1)
IPS = PartnerOffering(name="org.ei.ips.v1", type_="addon", quantity=2)


def _create(sg: SendGrid, email: str) -> str:
    body = PartnerAccountCreate(offerings=[FREE], profile=PartnerAccountProfile(email=email))
    return sg.accounts.create(body=body).account_id


def test_account_round_trip(sg: SendGrid) -> None:
    account = _create(sg, "customer@example.com")
    assert [o.name for o in sg.accounts.offerings.get(account).offerings] == ["org.ei.free.v1"]
    changed = sg.accounts.offerings.update(account, body=PartnerOfferingList(offerings=[PRO, IPS]))
    assert [(o.name, o.quantity) for o in changed.offerings] == [("org.ei.pro.v1", 1), ("org.ei.ips.v1", 2)]
    assert sg.accounts.state.get(account).state == "activated"
    sg.accounts.state.update(account, body=PartnerAccountStateUpdate(state="deactivated"))
    assert sg.accounts.state.get(account).state == "deactivated"
    sg.accounts.delete(account)
    with pytest.raises(NotFoundError):
        sg.accounts.state.get(account)
    assert sg.accounts.list(limit=10).items == []


def test_account_list_pages_by_cursor(sg: SendGrid) -> None:
    created = [_create(sg, f"c{i}@example.com") for i in range(5)]
    first = sg.accounts.list(limit=2)
    assert [len(page.items) for page in first.pages()] == [2, 2, 1]  # along pages.last
    assert [a.id for a in first] == created


def test_sso_sign_in_redirects(sg: SendGrid) -> None:
    account = _create(sg, "sso@example.com")
    # The call returns the redirect target instead of following it (a generator adaptation).
    assert sg.accounts.sso_login(account) == "https://app.sendgrid.com/"
    with pytest.raises(NotFoundError):
        sg.accounts.sso_login("sg-unknown")


def test_account_ips_add_list_remove(sg: SendGrid) -> None:
    account = _create(sg, "ips@example.com")
    added = sg.accounts.ips.add(account, body=PartnerAccountIpRequest(count=3, region="eu"))
    assert len(added.ips) == 3 and added.region == "eu"
    first = sg.accounts.ips.list(account, limit=2)
    assert [i.ip for i in first.items + first.next_page().items] == added.ips
    assert [i.ip for i in first] == added.ips
    sg.accounts.ips.remove(account, body=PartnerAccountIpList(ips=added.ips[:2]))
    assert [i.ip for i in sg.accounts.ips.list(account, limit=10)] == added.ips[2:]
    with pytest.raises(BadRequestError, match="not IPs of this account"):
        sg.accounts.ips.remove(account, body=PartnerAccountIpList(ips=["192.0.2.1"]))


def test_offerings_need_exactly_one_package(sg: SendGrid) -> None:
    with pytest.raises(BadRequestError, match="exactly one package"):
        sg.accounts.create(body=PartnerAccountCreate(offerings=[IPS]))
    account = _create(sg, "pkg@example.com")
    with pytest.raises(BadRequestError, match="exactly one package"):
        sg.accounts.offerings.update(account, body=PartnerOfferingList(offerings=[FREE, PRO]))


def test_only_activated_or_deactivated_can_be_set(sg: SendGrid, client: httpx.Client) -> None:
    account = _create(sg, "state@example.com")  # the client refuses other states itself: ask over raw HTTP
    refused = client.put(f"/v3/partners/accounts/{account}/state", headers=V3_AUTH, json={"state": "banned"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "state"
    assert sg.accounts.state.get(account).state == "activated"


def test_catalog_and_partner_settings_answer_their_samples(sg: SendGrid) -> None:
    assert present(sg.accounts.offerings.list_available().catalog[0].offering).name == "org.ei.free.v1"
    assert sg.partner_settings.list().items[0].name == "partner_name"
    assert [s.name for s in sg.partner_settings.list(limit=1)] == ["partner_name"]  # walked to its end
