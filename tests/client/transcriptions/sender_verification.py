"""v3 sender verification (/v3/verified_senders): SendGrid's documented example of each call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/sender-verification"
REQUEST = {
    "nickname": "Orders",
    "from_email": "orders@example.com",
    "from_name": "Example Orders",
    "reply_to": "orders@example.com",
    "reply_to_name": "Example Orders",
    "address": "1234 Fake St",
    "address2": "PO Box 1234",
    "state": "CA",
    "city": "San Francisco",
    "country": "USA",
    "zip": "94105",
}


def sender(sender_id: int, name: str, mailbox: str) -> dict[str, object]:
    return {
        "id": sender_id,
        "nickname": f"Example {name}",
        "from_email": f"{mailbox}@example.com",
        "from_name": f"Example {name}",
        "reply_to": f"{mailbox}@example.com",
        "reply_to_name": f"Example {name}",
        "address": "1234 Fake St.",
        "address2": "PO Box 1234",
        "state": "CA",
        "city": "San Francisco",
        "country": "USA",
        "zip": "94105",
        "verified": True,
        "locked": False,
    }


ORDERS = sender(1234, "Orders", "orders")

CASSETTES = [
    (
        "sender_verification/create_verified_sender",
        REF + "/create-verified-sender-request",
        [call("POST", "/v3/verified_senders", status=201, body=REQUEST, response=ORDERS)],
    ),
    (
        "sender_verification/list_verified_senders",
        REF + "/get-all-verified-senders",
        [
            call(
                "GET",
                "/v3/verified_senders",
                query="limit=2&lastSeenID=1233",
                response={"results": [ORDERS, sender(1235, "Support", "support")]},
            )
        ],
    ),
    (
        "sender_verification/update_verified_sender",
        REF + "/edit-verified-sender",
        [call("PATCH", "/v3/verified_senders/1234", body=REQUEST, response=ORDERS)],
    ),
    (
        "sender_verification/delete_verified_sender",
        REF + "/delete-verified-sender",
        [call("DELETE", "/v3/verified_senders/1234", status=204)],
    ),
    (
        "sender_verification/list_verified_sender_warn_domains",
        REF + "/domain-warn-list",
        [
            call(
                "GET",
                "/v3/verified_senders/domains",
                response={"results": {"soft_failures": ["gmail.com"], "hard_failures": ["yahoo.com"]}},
            )
        ],
    ),
    (
        "sender_verification/resend_verified_sender",
        REF + "/resend-verified-sender-request",
        [call("POST", "/v3/verified_senders/resend/1234", status=204)],
    ),
    (
        "sender_verification/get_verified_sender_steps",
        REF + "/completed-steps",
        [
            call(
                "GET",
                "/v3/verified_senders/steps_completed",
                response={"results": {"domain_verified": True, "sender_verified": True}},
            )
        ],
    ),
    (
        "sender_verification/verify_sender_token",
        REF + "/verify-sender-request (token is a placeholder)",
        [call("GET", "/v3/verified_senders/verify/example-token", status=204)],
    ),
]
