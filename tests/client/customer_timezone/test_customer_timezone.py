"""Customer Timezone: each documented call's exact wire request and decoded response (list and get are GET)."""

from __future__ import annotations

import pytest
from sendgrid_reseller import AsyncSendGrid, RateLimitError, RequestOptions, SendGrid
from sendgrid_reseller.models import SetCustomerTimezoneForm

from tests.client.cassettes import replay

USER = "eexampexample@example.com"


def test_list_customer_timezones(v2: SendGrid) -> None:
    with replay("customer_timezone/list_customer_timezones"):
        zones = v2.reseller.timezones.list()
    assert [z.timezone for z in zones] == ["Europe/Bucharest", "Europe/London", "America/Los_Angeles"]
    assert [z.offset for z in zones] == [-7200, 0, 28800]
    assert zones[2].name == "Pacific Time, US & Canada"


async def test_list_customer_timezones_async(v2_async: AsyncSendGrid) -> None:
    with replay("customer_timezone/list_customer_timezones"):
        zones = await v2_async.reseller.timezones.list()
    assert [z.display for z in zones] == ["GMT+02:00", "GMT-00:00", "GMT-08:00"]


def test_get_customer_timezone(v2: SendGrid) -> None:
    with replay("customer_timezone/get_customer_timezone"):
        zone = v2.reseller.timezones.get(user=USER)
    assert zone.timezone == "America/Chicago"
    assert zone.offset == 21600
    assert zone.display == "GMT-06:00"


def test_set_customer_timezone(v2: SendGrid) -> None:
    form = SetCustomerTimezoneForm(user=USER, timezone="America/Los_Angeles")
    with replay("customer_timezone/set_customer_timezone"):
        assert v2.reseller.timezones.set(body=form).message == "success"


def test_documented_429_on_a_get_call_raises_rate_limit_error(v2: SendGrid) -> None:
    with replay("customer_timezone/list_customer_timezones.429"), pytest.raises(RateLimitError) as caught:
        v2.reseller.timezones.list(options=RequestOptions(max_attempts=1))
    assert caught.value.status_code == 429
    assert caught.value.reset_at == 1392815263
