"""v3 reverse DNS: each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import CreateReverseDnsRequest

from tests.client.friendly_calls import FriendlyCall, friendly_tests

# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "reverse_dns/create_reverse_dns",
        "reverse_dns.create",
        lambda r: (r.id, r.rdns, r.a_record.data, r.users) == (123, "o1.email.example.com", "192.168.1.2", []),
        kwargs={"body": CreateReverseDnsRequest(ip="192.168.1.2", subdomain="email", domain="example.com")},
    ),
    FriendlyCall(
        "reverse_dns/list_reverse_dns",
        "reverse_dns.list",
        lambda r: [(d.id, d.users[1].user_id) for d in r] == [(1, 8), (2, 9)],
        kwargs={"limit": 2, "offset": 0, "ip": "192.168"},
    ),
    FriendlyCall(
        "reverse_dns/get_reverse_dns",
        "reverse_dns.get",
        lambda r: (r.ip, r.users[0].username) == ("192.168.1.1", "john@example.com"),
        args=(123,),
    ),
    FriendlyCall("reverse_dns/delete_reverse_dns", "reverse_dns.delete", lambda r: r is None, args=(123,)),
    FriendlyCall(
        "reverse_dns/validate_reverse_dns",
        "reverse_dns.validate",
        lambda r: not r.valid and r.validation_results.a_record.reason.endswith("no such host"),
        args=(123456,),
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
