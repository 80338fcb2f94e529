"""v3 reverse DNS (/v3/whitelabel/ips): SendGrid's documented example of each call."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/reverse-dns"


def record(record_id: int, ip: str, rdns: str, users: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": record_id,
        "ip": ip,
        "rdns": rdns,
        "users": users,
        "subdomain": "email",
        "domain": "example.com",
        "valid": True,
        "legacy": False,
        "a_record": {"valid": True, "type": "a", "host": rdns, "data": ip},
    }


JOHN = {"username": "john@example.com", "user_id": 7}

CASSETTES = [
    (
        "reverse_dns/create_reverse_dns",
        REF + "/set-up-reverse-dns",
        [
            call(
                "POST",
                "/v3/whitelabel/ips",
                status=201,
                body={"ip": "192.168.1.2", "subdomain": "email", "domain": "example.com"},
                response=record(123, "192.168.1.2", "o1.email.example.com", []),
            ),
        ],
    ),
    (
        "reverse_dns/list_reverse_dns",
        REF + "/retrieve-all-reverse-dns-records",
        [
            call(
                "GET",
                "/v3/whitelabel/ips",
                query="limit=2&offset=0&ip=192.168",
                response=[
                    record(
                        1, "192.168.1.1", "o1.email.example.com", [JOHN, {"username": "jane@example.com", "user_id": 8}]
                    ),
                    record(
                        2,
                        "192.168.1.2",
                        "o2.email.example.com",
                        [JOHN, {"username": "jane@example2.com", "user_id": 9}],
                    ),
                ],
            ),
        ],
    ),
    (
        "reverse_dns/get_reverse_dns",
        REF + "/retrieve-a-reverse-dns-record",
        [call("GET", "/v3/whitelabel/ips/123", response=record(123, "192.168.1.1", "o1.email.example.com", [JOHN]))],
    ),
    (
        "reverse_dns/delete_reverse_dns",
        REF + "/delete-a-reverse-dns-record",
        [call("DELETE", "/v3/whitelabel/ips/123", status=204)],
    ),
    (
        "reverse_dns/validate_reverse_dns",
        REF + "/validate-a-reverse-dns-record",
        [
            call(
                "POST",
                "/v3/whitelabel/ips/123456/validate",
                response={
                    "id": 123456,
                    "valid": False,
                    "validation_results": {
                        "a_record": {
                            "valid": False,
                            "reason": "Failed to resolve A Record at o1.ptr4283.example.com: no such host",
                        }
                    },
                },
            ),
        ],
    ),
]
