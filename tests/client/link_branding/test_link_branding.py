"""v3 link branding: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import BrandedLink, BrandedLinkSubuser, BrandedLinkUpdate, CreateBrandedLinkRequest

from tests.client.friendly_calls import FriendlyCall, friendly_tests

JANE = "jane@example.com"


def _mail_link(result: BrandedLink) -> bool:
    return (result.id, result.subdomain, result.dns.domain_cname.host) == (1, "mail", "mail.example.com")


# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "link_branding/create_branded_link",
        "link_branding.create",
        _mail_link,
        kwargs={"body": CreateBrandedLinkRequest(domain="example.com", subdomain="mail", default=True)},
    ),
    FriendlyCall(
        "link_branding/list_branded_links",
        "link_branding.list",
        lambda r: [(b.id, b.default, b.dns.owner_cname.valid) for b in r] == [(1, True, True), (2, False, False)],
        kwargs={"limit": 10},
    ),
    FriendlyCall("link_branding/get_branded_link", "link_branding.get", _mail_link, args=(1,)),
    FriendlyCall(
        "link_branding/update_branded_link",
        "link_branding.update",
        lambda r: r.default is True,
        args=(1,),
        kwargs={"body": BrandedLinkUpdate(default=True)},
    ),
    FriendlyCall("link_branding/delete_branded_link", "link_branding.delete", lambda r: r is None, args=(1,)),
    FriendlyCall(
        "link_branding/validate_branded_link",
        "link_branding.validate",
        lambda r: (r.validation_results.domain_cname.valid, r.validation_results.owner_cname.reason) == (False, None),
        args=(1,),
    ),
    FriendlyCall(
        "link_branding/associate_branded_link_with_subuser",
        "link_branding.subusers.associate",
        _mail_link,
        args=(1,),
        kwargs={"body": BrandedLinkSubuser(username=JANE)},
    ),
    FriendlyCall(
        "link_branding/get_default_branded_link",
        "link_branding.get_default",
        _mail_link,
        kwargs={"domain": "example.com"},
    ),
    FriendlyCall(
        "link_branding/get_subuser_branded_link", "link_branding.subusers.get", _mail_link, kwargs={"username": JANE}
    ),
    FriendlyCall(
        "link_branding/disassociate_branded_link_from_subuser",
        "link_branding.subusers.disassociate",
        lambda r: r is None,
        kwargs={"username": JANE},
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
