"""v3 tracking settings: SendGrid's documented example of each call."""

from typing import Any

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/settings-tracking"
ANALYTICS = {
    "enabled": True,
    "utm_campaign": "website",
    "utm_content": "",
    "utm_medium": "email",
    "utm_source": "sendgrid.com",
    "utm_term": "",
}
SUBSCRIPTION = {
    "enabled": True,
    "html_content": "html content",
    "landing": "landing page html",
    "plain_content": "text content",
    "replace": "replacement tag",
    "url": "http://mydomain.com/parse",
}


def pair(
    kind: str, page: str, current: dict[str, object], body: dict[str, object], answer: dict[str, object]
) -> list[tuple[str, str, list[dict[str, Any]]]]:
    path = f"/v3/tracking_settings/{kind}"
    operation = "google_analytics" if kind == "google_analytics" else f"{kind}_tracking"
    return [
        (f"tracking_settings/get_{operation}_setting", f"{REF}/retrieve-{page}", [call("GET", path, response=current)]),
        (
            f"tracking_settings/update_{operation}_setting",
            f"{REF}/update-{page}",
            [call("PATCH", path, body=body, response=answer)],
        ),
    ]


CASSETTES = [
    (
        "tracking_settings/list_tracking_settings",
        REF + "/retrieve-tracking-settings",
        [
            call(
                "GET",
                "/v3/tracking_settings",
                response={"result": [{"name": "open", "title": "Open Tracking", "enabled": True}]},
            )
        ],
    ),
    *pair(
        "click",
        "click-track-settings",
        {"enable_text": False, "enabled": True},
        {"enabled": True},
        {"enable_text": False, "enabled": True},
    ),
    *pair(
        "google_analytics",
        "google-analytics-settings",
        {**ANALYTICS, "utm_content": "lotsandlotsofcontent"},
        ANALYTICS,
        ANALYTICS,
    ),
    *pair("open", "open-tracking-settings", {"enabled": True}, {"enabled": True}, {"enabled": True}),
    *pair("subscription", "subscription-tracking-settings", SUBSCRIPTION, SUBSCRIPTION, SUBSCRIPTION),
]
