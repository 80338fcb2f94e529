"""v3 IP access management: SendGrid's documented examples."""

from tests.client.transcriptions._v3 import call

REF = "https://www.twilio.com/docs/sendgrid/api-reference/ip-access-management"
RULES = [
    {"id": 1, "ip": "192.168.1.1/32", "created_at": 1441824715, "updated_at": 1441824715},
    {"id": 2, "ip": "192.0.0.0/8", "created_at": 1441824715, "updated_at": 1441824715},
    {"id": 3, "ip": "192.168.1.3/32", "created_at": 1441824715, "updated_at": 1441824715},
]

CASSETTES = [
    (
        "ip_access_management/list_access_activity",
        REF + "/retrieve-all-recent-access-attempts",
        [
            call(
                "GET",
                "/v3/access_settings/activity",
                query="limit=2",
                response={
                    "result": [
                        {
                            "allowed": False,
                            "auth_method": "Web",
                            "first_at": 1444087966,
                            "ip": "1.1.1.1",
                            "last_at": 1444406672,
                            "location": "Australia",
                        },
                        {
                            "allowed": False,
                            "auth_method": "Web",
                            "first_at": 1444087505,
                            "ip": "1.2.3.48",
                            "last_at": 1444087505,
                            "location": "Mukilteo, Washington",
                        },
                    ]
                },
            )
        ],
    ),
    (
        "ip_access_management/add_allowed_ips",
        REF + "/add-one-or-more-ips-to-the-allow-list",
        [
            call(
                "POST",
                "/v3/access_settings/whitelist",
                body={"ips": [{"ip": "192.168.1.1"}, {"ip": "192.0.0.0/8"}, {"ip": "192.168.1.3/32"}]},
                status=201,
                response={"result": RULES},
            )
        ],
    ),
    (
        "ip_access_management/list_allowed_ips",
        REF + "/retrieve-a-list-of-currently-allowed-ips",
        [call("GET", "/v3/access_settings/whitelist", response={"result": RULES})],
    ),
    (
        "ip_access_management/remove_allowed_ips",
        REF + "/remove-one-or-more-ips-from-the-allow-list",
        [call("DELETE", "/v3/access_settings/whitelist", body={"ids": [1, 2, 3]}, status=204)],
    ),
    (
        "ip_access_management/get_allowed_ip",
        REF + "/retrieve-a-specific-allowed-ip",
        [
            call(
                "GET",
                "/v3/access_settings/whitelist/1",
                response={
                    "result": [{"id": 1, "ip": "192.168.1.1", "created_at": 1441824715, "updated_at": 1441824715}]
                },
            )
        ],
    ),
    (
        "ip_access_management/remove_allowed_ip",
        REF + "/remove-a-specific-ip-from-the-allowed-list",
        [call("DELETE", "/v3/access_settings/whitelist/1", status=204)],
    ),
]
