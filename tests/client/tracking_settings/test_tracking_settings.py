"""v3 tracking settings: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import (
    ClickTrackingUpdate,
    GoogleAnalyticsSetting,
    OpenTrackingSetting,
    SubscriptionTrackingSetting,
)

from tests.client.friendly_calls import FriendlyCall, friendly_tests

ANALYTICS = GoogleAnalyticsSetting(
    enabled=True, utm_campaign="website", utm_content="", utm_medium="email", utm_source="sendgrid.com", utm_term=""
)
SUBSCRIPTION = SubscriptionTrackingSetting(
    enabled=True,
    html_content="html content",
    landing="landing page html",
    plain_content="text content",
    replace="replacement tag",
    url="http://mydomain.com/parse",
)

# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "tracking_settings/list_tracking_settings",
        "tracking_settings.list",
        lambda r: [(s.name, s.enabled) for s in r.result] == [("open", True)],
    ),
    FriendlyCall(
        "tracking_settings/get_click_tracking_setting",
        "tracking_settings.click.get",
        lambda r: (r.enabled, r.enable_text) == (True, False),
    ),
    FriendlyCall(
        "tracking_settings/update_click_tracking_setting",
        "tracking_settings.click.update",
        lambda r: r.enabled is True,
        kwargs={"body": ClickTrackingUpdate(enabled=True)},
    ),
    FriendlyCall(
        "tracking_settings/get_google_analytics_setting",
        "tracking_settings.google_analytics.get",
        lambda r: r.utm_content == "lotsandlotsofcontent",
    ),
    FriendlyCall(
        "tracking_settings/update_google_analytics_setting",
        "tracking_settings.google_analytics.update",
        lambda r: (r.utm_source, r.utm_campaign) == ("sendgrid.com", "website"),
        kwargs={"body": ANALYTICS},
    ),
    FriendlyCall("tracking_settings/get_open_tracking_setting", "tracking_settings.open.get", lambda r: r.enabled),
    FriendlyCall(
        "tracking_settings/update_open_tracking_setting",
        "tracking_settings.open.update",
        lambda r: r.enabled is True,
        kwargs={"body": OpenTrackingSetting(enabled=True)},
    ),
    FriendlyCall(
        "tracking_settings/get_subscription_tracking_setting",
        "tracking_settings.subscription.get",
        lambda r: (r.replace, r.url) == ("replacement tag", "http://mydomain.com/parse"),
    ),
    FriendlyCall(
        "tracking_settings/update_subscription_tracking_setting",
        "tracking_settings.subscription.update",
        lambda r: r.landing == "landing page html",
        kwargs={"body": SUBSCRIPTION},
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
