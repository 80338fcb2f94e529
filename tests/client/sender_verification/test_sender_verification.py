"""v3 sender verification: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import VerifiedSender, VerifiedSenderRequest, VerifiedSenderUpdate

from tests.client.friendly_calls import FriendlyCall, friendly_tests
from tests.client.transcriptions.sender_verification import REQUEST


def _orders(result: VerifiedSender) -> bool:
    return (result.id, result.from_email, result.verified) == (1234, "orders@example.com", True)


# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "sender_verification/create_verified_sender",
        "verified_senders.create",
        _orders,
        kwargs={"body": VerifiedSenderRequest.from_dict(REQUEST)},
    ),
    FriendlyCall(
        "sender_verification/list_verified_senders",
        "verified_senders.list",
        lambda r: [s.id for s in r] == [1234, 1235],
        kwargs={"limit": 2, "last_seen_id": 1233},
    ),
    FriendlyCall(
        "sender_verification/update_verified_sender",
        "verified_senders.update",
        _orders,
        args=(1234,),
        kwargs={"body": VerifiedSenderUpdate.from_dict(REQUEST)},
    ),
    FriendlyCall("sender_verification/delete_verified_sender", "verified_senders.delete", lambda r: r is None, (1234,)),
    FriendlyCall(
        "sender_verification/list_verified_sender_warn_domains",
        "verified_senders.warn_domains",
        lambda r: (r.results.soft_failures, r.results.hard_failures) == (["gmail.com"], ["yahoo.com"]),
    ),
    FriendlyCall("sender_verification/resend_verified_sender", "verified_senders.resend", lambda r: r is None, (1234,)),
    FriendlyCall(
        "sender_verification/get_verified_sender_steps",
        "verified_senders.steps_completed",
        lambda r: (r.results.sender_verified, r.results.domain_verified) == (True, True),
    ),
    FriendlyCall(
        "sender_verification/verify_sender_token", "verified_senders.verify", lambda r: r is None, ("example-token",)
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
