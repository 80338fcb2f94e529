"""v3 alerts: SendGrid's documented examples."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/alerts"
DAILY = {
    "created_at": 1451520930,
    "email_to": "example@example.com",
    "frequency": "daily",
    "id": 48,
    "type": "stats_notification",
    "updated_at": 1451520930,
}

CASSETTES = [
    (
        "alerts/create_alert",
        REF + "/create-a-new-alert",
        [
            call(
                "POST",
                "/v3/alerts",
                body={"type": "stats_notification", "email_to": "example@example.com", "frequency": "daily"},
                status=201,
                response=DAILY,
            )
        ],
    ),
    (
        "alerts/list_alerts",
        REF + "/retrieve-all-alerts",
        [
            call(
                "GET",
                "/v3/alerts",
                response=[
                    {
                        "created_at": 1451498784,
                        "email_to": "example1@example.com",
                        "id": 46,
                        "percentage": 90,
                        "type": "usage_limit",
                        "updated_at": 1451498784,
                    },
                    {
                        "created_at": 1451498812,
                        "email_to": "example2@example.com",
                        "frequency": "monthly",
                        "id": 47,
                        "type": "stats_notification",
                        "updated_at": 1451498812,
                    },
                ],
            )
        ],
    ),
    ("alerts/get_alert", REF + "/retrieve-a-specific-alert", [call("GET", "/v3/alerts/48", response=DAILY)]),
    (
        "alerts/update_alert",
        REF + "/update-an-alert",
        [
            call(
                "PATCH",
                "/v3/alerts/48",
                body={"email_to": "example@example.com"},
                response={**DAILY, "updated_at": 1451522691},
            )
        ],
    ),
    ("alerts/delete_alert", REF + "/delete-an-alert", [call("DELETE", "/v3/alerts/48", status=204)]),
]
