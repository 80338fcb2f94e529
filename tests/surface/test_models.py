"""Model reprs never show a field the spec marks secret (format: password, writeOnly)."""

from __future__ import annotations

from sendgrid_reseller.models import CreateCustomerForm, CreateSubuserRequest, UpdateCustomerPasswordForm

from tests.present import present
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
    form = CreateCustomerForm(
        username="x",
        website="x",
        first_name="x",
        last_name="x",
        address="x",
        city="x",
        state="x",
        zip_="x",
        email="x",
        country="x",
        company="x",
        package="x",
        whitelabel="x",
        phone="x",
        password=PASSWORD,
        confirm_password=PASSWORD,
    )
    assert_no_secret(repr(form))


def test_v2_strings_are_typed_and_the_wire_value_stays_reachable() -> None:
    """Observed: V2Customer.active == "false" was truthy, and ids were strings."""
    from sendgrid_reseller.models import V2Customer, V2CustomerStatsDay

    customer = V2Customer.from_dict({"id": "123", "active": "false", "username": "u"})
    assert customer.id == 123 and customer.active is False
    assert customer.raw_values == {"id": "123", "active": "false"}
    assert customer.to_dict() == {"id": "123", "active": "false", "username": "u"}  # sent back as received
    day = V2CustomerStatsDay.from_dict({"date": "2014-03-01"})
    date = present(day.date)
    assert date is not None and date.isoformat() == "2014-03-01"


def test_unreadable_values_decode_to_none_not_an_error() -> None:
    from sendgrid_reseller.models import V2Customer

    customer = V2Customer.from_dict({"id": "abc", "active": "maybe"})
    assert (customer.id, customer.active) == (None, None)
    assert customer.raw_values == {"id": "abc", "active": "maybe"}


def test_a_model_built_in_code_writes_v2_strings() -> None:
    from sendgrid_reseller.models import V2Customer

    assert V2Customer(id=7, active=True).to_dict() == {"id": "7", "active": "true"}


def test_lenient_decoders() -> None:
    from sendgrid_reseller._runtime.wire_values import decode_boolean, decode_date, decode_integer

    assert [decode_boolean(v) for v in ("1", " TRUE ", "yes", 1, "0", "off", "", False, "2")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        None,
    ]
    assert [decode_integer(v) for v in ("42", " 7 ", 3.0, 3.5, "x", None)] == [42, 7, 3, None, None, None]
    assert [str(decode_date(v)) for v in ("2014-03-01", "2014-03-01 10:00:00", "03/01/2014")] == [
        "2014-03-01",
        "2014-03-01",
        "None",
    ]
