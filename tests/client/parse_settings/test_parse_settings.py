"""Parse Settings: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    CreateCustomerParseSettingForm,
    DeleteCustomerParseSettingForm,
    GetCustomerParseSettingsForm,
    UpdateCustomerParseSettingForm,
)

from tests.client.cassettes import replay
from tests.present import present

USER = "eexampexample@example.com"
HOST = "www.example.com"
URL = "www.mydomain.com/parse.php"


def test_get_customer_parse_settings(v2: SendGrid) -> None:
    with replay("parse_settings/get_customer_parse_settings"):
        settings = v2.reseller.parse.get(body=GetCustomerParseSettingsForm(user=USER))
    parse = present(settings.parse)
    assert [(s.hostname, s.url) for s in parse] == [(HOST, URL)]
    assert parse[0].spam_check == 1


def test_create_customer_parse_setting(v2: SendGrid) -> None:
    form = CreateCustomerParseSettingForm(user=USER, hostname=HOST, url=URL, spam_check=1)
    with replay("parse_settings/create_customer_parse_setting"):
        assert v2.reseller.parse.create(body=form).message == "success"


def test_update_customer_parse_setting(v2: SendGrid) -> None:
    form = UpdateCustomerParseSettingForm(user=USER, hostname=HOST, url=URL, spam_check=1)
    with replay("parse_settings/update_customer_parse_setting"):
        assert v2.reseller.parse.update(body=form).message == "success"


def test_delete_customer_parse_setting(v2: SendGrid) -> None:
    with replay("parse_settings/delete_customer_parse_setting"):
        assert (
            v2.reseller.parse.delete(body=DeleteCustomerParseSettingForm(user=USER, hostname=HOST)).message == "success"
        )
