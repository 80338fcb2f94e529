"""v3 partner account provisioning through the friendly client, sync and async."""

from __future__ import annotations

import datetime

from sendgrid_reseller.models import (
    PartnerAccountCreate,
    PartnerAccountIpList,
    PartnerAccountIpRequest,
    PartnerAccountProfile,
    PartnerAccountStateUpdate,
    PartnerOffering,
    PartnerOfferingList,
)

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "list_partner_accounts": "accounts.list",
    "create_partner_account": "accounts.create",
    "delete_partner_account": "accounts.delete",
    "authenticate_partner_account": "accounts.sso_login",
    "get_partner_account_offerings": "accounts.offerings.get",
    "update_partner_account_offerings": "accounts.offerings.update",
    "list_partner_offerings": "accounts.offerings.list_available",
    "get_partner_account_state": "accounts.state.get",
    "update_partner_account_state": "accounts.state.update",
    "list_partner_account_ips": "accounts.ips.list",
    "add_partner_account_ips": "accounts.ips.add",
    "remove_partner_account_ips": "accounts.ips.remove",
    "list_partner_settings": "partner_settings.list",
}

ACCOUNT = "sg2a2bcd3ef4ab5c67d8efab91c01de2fa"
FREE = PartnerOffering(name="org.ei.free.v1", type_="package", quantity=1)
PROFILE = PartnerAccountProfile(
    first_name="Sender",
    last_name="Wiz",
    company_name="Twilio SendGrid",
    company_website="https://sendgrid.com",
    email="test@test.com",
    timezone="Asia/Tokyo",
)
CASES = [
    Case(
        "account_provisioning/list_partner_accounts",
        kwargs={"offset": ACCOUNT, "limit": 2},
        check=lambda r: (  # the first page's records (x-pagination cursor: a page object)
            [a.email for a in r] == ["test@test.com", "testing@test.com"]
            and r[0].created_at == datetime.datetime(2006, 1, 2, 15, 4, 5, tzinfo=datetime.UTC)
        ),
    ),
    Case(
        "account_provisioning/create_partner_account",
        kwargs={"body": PartnerAccountCreate(offerings=[FREE], profile=PROFILE)},
        check=lambda r: r.account_id == ACCOUNT,
    ),
    Case("account_provisioning/delete_partner_account", (ACCOUNT,)),
    Case(
        "account_provisioning/authenticate_partner_account",
        (ACCOUNT,),
        check=lambda r: r == "https://app.sendgrid.com/",  # the redirect target, not followed
    ),
    Case(
        "account_provisioning/get_partner_account_offerings",
        (ACCOUNT,),
        check=lambda r: [(o.name, o.type_, o.quantity) for o in r.offerings] == [("org.ei.free.v1", "package", 1)],
    ),
    Case(
        "account_provisioning/update_partner_account_offerings",
        (ACCOUNT,),
        {"body": PartnerOfferingList(offerings=[FREE])},
        check=lambda r: r.offerings[0].name == "org.ei.free.v1",
    ),
    Case(
        "account_provisioning/list_partner_offerings",
        check=lambda r: r.catalog[0].entitlements.email_sends_max_monthly == 10000,
    ),
    Case("account_provisioning/get_partner_account_state", (ACCOUNT,), check=lambda r: r.state == "activated"),
    Case(
        "account_provisioning/update_partner_account_state",
        (ACCOUNT,),
        {"body": PartnerAccountStateUpdate(state="deactivated")},
    ),
    Case(
        "account_provisioning/list_partner_account_ips",
        (ACCOUNT,),
        {"limit": 2, "offset": "192.0.0.1"},
        check=lambda r: [(i.ip, i.region) for i in r] == [("174.0.2.1", "us"), ("192.0.0.1", "eu")],
    ),
    Case(
        "account_provisioning/add_partner_account_ips",
        (ACCOUNT,),
        {"body": PartnerAccountIpRequest(count=2, region="us")},
        check=lambda r: r.ips == ["192.168.1.1", "192.168.1.2"],
    ),
    Case(
        "account_provisioning/remove_partner_account_ips",
        (ACCOUNT,),
        {"body": PartnerAccountIpList(ips=["174.0.0.3", "192.0.0.1"])},
    ),
    Case(
        "account_provisioning/list_partner_settings",
        kwargs={"limit": 10, "offset": 0},
        check=lambda r: [(s.name, s.enabled) for s in r] == [("partner_name", True)],
    ),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
