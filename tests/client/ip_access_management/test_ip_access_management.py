"""v3 IP access management through the friendly client, sync and async."""

from __future__ import annotations

from sendgrid_reseller.models import AllowedIpEntry, AllowedIpIds, AllowedIpsAdd

from tests.client.v3_cases import Case, area_tests

# The friendly client's name of each call (operationId -> client path): the one table to edit.
NAMES = {
    "list_access_activity": "ip_access.activity.list",
    "add_allowed_ips": "ip_access.allow_list.add",
    "list_allowed_ips": "ip_access.allow_list.list",
    "get_allowed_ip": "ip_access.allow_list.get",
    "remove_allowed_ip": "ip_access.allow_list.remove",
    "remove_allowed_ips": "ip_access.allow_list.remove_many",
}

RULES = ["192.168.1.1/32", "192.0.0.0/8", "192.168.1.3/32"]
CASES = [
    Case(
        "ip_access_management/list_access_activity",
        kwargs={"limit": 2},
        check=lambda r: (
            [(a.ip, a.location) for a in r.result] == [("1.1.1.1", "Australia"), ("1.2.3.48", "Mukilteo, Washington")]
        ),
    ),
    Case(
        "ip_access_management/add_allowed_ips",
        kwargs={
            "body": AllowedIpsAdd(
                ips=[
                    AllowedIpEntry(ip="192.168.1.1"),
                    AllowedIpEntry(ip="192.0.0.0/8"),
                    AllowedIpEntry(ip="192.168.1.3/32"),
                ]
            )
        },
        check=lambda r: [(x.id, x.ip) for x in r.result] == list(enumerate(RULES, start=1)),
    ),
    Case("ip_access_management/list_allowed_ips", check=lambda r: [x.ip for x in r.result] == RULES),
    Case("ip_access_management/get_allowed_ip", (1,), check=lambda r: [x.ip for x in r.result] == ["192.168.1.1"]),
    Case("ip_access_management/remove_allowed_ip", (1,)),
    Case("ip_access_management/remove_allowed_ips", kwargs={"body": AllowedIpIds(ids=[1, 2, 3])}),
]


test_names_are_the_spec_client_paths, test_sync, test_async = area_tests(NAMES, CASES)
