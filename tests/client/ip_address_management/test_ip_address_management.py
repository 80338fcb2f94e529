"""v3 IP address management (/v3/send_ips): each documented example through the friendly clients."""

from __future__ import annotations

from sendgrid_reseller.models import (
    AddSendIpRequest,
    CreateSendIpPoolRequest,
    SendIpPoolIps,
    SendIpPoolName,
    SendIpSubusers,
    UpdateSendIpRequest,
)

from tests.client.friendly_calls import FriendlyCall, friendly_tests

IP = "127.0.0.1"
SUBUSERS = SendIpSubusers(subusers=["12345", "67890"])

# The one place naming this area's Python methods.
CALLS = [
    FriendlyCall(
        "ip_address_management/list_send_ips",
        "send_ips.list",
        lambda r: [(i.ip, i.pools[0].id, i.updated_at) for i in r] == [(IP, "12345", None)],
        kwargs={"ip": IP, "limit": 10, "is_leased": True, "pool": "12345", "include_region": True},
    ),
    FriendlyCall(
        "ip_address_management/add_send_ip",
        "send_ips.add",
        lambda r: (r.ip, r.subusers) == (IP, ["12345"]),
        kwargs={"body": AddSendIpRequest(is_auto_warmup=True, is_parent_assigned=True, subusers=["12345"])},
    ),
    FriendlyCall(
        "ip_address_management/get_send_ip",
        "send_ips.get",
        lambda r: (r.pools[0].name, r.region, r.is_leased) == ("transactional_pool", "us", True),
        args=(IP,),
        kwargs={"include_region": True},
    ),
    FriendlyCall(
        "ip_address_management/update_send_ip",
        "send_ips.update",
        lambda r: (r.ip, r.is_enabled) == (IP, True),
        args=(IP,),
        kwargs={"body": UpdateSendIpRequest(is_auto_warmup=True, is_parent_assigned=True, is_enabled=True)},
    ),
    FriendlyCall(
        "ip_address_management/list_send_ip_subusers",
        "send_ips.subusers.list",
        lambda r: r == ["12345", "67890"],
        args=(IP,),
        kwargs={"limit": 100},
    ),
    FriendlyCall(
        "ip_address_management/add_send_ip_subusers",
        "send_ips.subusers.add",
        lambda r: r.subusers == ["12345", "67890"],
        args=(IP,),
        kwargs={"body": SUBUSERS},
    ),
    FriendlyCall(
        "ip_address_management/remove_send_ip_subusers",
        "send_ips.subusers.remove",
        lambda r: r is None,
        args=(IP,),
        kwargs={"body": SUBUSERS},
    ),
    FriendlyCall(
        "ip_address_management/list_send_ip_pools",
        "send_ips.pools.list",
        lambda r: [(p.name, p.total_ip_count) for p in r] == [("transactional_pool", 2), ("marketing_pool", 3)],
    ),
    FriendlyCall(
        "ip_address_management/create_send_ip_pool",
        "send_ips.pools.create",
        lambda r: (r.id, r.ips) == ("12345", [IP, "127.0.0.2"]),
        kwargs={"body": CreateSendIpPoolRequest(name="transactional_pool", ips=[IP, "127.0.0.2"])},
    ),
    FriendlyCall(
        "ip_address_management/get_send_ip_pool",
        "send_ips.pools.get",
        lambda r: (r.name, r.ips_preview) == ("marketing_pool", [IP, "127.0.0.2"]),
        args=("12345",),
    ),
    FriendlyCall(
        "ip_address_management/rename_send_ip_pool",
        "send_ips.pools.rename",
        lambda r: (r.id, r.name) == ("12345", "marketing_pool"),
        args=("12345",),
        kwargs={"body": SendIpPoolName(name="marketing_pool")},
    ),
    FriendlyCall("ip_address_management/delete_send_ip_pool", "send_ips.pools.delete", lambda r: r is None, ("12345",)),
    FriendlyCall(
        "ip_address_management/list_send_ip_pool_ips",
        "send_ips.pools.ips.list",
        lambda r: r[0].pools[0].name == "transactional_pool",
        args=("12345",),
    ),
    FriendlyCall(
        "ip_address_management/add_send_ip_pool_ips",
        "send_ips.pools.ips.add",
        lambda r: len(r.ips) == 4,
        args=("12345",),
        kwargs={"body": SendIpPoolIps(ips=[IP, "127.0.0.2", "127.0.0.3", "127.0.0.4"])},
    ),
    FriendlyCall(
        "ip_address_management/remove_send_ip_pool_ips",
        "send_ips.pools.ips.remove",
        lambda r: r is None,
        args=("12345",),
        kwargs={"body": SendIpPoolIps(ips=[IP, "127.0.0.2"])},
    ),
]

test_documented_example, test_documented_example_async = friendly_tests(CALLS)
