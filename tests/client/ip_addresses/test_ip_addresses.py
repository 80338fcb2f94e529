"""v3 IP addresses: each call's documented example, replayed exactly (request and decoded answer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import AddIpsRequest, IpPoolMembership, IpPoolName

from tests.client.cassettes import replay

Case = tuple[str, Callable[[SendGrid], Any], Callable[[Any], bool]]
CASES: list[Case] = [
    (
        "ip_addresses/add_ips",
        lambda c: c.ips.add(body=AddIpsRequest(count=2, subusers=["subuser1", "subuser2"], warmup=True)),
        lambda r: ([i.ip for i in r.ips], r.remaining_ips) == (["1.2.3.4", "1.2.3.5"], 1),
    ),
    (
        "ip_addresses/list_ips",
        lambda c: c.ips.list(exclude_whitelabels=False, limit=2, offset=0, sort_by_direction="asc"),
        lambda r: [(i.ip, i.whitelabeled, i.rdns) for i in r][1] == ("208.115.214.22", True, "o1.email.example.com"),
    ),
    (
        "ip_addresses/get_ip",
        lambda c: c.ips.get("000.00.00.0"),
        lambda r: r.start_date is None and r.pools == ["test1"],
    ),
    ("ip_addresses/list_assigned_ips", lambda c: c.ips.list_assigned(), lambda r: r[0].pools == ["new_test5"]),
    (
        "ip_addresses/get_remaining_ip_count",
        lambda c: c.ips.remaining(),
        lambda r: (r.results[0].remaining, r.results[0].price_per_ip) == (2, 20),
    ),
    (
        "ip_addresses/create_ip_pool",
        lambda c: c.ips.pools.create(body=IpPoolName(name="marketing")),
        lambda r: r.name == "marketing",
    ),
    (
        "ip_addresses/list_ip_pools",
        lambda c: c.ips.pools.list(),
        lambda r: [p.name for p in r] == ["marketing", "transactional"],
    ),
    ("ip_addresses/get_ip_pool", lambda c: c.ips.pools.get("Sample"), lambda r: len(r.ips) == 3),
    (
        "ip_addresses/rename_ip_pool",
        lambda c: c.ips.pools.rename("marketing", body=IpPoolName(name="new_pool_name")),
        lambda r: r.name == "new_pool_name",
    ),
    ("ip_addresses/delete_ip_pool", lambda c: c.ips.pools.delete("new_pool_name"), lambda r: r is None),
    (
        "ip_addresses/add_ip_to_pool",
        lambda c: c.ips.pools.add_ip("test1", body=IpPoolMembership(ip="000.00.00.0")),
        lambda r: (r.pools, r.warmup) == (["test1"], True),
    ),
    ("ip_addresses/remove_ip_from_pool", lambda c: c.ips.pools.remove_ip("test1", "000.00.00.0"), lambda r: r is None),
]


@pytest.mark.parametrize(("cassette", "call", "check"), CASES, ids=[case[0] for case in CASES])
def test_documented_example(
    v3: SendGrid, cassette: str, call: Callable[[SendGrid], Any], check: Callable[[Any], bool]
) -> None:
    with replay(cassette):
        result = call(v3)
    assert check(result)
