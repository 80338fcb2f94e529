"""IP Management (v2 reseller): the documented example of each call (the sample lists one IP twice)."""

from tests.client.cassettes import v2_call

DOCS = "https://sendgrid.com/docs/API_Reference/Web_API/Reseller_API/ip_management.html"
IP = "/apiv2/reseller.ip.json"
IPS = (
    '[{"ip":"255.255.255.250"},{"ip":"255.255.255.251"},{"ip":"255.255.255.251"},{"ip":"255.255.255.252"},'
    '{"ip":"255.255.255.253"},{"ip":"255.255.255.254"}]'
)

CASSETTES = [
    ("ip_management/list_reseller_ips", DOCS + " (All)", [v2_call(IP, "task=all", IPS)]),
    ("ip_management/list_free_reseller_ips", DOCS + " (Free)", [v2_call(IP, "task=free", IPS)]),
    ("ip_management/list_taken_reseller_ips", DOCS + " (Taken)", [v2_call(IP, "task=taken", IPS)]),
    ("ip_management/list_available_reseller_ips", DOCS + " (Available)", [v2_call(IP, "task=available", IPS)]),
    (
        "ip_management/get_reseller_ip_usage",
        DOCS + " (Usage)",
        [
            v2_call(
                IP,
                "task=usage&user=example.com",
                '[{"ip":"255.255.253.0","user":"example@example.com"},{"ip":"255.255.254.0","user":"example@example.com"}]',
            )
        ],
    ),
]
