"""Model reprs never show a field the spec marks secret (format: password, writeOnly)."""

from __future__ import annotations

from sendgrid_reseller.models import CreateCustomerForm, CreateSubuserRequest, UpdateCustomerPasswordForm

from tests.runtime.support import PASSWORD, assert_no_secret


def test_password_fields_are_redacted_in_reprs() -> None:
    subuser = CreateSubuserRequest(username="new", email="n@example.com", password=PASSWORD, ips=["1.1.1.1"])
    text = repr(subuser)
    assert_no_secret(text)
    assert "password='…redacted'" in text and "username='new'" in text
    assert subuser.password == PASSWORD and subuser.to_dict()["password"] == PASSWORD  # the value itself is intact


def test_both_password_fields_of_a_v2_form() -> None:
    form = UpdateCustomerPasswordForm(user="u", password=PASSWORD, confirm_password=PASSWORD)
    assert_no_secret(repr(form))
    assert repr(form).count("'…redacted'") == 2


def test_create_customer_form() -> None:
    fields = dict.fromkeys(
        ("username", "website", "first_name", "last_name", "address", "city", "state", "zip_", "email", "country")
        + ("company", "package", "whitelabel", "phone"),
        "x",
    )
    form = CreateCustomerForm(**fields, password=PASSWORD, confirm_password=PASSWORD)
    assert_no_secret(repr(form))
