"""v3 teammates: SendGrid's documented examples, one exchange per call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/teammates"
PROFILE = {
    "phone": "123-345-3453",
    "website": "www.example.com",
    "company": "ACME Inc.",
    "address": "123 Acme St",
    "address2": "",
    "city": "City",
    "state": "CA",
    "country": "USA",
    "zip": "12345",
}
INVITED = {"email": "teammate1@example.com", "scopes": ["user.profile.read", "user.profile.update"], "is_admin": False}


def _teammate(number: int, first: str, user_type: str, is_admin: bool) -> dict[str, object]:
    return {
        "username": f"teammate{number}",
        "email": f"teammate{number}@example.com",
        "first_name": first,
        "last_name": "Doe",
        "user_type": user_type,
        "is_admin": is_admin,
        **PROFILE,
    }


CASSETTES = [
    (
        "teammates/invite_teammate",
        REF + "/invite-teammate",
        [call("POST", "/v3/teammates", body=INVITED, status=201, response={"token": "abcd123abc", **INVITED})],
    ),
    (
        "teammates/list_teammates",
        REF + "/retrieve-all-teammates (the example's `results` key is the schema's `result`)",
        [
            call(
                "GET",
                "/v3/teammates",
                query="limit=10&offset=0",
                response={
                    "result": [
                        _teammate(1, "Jane", "owner", True),
                        _teammate(2, "John", "teammate", False),
                        _teammate(3, "Steve", "admin", True),
                    ]
                },
            )
        ],
    ),
    (
        "teammates/list_teammate_subuser_access",
        REF + "/get-teammate-subuser-access",
        [
            call(
                "GET",
                "/v3/teammates/teammate1/subuser_access",
                query="after_subuser_id=0&limit=1",
                response={
                    "has_restricted_subuser_access": True,
                    "subuser_access": [
                        {
                            "id": 12345,
                            "username": "example_subuser",
                            "email": "subuser@example.com",
                            "disabled": False,
                            "permission_type": "restricted",
                            "scopes": ["mail.send"],
                        }
                    ],
                    "_metadata": {"next_params": {"limit": 1, "after_subuser_id": 12345}},
                },
            )
        ],
    ),
    (
        "teammates/get_teammate",
        REF + "/retrieve-specific-teammate",
        [
            call(
                "GET",
                "/v3/teammates/teammate1",
                response={
                    **_teammate(1, "Jane", "admin", True),
                    "scopes": ["user.profile.read", "user.profile.update"],
                },
            )
        ],
    ),
    (
        "teammates/update_teammate",
        REF + "/update-teammates-permissions",
        [
            call(
                "PATCH",
                "/v3/teammates/teammate1",
                body={"scopes": ["user.profile.read", "user.profile.edit"], "is_admin": False},
                response={
                    **_teammate(1, "Jane", "teammate", False),
                    "scopes": ["user.profile.read", "user.profile.edit"],
                },
            )
        ],
    ),
    ("teammates/delete_teammate", REF + "/delete-teammate", [call("DELETE", "/v3/teammates/teammate1", status=204)]),
    (
        "teammates/list_pending_teammates",
        REF + "/retrieve-all-pending-teammates (the example's `pending_id` is the schema's `token`)",
        [
            call(
                "GET",
                "/v3/teammates/pending",
                response={
                    "result": [
                        {
                            "email": "user1@example.com",
                            "scopes": ["user.profile.read", "user.profile.edit"],
                            "is_admin": False,
                            "token": "abcd123abc",
                            "expiration_date": 1456424263,
                        },
                        {
                            "email": "user2@example.com",
                            "scopes": [],
                            "is_admin": True,
                            "token": "bcde234bcd",
                            "expiration_date": 1456424263,
                        },
                    ]
                },
            )
        ],
    ),
    (
        "teammates/delete_pending_teammate",
        REF + "/delete-pending-teammate",
        [call("DELETE", "/v3/teammates/pending/abcd123abc", status=204)],
    ),
    (
        "teammates/resend_teammate_invite",
        REF + "/resend-teammate-invite",
        [call("POST", "/v3/teammates/pending/abc123abc/resend", response={"token": "abc123abc", **INVITED})],
    ),
]
