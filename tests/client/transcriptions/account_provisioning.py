"""v3 partner account provisioning: SendGrid's documented examples, one exchange per call."""

from typing import Any

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/account-provisioning-api"
ACCOUNT = "sg2a2bcd3ef4ab5c67d8efab91c01de2fa"
FREE = {"name": "org.ei.free.v1", "type": "package", "quantity": 1}
BASE = f"/v3/partners/accounts/{ACCOUNT}"


def _redirect(exchange: dict[str, Any], location: str) -> dict[str, Any]:
    exchange["response"]["headers"]["Location"] = [location]
    return exchange


CASSETTES = [
    (
        "account_provisioning/list_partner_accounts",
        REF + "-account-operations/get-all-accounts",
        [
            call(
                "GET",
                "/v3/partners/accounts",
                query=f"offset={ACCOUNT}&limit=2",
                response={
                    "accounts": [
                        {"id": ACCOUNT, "email": "test@test.com", "created_at": "2006-01-02T15:04:05Z"},
                        {"id": ACCOUNT, "email": "testing@test.com", "created_at": "2006-01-02T15:04:05Z"},
                    ],
                    "pages": {"last": ACCOUNT},
                },
            )
        ],
    ),
    (
        "account_provisioning/create_partner_account",
        REF + "-account-operations/create-an-account",
        [
            call(
                "POST",
                "/v3/partners/accounts",
                body={
                    "profile": {
                        "first_name": "Sender",
                        "last_name": "Wiz",
                        "company_name": "Twilio SendGrid",
                        "company_website": "https://sendgrid.com",
                        "email": "test@test.com",
                        "timezone": "Asia/Tokyo",
                    },
                    "offerings": [FREE],
                },
                status=201,
                response={"account_id": ACCOUNT},
            )
        ],
    ),
    (
        "account_provisioning/delete_partner_account",
        REF + "-account-operations/delete-an-account",
        [call("DELETE", BASE, status=204)],
    ),
    (
        "account_provisioning/get_partner_account_offerings",
        REF + "-offerings-operations/get-account-offerings",
        [call("GET", BASE + "/offerings", response={"offerings": [FREE]})],
    ),
    (
        "account_provisioning/update_partner_account_offerings",
        REF + "-offerings-operations/update-account-offerings",
        [call("PUT", BASE + "/offerings", body={"offerings": [FREE]}, response={"offerings": [FREE]})],
    ),
    (
        "account_provisioning/authenticate_partner_account",
        REF + "-account-operations/authenticate-an-account-with-single-sign-on (303 to app.sendgrid.com)",
        [_redirect(call("POST", BASE + "/sso", status=303), "https://app.sendgrid.com/")],
    ),
    (
        "account_provisioning/get_partner_account_state",
        REF + "-account-state-operations/get-an-accounts-state",
        [call("GET", BASE + "/state", response={"state": "activated"})],
    ),
    (
        "account_provisioning/update_partner_account_state",
        REF + "-account-state-operations/update-an-accounts-state",
        [call("PUT", BASE + "/state", body={"state": "deactivated"}, status=204)],
    ),
    (
        "account_provisioning/list_partner_offerings",
        REF + "-offerings-operations/get-all-available-offerings",
        [
            call(
                "GET",
                "/v3/partners/offerings",
                response={
                    "catalog": [
                        {
                            "offering": FREE,
                            "entitlements": {
                                "email_sends_max_monthly": 10000,
                                "ip_count": 0,
                                "teammates_max_total": 0,
                                "users_max_total": 0,
                            },
                        }
                    ]
                },
            )
        ],
    ),
    (
        "account_provisioning/list_partner_account_ips",
        REF + "-ip-provisioning/list-account-ips",
        [
            call(
                "GET",
                BASE + "/ips",
                query="limit=2&offset=192.0.0.1",
                response={
                    "result": [{"ip": "174.0.2.1", "region": "us"}, {"ip": "192.0.0.1", "region": "eu"}],
                    "pages": {"last": "192.0.0.1"},
                },
            )
        ],
    ),
    (
        "account_provisioning/add_partner_account_ips",
        REF + "-ip-provisioning/add-account-ips",
        [
            call(
                "POST",
                BASE + "/ips",
                body={"count": 2, "region": "us"},
                status=201,
                response={"ips": ["192.168.1.1", "192.168.1.2"], "region": "us"},
            )
        ],
    ),
    (
        "account_provisioning/remove_partner_account_ips",
        REF + "-ip-provisioning/remove-account-ips",
        [call("DELETE", BASE + "/ips", body={"ips": ["174.0.0.3", "192.0.0.1"]}, status=204)],
    ),
    (
        "account_provisioning/list_partner_settings",
        "https://www.twilio.com/docs/sendgrid/api-reference/settings-partner/returns-a-list-of-all-partner-settings",
        [
            call(
                "GET",
                "/v3/partner_settings",
                query="limit=10&offset=0",
                response={
                    "result": [
                        {
                            "title": "Partner title",
                            "enabled": True,
                            "name": "partner_name",
                            "description": "A description of a partner.",
                        }
                    ]
                },
            )
        ],
    ),
]
