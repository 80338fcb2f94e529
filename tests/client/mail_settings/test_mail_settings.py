"""v3 mail settings: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import (
    AddressWhitelistSetting,
    BouncePurgeSetting,
    FooterSetting,
    ForwardBounceSetting,
    ForwardSpamSetting,
    TemplateSetting,
)

from tests.client.friendly_calls import FriendlyCall, friendly_tests

# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "mail_settings/list_mail_settings",
        "mail_settings.list",
        lambda r: (
            [(s.name, s.enabled) for s in r]
            == [("address_whitelist", False), ("bounce_purge", False), ("event_notify", True)]
        ),
        kwargs={"limit": 3, "offset": 0},
    ),
    FriendlyCall(
        "mail_settings/get_address_whitelist_setting",
        "mail_settings.address_whitelist.get",
        lambda r: r.list_ == ["example.com", "jane_doe@example1.com"],
    ),
    FriendlyCall(
        "mail_settings/update_address_whitelist_setting",
        "mail_settings.address_whitelist.update",
        lambda r: (r.enabled, r.list_) == (True, ["email1@example.com"]),
        kwargs={"body": AddressWhitelistSetting(enabled=True, list_=["email1@example.com", "example.com"])},
    ),
    FriendlyCall(
        "mail_settings/get_bounce_purge_setting",
        "mail_settings.bounce_purge.get",
        lambda r: (r.enabled, r.soft_bounces, r.hard_bounces) == (False, 5, 5),
    ),
    FriendlyCall(
        "mail_settings/update_bounce_purge_setting",
        "mail_settings.bounce_purge.update",
        lambda r: r.hard_bounces == 5,
        kwargs={"body": BouncePurgeSetting(enabled=False, soft_bounces=5, hard_bounces=5)},
    ),
    FriendlyCall(
        "mail_settings/get_footer_setting",
        "mail_settings.footer.get",
        lambda r: r.enabled and "Ahoy, World!" in r.html_content and r.plain_content == "",
    ),
    FriendlyCall(
        "mail_settings/update_footer_setting",
        "mail_settings.footer.update",
        lambda r: r.plain_content == "Example plain content",
        kwargs={
            "body": FooterSetting(
                enabled=True, html_content="Example HTML content", plain_content="Example plain content"
            )
        },
    ),
    FriendlyCall(
        "mail_settings/get_forward_bounce_setting",
        "mail_settings.forward_bounce.get",
        lambda r: (r.enabled, r.email) == (True, "bounces@example.com"),
    ),
    FriendlyCall(
        "mail_settings/update_forward_bounce_setting",
        "mail_settings.forward_bounce.update",
        lambda r: r.email == "bounces@example.com",
        kwargs={"body": ForwardBounceSetting(enabled=True, email="bounces@example.com")},
    ),
    FriendlyCall(
        "mail_settings/get_forward_spam_setting",
        "mail_settings.forward_spam.get",
        lambda r: r.email == "abuse@example.com",
    ),
    FriendlyCall(
        "mail_settings/update_forward_spam_setting",
        "mail_settings.forward_spam.update",
        lambda r: (r.enabled, r.email) == (True, "abuse@example.com"),
        kwargs={"body": ForwardSpamSetting(email="abuse@example.com", enabled=True)},
    ),
    FriendlyCall(
        "mail_settings/get_template_setting",
        "mail_settings.template.get",
        lambda r: (r.enabled, r.html_content) == (False, "<p><% body %>Example</p>\n"),
    ),
    FriendlyCall(
        "mail_settings/update_template_setting",
        "mail_settings.template.update",
        lambda r: r.html_content == "<% body %>",
        kwargs={"body": TemplateSetting(enabled=True, html_content="<% body %>")},
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
