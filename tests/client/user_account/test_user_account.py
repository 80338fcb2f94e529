"""v3 user account and Enforced TLS through the friendly client, sync and async."""

from __future__ import annotations

import datetime

from sendgrid_reseller.models import EnforcedTlsSettings, UserEmail, UserPasswordChange, UserProfile, UserUsername

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "get_user_account": "user.account.get",
    "get_user_credits": "user.credits.get",
    "get_user_email": "user.email.get",
    "update_user_email": "user.email.update",
    "update_user_password": "user.password.update",
    "get_user_profile": "user.profile.get",
    "update_user_profile": "user.profile.update",
    "get_user_username": "user.username.get",
    "update_user_username": "user.username.update",
    "get_enforced_tls": "user.enforced_tls.get",
    "update_enforced_tls": "user.enforced_tls.update",
}

CASES = [
    Case("user_account/get_user_account", check=lambda r: (r.type_, r.reputation) == ("paid", 100)),
    Case(
        "user_account/get_user_credits",
        check=lambda r: (r.remain, r.overage, r.next_reset) == (200, 0, datetime.date(2013, 2, 1)),
    ),
    Case("user_account/get_user_email", check=lambda r: r.email == "test@example.com"),
    Case(
        "user_account/update_user_email",
        kwargs={"body": UserEmail(email="example@example.com")},
        check=lambda r: r.email == "example@example.com",
    ),
    Case(
        "user_account/update_user_password",
        kwargs={"body": UserPasswordChange(new_password="n3w-Secret!", old_password="0ld-Secret!")},
        check=lambda r: r.additional_properties == {},
    ),
    Case("user_account/get_user_profile", check=lambda r: (r.company, r.zip_) == ("SendGrid", "92868")),
    Case(
        "user_account/update_user_profile",
        kwargs={"body": UserProfile(first_name="Example", last_name="User", city="Orange")},
        check=lambda r: r.first_name == "Example",
    ),
    Case("user_account/get_user_username", check=lambda r: (r.username, r.user_id) == ("test_username", 1)),
    Case(
        "user_account/update_user_username",
        kwargs={"body": UserUsername(username="test_username")},
        check=lambda r: r.username == "test_username",
    ),
    Case("user_account/get_enforced_tls", check=lambda r: (r.require_tls, r.require_valid_cert) == (False, False)),
    Case(
        "user_account/update_enforced_tls",
        kwargs={"body": EnforcedTlsSettings(require_tls=True, require_valid_cert=False, version=1.2)},
        check=lambda r: (r.require_tls, r.version) == (True, 1.2),
    ),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
