"""Event Notification Url: each documented call's exact wire request and decoded response."""

from __future__ import annotations

from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    DeleteCustomerEventNotificationUrlForm,
    GetCustomerEventNotificationUrlForm,
    SetCustomerEventNotificationUrlForm,
)

from tests.client.cassettes import replay

USER = "eexampexample@example.com"
URL = "http://www.SubUserPostUrlHere.com"


def test_get_customer_event_notification_url(v2: SendGrid) -> None:
    with replay("event_notification_url/get_customer_event_notification_url"):
        result = v2.reseller.event_notification_url.get(body=GetCustomerEventNotificationUrlForm(user=USER))
    assert result.url == URL


def test_set_customer_event_notification_url(v2: SendGrid) -> None:
    form = SetCustomerEventNotificationUrlForm(user=USER, url=URL)
    with replay("event_notification_url/set_customer_event_notification_url"):
        assert v2.reseller.event_notification_url.set(body=form).message == "success"


def test_delete_customer_event_notification_url(v2: SendGrid) -> None:
    form = DeleteCustomerEventNotificationUrlForm(user=USER)
    with replay("event_notification_url/delete_customer_event_notification_url"):
        assert v2.reseller.event_notification_url.delete(body=form).message == "success"
