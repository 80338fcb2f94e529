"""Sandbox /v3/send_ips and /v3/ips/warmup: stateful IPs, pools, subusers and next_params paging."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from sendgrid_reseller import SendGrid
from sendgrid_reseller.models import CreateSendIpPoolRequest, SendIpPoolIps, SendIpPoolName

from sandbox import DEFAULT_API_KEY, SandboxServer
from tests.present import present
from tests.sandbox.conftest import V3_AUTH

SEEDED = ["192.0.2.1", "192.0.2.2", "192.0.2.3"]


def _get(client: httpx.Client, path: str, **params: Any) -> httpx.Response:
    return client.get(path, params=params, headers=V3_AUTH)


def _post(client: httpx.Client, path: str, body: Any) -> httpx.Response:
    return client.post(path, json=body, headers=V3_AUTH)


def test_ip_list_pages_by_next_params_until_after_key_is_null(client: httpx.Client) -> None:
    for _ in range(3):
        assert (
            _post(client, "/v3/send_ips/ips", {"is_auto_warmup": False, "is_parent_assigned": True}).status_code == 201
        )
    seen, params, pages = [], {"limit": "2"}, 0
    while pages < 10:
        body = _get(client, "/v3/send_ips/ips", **params).json()
        seen += [ip["ip"] for ip in body["result"]]
        pages += 1
        following = body["_metadata"]["next_params"]
        if following["after_key"] is None:
            break
        params = {**params, **following}
        assert following["limit"] == "2"  # the filters come back, as strings
    assert pages == 3
    assert seen == [*SEEDED, "198.51.100.1", "198.51.100.2", "198.51.100.3"]


def test_ip_filters_and_errors(client: httpx.Client) -> None:
    leased = _get(client, "/v3/send_ips/ips", is_leased="true", ip="192.0.2.2").json()["result"]
    assert [ip["ip"] for ip in leased] == ["192.0.2.2"] and "region" not in leased[0]
    assert _get(client, "/v3/send_ips/ips", limit=5001).json()["errors"][0]["field"] == "limit"
    both = _get(client, "/v3/send_ips/ips", after_key="192.0.2.1", before_key="192.0.2.3")
    assert both.status_code == 400
    assert _get(client, "/v3/send_ips/ips/203.0.113.9").status_code == 400  # documented: 400 "not found"
    named = _post(client, "/v3/send_ips/ips", {"is_auto_warmup": True, "is_parent_assigned": True, "subusers": ["bob"]})
    assert named.status_code == 400 and named.json()["errors"][0]["field"] == "subusers"  # ids, not names
    assert _get(client, "/v3/send_ips/pools", region="mars").status_code == 400


def test_add_update_and_assign_subusers_round_trip(client: httpx.Client) -> None:
    added = _post(client, "/v3/send_ips/ips", {"is_auto_warmup": True, "is_parent_assigned": False, "subusers": ["7"]})
    ip = added.json()["ip"]
    assert added.json() == {"ip": ip, "is_auto_warmup": True, "is_parent_assigned": False, "subusers": ["7"]}
    patched = client.patch(f"/v3/send_ips/ips/{ip}", json={"is_parent_assigned": True}, headers=V3_AUTH)
    assert patched.json()["is_parent_assigned"] is True
    assert client.patch(f"/v3/send_ips/ips/{ip}", json={}, headers=V3_AUTH).status_code == 400
    assert _get(client, f"/v3/send_ips/ips/{ip}").json()["updated_at"] is not None
    assert _post(client, f"/v3/send_ips/ips/{ip}/subusers:batchAdd", {"subusers": ["30", "5"]}).status_code == 200
    first = _get(client, f"/v3/send_ips/ips/{ip}/subusers", limit=2).json()
    assert first["result"] == ["5", "7"] and first["_metadata"]["next_params"]["after_key"] == "7"
    rest = _get(client, f"/v3/send_ips/ips/{ip}/subusers", limit=2, after_key=7).json()
    assert rest["result"] == ["30"] and rest["_metadata"]["next_params"]["after_key"] is None
    assert _post(client, f"/v3/send_ips/ips/{ip}/subusers:batchDelete", {"subusers": ["7"]}).status_code == 204
    assert _get(client, f"/v3/send_ips/ips/{ip}/subusers").json()["result"] == ["5", "30"]


def test_pool_crud_through_the_friendly_client(server: SandboxServer) -> None:
    with SendGrid(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True) as sg:
        pool = sg.send_ips.pools.create(body=CreateSendIpPoolRequest(name="marketing", ips=SEEDED[:1]))
        assert sg.send_ips.pools.get(pool.id).total_ip_count == 1
        sg.send_ips.pools.ips.add(pool.id, body=SendIpPoolIps(ips=SEEDED[1:]))
        listed = sg.send_ips.pools.ips.list(pool.id, limit=2)
        assert [i.ip for i in listed.items] == SEEDED[:2] and listed.has_next_page()
        assert [i.ip for i in listed] == SEEDED  # the next pages by _metadata.next_params
        assert [p.name for p in present(sg.send_ips.get(SEEDED[0]).pools)] == ["marketing"]
        assert sg.send_ips.pools.rename(pool.id, body=SendIpPoolName(name="bulk")).name == "bulk"
        sg.send_ips.pools.ips.remove(pool.id, body=SendIpPoolIps(ips=SEEDED[:1]))
        assert sg.send_ips.pools.get(pool.id).ips_preview == SEEDED[1:]
        assert [p.name for p in sg.send_ips.pools.list()] == ["bulk"]
        sg.send_ips.pools.delete(pool.id)
        assert sg.send_ips.pools.list().items == []


def test_pool_name_rules(client: httpx.Client) -> None:
    assert _post(client, "/v3/send_ips/pools", {"name": "one"}).status_code == 201
    for name, message in (
        (".dot", "cannot start with a dot or a space"),
        ("x", "needs to be between 2 to 64 characters long"),
        ("one", "already exists"),
    ):
        answer = _post(client, "/v3/send_ips/pools", {"name": name})
        assert answer.status_code == 400 and answer.json()["errors"][0] == {"field": "name", "message": message}
    assert _post(client, "/v3/send_ips/pools", {"name": "two", "ips": ["203.0.113.1"]}).status_code == 400
    assert _get(client, "/v3/send_ips/pools/abc").json()["errors"][0]["message"] == "must be a numeric value"


def test_warmup_round_trip(client: httpx.Client) -> None:
    started = _post(client, "/v3/ips/warmup", {"ip": "192.0.2.2"})
    assert started.status_code == 200 and started.json()[0]["ip"] == "192.0.2.2"
    assert _post(client, "/v3/ips/warmup", {"ip": "192.0.2.2"}).status_code == 400
    assert _post(client, "/v3/ips/warmup", {"ip": "203.0.113.1"}).status_code == 404
    assert [w["ip"] for w in _get(client, "/v3/ips/warmup").json()] == ["192.0.2.2"]
    assert _get(client, "/v3/ips/warmup/192.0.2.2").json() == started.json()
    assert client.delete("/v3/ips/warmup/192.0.2.2", headers=V3_AUTH).status_code == 204
    assert _get(client, "/v3/ips/warmup/192.0.2.2").status_code == 404
    assert _get(client, "/v3/ips/warmup").json() == []


def test_reset_forgets_pools(server: SandboxServer, client: httpx.Client) -> None:
    _post(client, "/v3/send_ips/pools", {"name": "kept"})
    server.reset()
    assert _get(client, "/v3/send_ips/pools").json()["result"] == []


def test_concurrent_pool_creation_keeps_every_pool(server: SandboxServer) -> None:
    def create(n: int) -> str:
        with httpx.Client(base_url=server.base_url, timeout=5) as http:
            return str(_post(http, "/v3/send_ips/pools", {"name": f"pool{n:02d}"}).json()["id"])

    with ThreadPoolExecutor(max_workers=8) as workers:
        ids = list(workers.map(create, range(40)))
    assert len(set(ids)) == 40
    with httpx.Client(base_url=server.base_url, timeout=5) as http:
        listed = _get(http, "/v3/send_ips/pools").json()["result"]
    assert sorted(p["name"] for p in listed) == [f"pool{n:02d}" for n in range(40)]
