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
    "oauth_client_secret": "<OAUTH_CLIENT_SECRET>",
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

# Security policies: SendGrid documents their shapes (sendgrid-go rest/api/v3/webhooks) but no
# example values, so these values are ours.
POLICIES = "https://github.com/sendgrid/sendgrid-go/tree/main/rest/api/v3/webhooks/docs"
POLICY_ID = "5b2b4a5c-93e3-4c6e-bc1e-3c0f3d5b0a11"
POLICY_SETTINGS = {
    "name": "Signed and OAuth",
    "oauth": {
        "client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
        "client_secret": "<OAUTH_CLIENT_SECRET>",
        "token_url": "https://oauthservice.example.com",
        "scopes": ["webhooks:write"],
    },
    "signature": {"enabled": True},
}
POLICY = {
    "id": POLICY_ID,
    "name": "Signed and OAuth",
    "oauth": {
        "client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
        "token_url": "https://oauthservice.example.com",
        "scopes": ["webhooks:write"],
    },
    "signature": {"public_key": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexamplekey=="},
}
SIGNED_ONLY = {
    "id": "0e6e0f4a-7b5e-4d4f-9a7e-2b1d3c4e5f60",
    "name": "Signed only",
    "signature": {"public_key": "MFkwexample=="},
}

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
                    "oauth_client_secret": "<OAUTH_CLIENT_SECRET>",
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
    (
        "webhooks/list_webhook_security_policies",
        POLICIES + " (list; field values illustrative, shapes as documented)",
        [call("GET", "/v3/user/webhooks/security/policies", response={"policies": [POLICY, SIGNED_ONLY]})],
    ),
    (
        "webhooks/create_webhook_security_policy",
        POLICIES + " (create with OAuth and signing)",
        [
            call(
                "POST",
                "/v3/user/webhooks/security/policies",
                status=201,
                body=POLICY_SETTINGS,
                response={"policy": POLICY},
            )
        ],
    ),
    (
        "webhooks/get_webhook_security_policy",
        POLICIES + " (get)",
        [call("GET", f"/v3/user/webhooks/security/policies/{POLICY_ID}", response={"policy": POLICY})],
    ),
    (
        "webhooks/update_webhook_security_policy",
        POLICIES + " (update; the answer has no signature object)",
        [
            call(
                "PATCH",
                f"/v3/user/webhooks/security/policies/{POLICY_ID}",
                body={"name": "Renamed policy"},
                response={"policy": {k: v for k, v in POLICY.items() if k != "signature"} | {"name": "Renamed policy"}},
            )
        ],
    ),
    (
        "webhooks/delete_webhook_security_policy",
        POLICIES + " (delete with force)",
        [
            call(
                "DELETE",
                f"/v3/user/webhooks/security/policies/{POLICY_ID}",
                query="force=true",
                response={"policy": POLICY_ID},
            )
        ],
    ),
]
