"""Filter / Apps: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    ActivateCustomerAppForm,
    DeactivateCustomerAppForm,
    GetCustomerAppSettingsForm,
    ListCustomerAppsForm,
    SetupCustomerAppForm,
)

from tests.client.cassettes import replay
from tests.present import present

USER = "eexampexample@example.com"


def test_list_customer_apps(v2: SendGrid) -> None:
    with replay("filter_apps/list_customer_apps"):
        apps = v2.reseller.apps.list(body=ListCustomerAppsForm(user=USER))
    assert [a.name for a in apps] == ["gravatar", "clicktrack"]
    assert apps[1].title == "Click Tracking"
    assert [a.activated for a in apps] == [False, False]


def test_activate_customer_app(v2: SendGrid) -> None:
    with replay("filter_apps/activate_customer_app"):
        assert v2.reseller.apps.activate(body=ActivateCustomerAppForm(user=USER, name="newrelic")).message == "success"


def test_deactivate_customer_app(v2: SendGrid) -> None:
    with replay("filter_apps/deactivate_customer_app"):
        assert (
            v2.reseller.apps.deactivate(body=DeactivateCustomerAppForm(user=USER, name="newrelic")).message == "success"
        )


def test_setup_customer_app_sends_app_specific_fields(v2: SendGrid) -> None:
    form = SetupCustomerAppForm(user=USER, name="newrelic")
    form["licence_key"] = "1234567"
    form["enable_subusers"] = "true"
    with replay("filter_apps/setup_customer_app"):
        assert v2.reseller.apps.setup(body=form).message == "success"


def test_get_customer_app_settings(v2: SendGrid) -> None:
    with replay("filter_apps/get_customer_app_settings"):
        result = v2.reseller.apps.get_settings(body=GetCustomerAppSettingsForm(user=USER, name="newrelic"))
    assert present(result.settings).to_dict() == {"field_name": "field_value"}
