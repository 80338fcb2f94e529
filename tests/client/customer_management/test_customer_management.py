"""Customer Management: each documented call's exact wire request and decoded response."""

from __future__ import annotations

import pytest
from sendgrid_reseller import AsyncSendGrid, BadRequestError, RateLimitError, RequestOptions, SendGrid
from sendgrid_reseller.models import (
    CreateCustomerForm,
    DeleteCustomerForm,
    DisableCustomerForm,
    DisableCustomerWebsiteAccessForm,
    EnableCustomerForm,
    EnableCustomerWebsiteAccessForm,
    UpdateCustomerEmailForm,
    UpdateCustomerPasswordForm,
    UpdateCustomerProfileForm,
    UpdateCustomerUsernameForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"
NEW_USER = "neweexampexample@example.com"


def test_create_customer(v2: SendGrid) -> None:
    form = CreateCustomerForm(
        username=NEW_USER,
        website="example.com",
        password="samplepassword",
        confirm_password="samplepassword",
        first_name="fname",
        last_name="lname",
        address="555_anystreet",
        city="any_city",
        state="CA",
        zip_="91234",
        email=NEW_USER,
        country="US",
        phone="555-555",
        free_user="true",
        company="company",
        whitelabel="sendgrid.me",
        package="Silver Package",
    )
    with replay("customer_management/create_customer"):
        result = v2.reseller.customers.create(body=form)
    assert result.message == "success"


def test_delete_customer(v2: SendGrid) -> None:
    with replay("customer_management/delete_customer"):
        assert v2.reseller.customers.delete(body=DeleteCustomerForm(user=USER)).message == "success"


def test_list_customers(v2: SendGrid) -> None:
    with replay("customer_management/list_customers"):
        customers = v2.reseller.customers.list()
    # Typed by x-sendgrid-decode; the wire strings stay reachable.
    assert [c.id for c in customers] == [123, 124]
    assert [c.active for c in customers] == [True, False]
    assert [c.raw_values["active"] for c in customers] == ["true", "false"]
    assert customers.items[0].to_dict()["phone"] == "555-555-5555"
    assert customers.items[1].first_name == "jane"


async def test_list_customers_async(v2_async: AsyncSendGrid) -> None:
    with replay("customer_management/list_customers"):
        customers = await v2_async.reseller.customers.list()
    assert [c.email for c in customers.items] == ["example1@example.com", "example2@example.com"]


def test_enable_customer(v2: SendGrid) -> None:
    with replay("customer_management/enable_customer"):
        assert v2.reseller.customers.enable(body=EnableCustomerForm(user=USER)).message == "success"


def test_disable_customer(v2: SendGrid) -> None:
    with replay("customer_management/disable_customer"):
        assert v2.reseller.customers.disable(body=DisableCustomerForm(user=USER)).message == "success"


def test_enable_customer_website_access(v2: SendGrid) -> None:
    with replay("customer_management/enable_customer_website_access"):
        result = v2.reseller.customers.enable_website_access(body=EnableCustomerWebsiteAccessForm(user=USER))
    assert result.message == "success"


def test_disable_customer_website_access(v2: SendGrid) -> None:
    with replay("customer_management/disable_customer_website_access"):
        result = v2.reseller.customers.disable_website_access(body=DisableCustomerWebsiteAccessForm(user=USER))
    assert result.message == "success"


def test_update_customer_profile(v2: SendGrid) -> None:
    form = UpdateCustomerProfileForm(user=USER, first_name="newFirstName", last_name="newLastName")
    with replay("customer_management/update_customer_profile"):
        assert v2.reseller.customers.update_profile(body=form).message == "success"


def test_update_customer_password(v2: SendGrid) -> None:
    form = UpdateCustomerPasswordForm(user=USER, password="newPasword", confirm_password="newPassword")
    with replay("customer_management/update_customer_password"):
        assert v2.reseller.customers.update_password(body=form).message == "success"


def test_update_customer_username(v2: SendGrid) -> None:
    form = UpdateCustomerUsernameForm(user=USER, username=NEW_USER)
    with replay("customer_management/update_customer_username"):
        assert v2.reseller.customers.update_username(body=form).message == "success"


def test_update_customer_email(v2: SendGrid) -> None:
    form = UpdateCustomerEmailForm(user=USER, email=NEW_USER)
    with replay("customer_management/update_customer_email"):
        assert v2.reseller.customers.update_email(body=form).message == "success"


def test_v2_error_body_raises_typed_error(v2: SendGrid) -> None:
    with replay("customer_management/delete_customer.error"), pytest.raises(BadRequestError) as caught:
        v2.reseller.customers.delete(body=DeleteCustomerForm(user=USER))
    assert caught.value.status_code == 400
    assert [detail.message for detail in caught.value.details] == ["...error messages..."]


def test_documented_429_with_invalid_json_raises_rate_limit_error(v2: SendGrid) -> None:
    with replay("customer_management/list_customers.429"), pytest.raises(RateLimitError) as caught:
        v2.reseller.customers.list(options=RequestOptions(max_attempts=1))
    assert caught.value.status_code == 429
    assert caught.value.reset_at == 1392815263
    assert "too many requests" in caught.value.body


def test_recorded_429_then_200_is_retried_through_the_generated_client(v2: SendGrid) -> None:
    with replay("customer_management/list_customers.429-then-200") as cassette:
        page = v2.reseller.customers.list_detailed()
    assert cassette.play_count == 2
    assert [c.id for c in page.parsed] == [123]
    assert page.rate_limit is not None and page.rate_limit.remaining == 149


async def test_recorded_429_then_200_is_retried_async(v2_async: AsyncSendGrid) -> None:
    with replay("customer_management/list_customers.429-then-200") as cassette:
        customers = await v2_async.reseller.customers.list()
    assert cassette.play_count == 2
    assert customers.items[0].active is True
