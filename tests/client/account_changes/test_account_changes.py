"""Account Changes: each documented call's exact wire request (ip_group[] as a repeated key) and response."""

from __future__ import annotations

import pytest
from sendgrid_reseller import BadRequestError, SendGrid
from sendgrid_reseller.models import (
    CloseCustomerAccountForm,
    DowngradeCustomerAccountForm,
    UpgradeCustomerAccountForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"
UPGRADE = UpgradeCustomerAccountForm(user=USER, package="Basic Package", ip_group=["Reseller Group"])


def test_upgrade_customer_account(v2: SendGrid) -> None:
    with replay("account_changes/upgrade_customer_account"):
        assert v2.reseller.account_changes.upgrade(body=UPGRADE).message == "success"


def test_upgrade_customer_account_error(v2: SendGrid) -> None:
    with replay("account_changes/upgrade_customer_account.error"), pytest.raises(BadRequestError) as caught:
        v2.reseller.account_changes.upgrade(body=UPGRADE)
    assert caught.value.status_code == 400
    assert [detail.message for detail in caught.value.details] == ["...error messages..."]


def test_downgrade_customer_account(v2: SendGrid) -> None:
    form = DowngradeCustomerAccountForm(user=USER, package="Basic Package", ip_group=["Reseller Group"])
    with replay("account_changes/downgrade_customer_account"):
        assert v2.reseller.account_changes.downgrade(body=form).message == "success"


def test_close_customer_account(v2: SendGrid) -> None:
    form = CloseCustomerAccountForm(user=USER, ip_group=["Reseller Group"])
    with replay("account_changes/close_customer_account"):
        assert v2.reseller.account_changes.close(body=form).message == "success"
