"""v3 webhook configuration: each call's documented example, replayed exactly."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import (
    EventWebhookSettings,
    EventWebhookSigning,
    EventWebhookTestRequest,
    ParseSetting,
    WebhookSecurityOAuthSettings,
    WebhookSecurityPolicySettings,
    WebhookSecuritySignatureSettings,
)
from sendgrid_reseller.types import UNSET

from tests.client.cassettes import replay

POLICY_ID = "5b2b4a5c-93e3-4c6e-bc1e-3c0f3d5b0a11"
ID = "77d4a5da-7015-11ed-a1eb-0242ac120002"
OAUTH: dict[str, Any] = {
    "oauth_client_id": "a835e7210bbb47edbfa71bdfc909b2d7",
    "oauth_token_url": "https://oauthservice.example.com",
}
FLAGS: dict[str, Any] = {
    "group_resubscribe": True,
    "delivered": False,
    "group_unsubscribe": True,
    "spam_report": True,
    "bounce": True,
    "deferred": True,
    "unsubscribe": True,
    "processed": False,
    "open_": True,  # `open` shadows a builtin, so the model calls it open_
    "click": True,
    "dropped": True,
}
DELIVERY: dict[str, Any] = {
    **FLAGS,
    "group_resubscribe": False,
    "delivered": True,
    "group_unsubscribe": False,
    "processed": True,
}
PARSE = ParseSetting(url="http://mydomain.com/parse", hostname="mail.mydomain.com", spam_check=True, send_raw=True)

Case = tuple[str, Callable[[SendGrid], Any], Callable[[Any], bool]]
CASES: list[Case] = [
    (
        "webhooks/create_event_webhook",
        lambda c: c.webhooks.event.create(
            body=EventWebhookSettings(
                enabled=True,
                url="https://example.com/webhook-endpoint",
                friendly_name="Enagement Webhook",
                oauth_client_secret="335a9b0c65324fd2a62e2953d4b158",
                **FLAGS,
                **OAUTH,
            )
        ),
        lambda r: r.id == ID and r.created_date == datetime.datetime(2023, 1, 1, 12, tzinfo=datetime.UTC),
    ),
    (
        "webhooks/list_event_webhooks",
        lambda c: c.webhooks.event.list(),
        lambda r: r.max_allowed == 5 and [w.public_key for w in r.webhooks] == ["123publickeyabc", "123publickeydef"],
    ),
    (
        "webhooks/get_event_webhook",
        lambda c: c.webhooks.event.get_settings(ID, include="account_status_change"),
        lambda r: (
            r.friendly_name == "Delivery Webhook" and r.additional_properties["created_at"] == "2023-01-01T12:00:00Z"
        ),
    ),
    (
        "webhooks/update_event_webhook",
        lambda c: c.webhooks.event.update_settings(
            ID,
            body=EventWebhookSettings(
                enabled=True,
                url="https://emaildelivery.example.com",
                friendly_name="Delivery Webhook",
                **DELIVERY,
                **OAUTH,
            ),
        ),
        lambda r: r.processed is True and r.group_resubscribe is False,
    ),
    ("webhooks/delete_event_webhook", lambda c: c.webhooks.event.delete(ID), lambda r: r is None),
    (
        "webhooks/get_event_webhook_public_key",
        lambda c: c.webhooks.event.get_public_key(ID),
        lambda r: r.public_key == "123publickeyabc",
    ),
    (
        "webhooks/set_event_webhook_signing",
        lambda c: c.webhooks.event.set_signing(ID, body=EventWebhookSigning(enabled=True)),
        lambda r: r.id == ID,
    ),
    (
        "webhooks/test_event_webhook",
        lambda c: c.webhooks.event.test(
            body=EventWebhookTestRequest(
                id=ID,
                url="https://emailengagment.example.com",
                oauth_client_secret="335a9b0c65324fd2a62e2953d4b158",
                **OAUTH,
            )
        ),
        lambda r: r is None,
    ),
    (
        "webhooks/list_parse_settings",
        lambda c: c.webhooks.parse.list(),
        lambda r: [s.hostname for s in r.result] == ["mail.mydomain.com"],
    ),
    (
        "webhooks/create_parse_setting",
        lambda c: c.webhooks.parse.create(
            body=ParseSetting(
                url="http://email.myhostname.com", hostname="myhostname.com", spam_check=False, send_raw=True
            )
        ),
        lambda r: r.spam_check is False,
    ),
    ("webhooks/get_parse_setting", lambda c: c.webhooks.parse.get("mail.mydomain.com"), lambda r: r.send_raw is True),
    (
        "webhooks/update_parse_setting",
        lambda c: c.webhooks.parse.update("mail.mydomain.com", body=PARSE),
        lambda r: r.url == "http://mydomain.com/parse",
    ),
    ("webhooks/delete_parse_setting", lambda c: c.webhooks.parse.delete("mail.mydomain.com"), lambda r: r is None),
    (
        "webhooks/get_parse_stats",
        lambda c: c.webhooks.parse.stats(
            limit=3,
            offset=0,
            aggregated_by="day",
            start_date=datetime.date(2015, 10, 11),
            end_date=datetime.date(2015, 10, 13),
        ),
        lambda r: [d.stats[0].metrics.received for d in r] == [0, 0, 0],
    ),
    (
        "webhooks/list_webhook_security_policies",
        lambda c: c.webhooks.security.list(),
        lambda r: [p.name for p in r.policies] == ["Signed and OAuth", "Signed only"] and r.policies[1].oauth is UNSET,
    ),
    (
        "webhooks/create_webhook_security_policy",
        lambda c: c.webhooks.security.create(
            body=WebhookSecurityPolicySettings(
                name="Signed and OAuth",
                oauth=WebhookSecurityOAuthSettings(
                    client_id="a835e7210bbb47edbfa71bdfc909b2d7",
                    client_secret="never-recorded-secret",
                    token_url="https://oauthservice.example.com",
                    scopes=["webhooks:write"],
                ),
                signature=WebhookSecuritySignatureSettings(enabled=True),
            )
        ),
        lambda r: r.policy.signature.public_key.startswith("MFkw") and r.policy.oauth.scopes == ["webhooks:write"],
    ),
    (
        "webhooks/get_webhook_security_policy",
        lambda c: c.webhooks.security.get(POLICY_ID),
        lambda r: r.policy.id == POLICY_ID,
    ),
    (
        "webhooks/update_webhook_security_policy",
        lambda c: c.webhooks.security.update(POLICY_ID, body=WebhookSecurityPolicySettings(name="Renamed policy")),
        lambda r: r.policy.name == "Renamed policy" and r.policy.signature is UNSET,
    ),
    (
        "webhooks/delete_webhook_security_policy",
        lambda c: c.webhooks.security.delete(POLICY_ID, force=True),
        lambda r: r.policy == POLICY_ID,
    ),
]


@pytest.mark.parametrize(("cassette", "call", "check"), CASES, ids=[case[0] for case in CASES])
def test_documented_example(
    v3: SendGrid, cassette: str, call: Callable[[SendGrid], Any], check: Callable[[Any], bool]
) -> None:
    with replay(cassette):
        result = call(v3)
    assert check(result)
