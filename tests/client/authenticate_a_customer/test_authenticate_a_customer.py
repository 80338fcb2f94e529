"""Authenticate a Customer: the documented call's exact wire request, its success and its error."""

from __future__ import annotations

import pytest
from sendgrid_reseller import BadRequestError, SendGrid
from sendgrid_reseller.models import AuthenticateCustomerForm

from tests.client.cassettes import replay

FORM = AuthenticateCustomerForm(user="eexampexample@example.com", password="theirsubmittedpassword")


def test_authenticate_customer(v2: SendGrid) -> None:
    with replay("authenticate_a_customer/authenticate_customer"):
        assert v2.reseller.auth.check(body=FORM).message == "success"


def test_authenticate_customer_error(v2: SendGrid) -> None:
    with replay("authenticate_a_customer/authenticate_customer.error"), pytest.raises(BadRequestError) as caught:
        v2.reseller.auth.check(body=FORM)
    assert [detail.message for detail in caught.value.details] == ["...error messages..."]
