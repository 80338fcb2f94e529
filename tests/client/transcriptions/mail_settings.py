"""v3 mail settings: SendGrid's documented example of each call."""

from typing import Any

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/settings-mail"
FOOTER_HTML = '<p><a href="http://example.com" target="_blank">Ahoy, World!</a></p>\n'
TEMPLATE_HTML = "<p><% body %>Example</p>\n"


def setting(name: str, title: str, enabled: bool) -> dict[str, object]:
    return {"title": title, "enabled": enabled, "name": name}


def pair(
    operation: str, path: str, page: str, current: dict[str, object], body: dict[str, object], answer: dict[str, object]
) -> list[tuple[str, str, list[dict[str, Any]]]]:
    return [
        (
            f"mail_settings/get_{operation}",
            f"{REF}/retrieve-{page}-mail-settings",
            [call("GET", path, response=current)],
        ),
        (
            f"mail_settings/update_{operation}",
            f"{REF}/update-{page}-mail-settings",
            [call("PATCH", path, body=body, response=answer)],
        ),
    ]


CASSETTES = [
    (
        "mail_settings/list_mail_settings",
        REF + "/retrieve-all-mail-settings",
        [
            call(
                "GET",
                "/v3/mail_settings",
                query="limit=3&offset=0",
                response={
                    "result": [
                        setting("address_whitelist", "Address Whitelist", False),
                        setting("bounce_purge", "Bounce Purge", False),
                        setting("event_notify", "Event Notification", True),
                    ]
                },
            )
        ],
    ),
    *pair(
        "address_whitelist_setting",
        "/v3/mail_settings/address_whitelist",
        "address-whitelist",
        {"enabled": True, "list": ["example.com", "jane_doe@example1.com"]},
        {"enabled": True, "list": ["email1@example.com", "example.com"]},
        {"enabled": True, "list": ["email1@example.com"]},
    ),
    *pair(
        "bounce_purge_setting",
        "/v3/mail_settings/bounce_purge",
        "bounce-purge",
        {"enabled": False, "soft_bounces": 5, "hard_bounces": 5},
        {"enabled": False, "soft_bounces": 5, "hard_bounces": 5},
        {"enabled": False, "hard_bounces": 5, "soft_bounces": 5},
    ),
    *pair(
        "footer_setting",
        "/v3/mail_settings/footer",
        "footer",
        {"enabled": True, "html_content": FOOTER_HTML, "plain_content": ""},
        {"enabled": True, "html_content": "Example HTML content", "plain_content": "Example plain content"},
        {"enabled": True, "html_content": "Example HTML content", "plain_content": "Example plain content"},
    ),
    *pair(
        "forward_bounce_setting",
        "/v3/mail_settings/forward_bounce",
        "forward-bounce",
        {"enabled": True, "email": "bounces@example.com"},
        {"enabled": True, "email": "bounces@example.com"},
        {"email": "bounces@example.com", "enabled": True},
    ),
    *pair(
        "forward_spam_setting",
        "/v3/mail_settings/forward_spam",
        "forward-spam",
        {"email": "abuse@example.com", "enabled": True},
        {"email": "abuse@example.com", "enabled": True},
        {"email": "abuse@example.com", "enabled": True},
    ),
    *pair(
        "template_setting",
        "/v3/mail_settings/template",
        "template",
        {"enabled": False, "html_content": TEMPLATE_HTML},
        {"enabled": True, "html_content": "<% body %>"},
        {"enabled": True, "html_content": "<% body %>"},
    ),
]
