"""v3 user account and Enforced TLS: SendGrid's documented examples (passwords as placeholders)."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/users-api"
TLS = "https://www.twilio.com/docs/sendgrid/api-reference/settings-enforced-tls"
PROFILE = {
    "address": "814 West Chapman Avenue",
    "address2": "",
    "city": "Orange",
    "company": "SendGrid",
    "country": "US",
    "first_name": "Test",
    "last_name": "User",
    "phone": "555-555-5555",
    "state": "CA",
    "website": "http://www.sendgrid.com",
    "zip": "92868",
}

CASSETTES = [
    (
        "user_account/get_user_account",
        REF + "/get-a-users-account-information",
        [call("GET", "/v3/user/account", response={"reputation": 100, "type": "paid"})],
    ),
    (
        "user_account/get_user_credits",
        REF + "/retrieve-your-credit-balance",
        [
            call(
                "GET",
                "/v3/user/credits",
                response={
                    "remain": 200,
                    "total": 200,
                    "overage": 0,
                    "used": 0,
                    "last_reset": "2013-01-01",
                    "next_reset": "2013-02-01",
                    "reset_frequency": "monthly",
                },
            )
        ],
    ),
    (
        "user_account/get_user_email",
        REF + "/retrieve-your-account-email-address",
        [call("GET", "/v3/user/email", response={"email": "test@example.com"})],
    ),
    (
        "user_account/update_user_email",
        REF + "/update-your-account-email-address",
        [
            call(
                "PUT",
                "/v3/user/email",
                body={"email": "example@example.com"},
                response={"email": "example@example.com"},
            )
        ],
    ),
    (
        "user_account/update_user_password",
        REF + "/update-your-password (both passwords scrubbed to placeholders)",
        [
            call(
                "PUT",
                "/v3/user/password",
                body={"new_password": "<NEW_PASSWORD>", "old_password": "<OLD_PASSWORD>"},
                response={},
            )
        ],
    ),
    (
        "user_account/get_user_profile",
        REF + "/get-a-users-profile",
        [call("GET", "/v3/user/profile", response=PROFILE)],
    ),
    (
        "user_account/update_user_profile",
        REF + "/update-a-users-profile",
        [
            call(
                "PATCH",
                "/v3/user/profile",
                body={"first_name": "Example", "last_name": "User", "city": "Orange"},
                response={**PROFILE, "first_name": "Example"},
            )
        ],
    ),
    (
        "user_account/get_user_username",
        REF + "/retrieve-your-username",
        [call("GET", "/v3/user/username", response={"username": "test_username", "user_id": 1})],
    ),
    (
        "user_account/update_user_username",
        REF + "/update-your-username",
        [
            call(
                "PUT",
                "/v3/user/username",
                body={"username": "test_username"},
                response={"username": "test_username"},
            )
        ],
    ),
    (
        "user_account/get_enforced_tls",
        TLS + "/retrieve-current-enforced-tls-settings",
        [call("GET", "/v3/user/settings/enforced_tls", response={"require_tls": False, "require_valid_cert": False})],
    ),
    (
        "user_account/update_enforced_tls",
        TLS + "/update-enforced-tls-settings",
        [
            call(
                "PATCH",
                "/v3/user/settings/enforced_tls",
                body={"require_tls": True, "require_valid_cert": False, "version": 1.2},
                response={"require_tls": True, "require_valid_cert": False, "version": 1.2},
            )
        ],
    ),
]
