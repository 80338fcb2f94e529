"""v3 webhook configuration: SendGrid's documented example of each call (tsg_webhooks_v3)."""

from tests.client.transcriptions._v3 import call

REF = "https://docs.sendgrid.com/api-reference/webhooks"
ID = "77d4a5da-7015-11ed-a1eb-0242ac120002"
FLAGS = {
    "group_resubscribe": True,
    "delivered": False,
    "group_unsubscribe": True,
    "spam_report": True,
    "bounce": True,
    "deferred": True,
    "unsubscribe": True,
    "processed": False,
    "open": True,
    "click": True,
    "dropped": True,
}
CREATE = {
    "enabled": True,
    "url": "https://example.com/webhook-endpoint",
    **FLAGS,
    "friendly_name": "Enagement Webhook",
    "oauth_client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
    "oauth_client_secret": "335a9b0c65324fd2a62e2953d4b158",
    "oauth_token_url": "https://oauthservice.example.com",
}
DELIVERY = {
    "enabled": True,
    "url": "https://emaildelivery.example.com",
    "group_resubscribe": False,
    "delivered": True,
    "group_unsubscribe": False,
    "spam_report": True,
    "bounce": True,
    "deferred": True,
    "unsubscribe": True,
    "processed": True,
    "open": True,
    "click": True,
    "dropped": True,
    "friendly_name": "Delivery Webhook",
    "id": ID,
    "oauth_client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
    "oauth_token_url": "https://oauthservice.example.com",
}
DATES = {"created_date": "2023-01-01T12:00:00Z", "updated_date": "2023-02-15T10:00:00Z"}
PARSE = {"url": "http://mydomain.com/parse", "hostname": "mail.mydomain.com", "spam_check": True, "send_raw": True}

CASSETTES = [
    (
        "webhooks/create_event_webhook",
        REF + "/create-an-event-webhook (with OAuth)",
        [
            call(
                "POST",
                "/v3/user/webhooks/event/settings",
                status=201,
                body=CREATE,
                response={**{k: v for k, v in CREATE.items() if k != "oauth_client_secret"}, "id": ID, **DATES},
            ),
        ],
    ),
    (
        "webhooks/list_event_webhooks",
        REF + "/get-all-event-webhooks (two webhooks)",
        [
            call(
                "GET",
                "/v3/user/webhooks/event/settings/all",
                response={
                    "max_allowed": 5,
                    "webhooks": [
                        {
                            **DELIVERY,
                            "url": "https://emailengagment.example.com",
                            "friendly_name": "Engagment Webhook",
                            "public_key": "123publickeyabc",
                            **DATES,
                        },
                        {
                            **DELIVERY,
                            "id": "77d4a5da-7015-11ed-a1eb-0242ac120003",
                            "public_key": "123publickeydef",
                            **DATES,
                        },
                    ],
                },
            ),
        ],
    ),
    (
        "webhooks/get_event_webhook",
        REF + "/get-an-event-webhook (one of multiple; its created_at/updated_at kept as sent)",
        [
            call(
                "GET",
                f"/v3/user/webhooks/event/settings/{ID}",
                query="include=account_status_change",
                response={
                    **DELIVERY,
                    "public_key": "123publickeyabc",
                    "created_at": "2023-01-01T12:00:00Z",
                    "updated_at": "2023-02-15T10:00:00Z",
                },
            ),
        ],
    ),
    (
        "webhooks/update_event_webhook",
        REF + "/update-an-event-webhook",
        [
            call(
                "PATCH",
                f"/v3/user/webhooks/event/settings/{ID}",
                body={k: v for k, v in DELIVERY.items() if k != "id"},
                response={**DELIVERY, **DATES},
            ),
        ],
    ),
    (
        "webhooks/delete_event_webhook",
        REF + "/delete-an-event-webhook",
        [
            call("DELETE", f"/v3/user/webhooks/event/settings/{ID}", status=204),
        ],
    ),
    (
        "webhooks/get_event_webhook_public_key",
        REF + "/get-signed-event-webhooks-public-key",
        [
            call(
                "GET",
                f"/v3/user/webhooks/event/settings/signed/{ID}",
                response={"id": ID, "public_key": "123publickeyabc"},
            ),
        ],
    ),
    (
        "webhooks/set_event_webhook_signing",
        REF + "/toggle-signature-verification-for-an-event-webhook",
        [
            call(
                "PATCH",
                f"/v3/user/webhooks/event/settings/signed/{ID}",
                body={"enabled": True},
                response={"id": ID, "public_key": "123publickeyabc"},
            ),
        ],
    ),
    (
        "webhooks/test_event_webhook",
        REF + "/test-an-event-webhooks-settings",
        [
            call(
                "POST",
                "/v3/user/webhooks/event/test",
                status=204,
                body={
                    "id": ID,
                    "url": "https://emailengagment.example.com",
                    "oauth_client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
                    "oauth_client_secret": "335a9b0c65324fd2a62e2953d4b158",
                    "oauth_token_url": "https://oauthservice.example.com",
                },
            ),
        ],
    ),
    (
        "webhooks/list_parse_settings",
        REF + "/retrieve-all-parse-settings",
        [
            call("GET", "/v3/user/webhooks/parse/settings", response={"result": [PARSE]}),
        ],
    ),
    (
        "webhooks/create_parse_setting",
        REF + "/create-a-parse-setting",
        [
            call(
                "POST",
                "/v3/user/webhooks/parse/settings",
                status=201,
                body={
                    "url": "http://email.myhostname.com",
                    "hostname": "myhostname.com",
                    "spam_check": False,
                    "send_raw": True,
                },
                response={
                    "url": "http://email.myhostname.com",
                    "hostname": "myhostname.com",
                    "spam_check": False,
                    "send_raw": True,
                },
            ),
        ],
    ),
    (
        "webhooks/get_parse_setting",
        REF + "/retrieve-a-specific-parse-setting",
        [
            call("GET", "/v3/user/webhooks/parse/settings/mail.mydomain.com", response=PARSE),
        ],
    ),
    (
        "webhooks/update_parse_setting",
        REF + "/update-a-parse-setting",
        [
            call("PATCH", "/v3/user/webhooks/parse/settings/mail.mydomain.com", body=PARSE, response=PARSE),
        ],
    ),
    (
        "webhooks/delete_parse_setting",
        REF + "/delete-a-parse-setting",
        [
            call("DELETE", "/v3/user/webhooks/parse/settings/mail.mydomain.com", status=204),
        ],
    ),
    (
        "webhooks/get_parse_stats",
        REF + "/retrieves-inbound-parse-webhook-statistics (first three documented days)",
        [
            call(
                "GET",
                "/v3/user/webhooks/parse/stats",
                query="limit=3&offset=0&aggregated_by=day&start_date=2015-10-11&end_date=2015-10-13",
                response=[
                    {"date": d, "stats": [{"metrics": {"received": 0}}]}
                    for d in ("2015-10-11", "2015-10-12", "2015-10-13")
                ],
            ),
        ],
    ),
]
