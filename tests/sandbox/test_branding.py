"""Sandbox reverse DNS and link branding: per-account records, validation, subuser assignment."""

from __future__ import annotations

import httpx
from sendgrid_reseller import AsyncSendGrid, SendGrid

from sandbox import DEFAULT_API_KEY, SandboxServer
from tests.sandbox.conftest import V3_AUTH

RDNS = "/v3/whitelabel/ips"
LINKS = "/v3/whitelabel/links"


def _post(client: httpx.Client, path: str, body: object | None = None, **headers: str) -> httpx.Response:
    return client.post(path, json=body, headers={**V3_AUTH, **headers})


def test_reverse_dns_round_trip_with_link_paging(client: httpx.Client) -> None:
    created = [
        _post(client, RDNS, {"ip": f"192.0.2.{n}", "subdomain": "email", "domain": "example.com"}).json()
        for n in (1, 2, 3)
    ]
    assert created[0]["rdns"] == f"o{created[0]['id']}.email.example.com"
    assert created[0]["a_record"] == {"valid": False, "type": "a", "host": created[0]["rdns"], "data": "192.0.2.1"}
    page = client.get(RDNS, params={"limit": 2}, headers=V3_AUTH)
    assert [r["ip"] for r in page.json()] == ["192.0.2.1", "192.0.2.2"] and "next" in page.links
    only = client.get(RDNS, params={"ip": "192.0.2.3"}, headers=V3_AUTH).json()
    assert [r["id"] for r in only] == [created[2]["id"]]
    validated = _post(client, f"{RDNS}/{created[0]['id']}/validate").json()
    assert validated == {
        "id": created[0]["id"],
        "valid": True,
        "validation_results": {"a_record": {"valid": True, "reason": None}},
    }
    assert client.get(f"{RDNS}/{created[0]['id']}", headers=V3_AUTH).json()["valid"] is True
    assert client.delete(f"{RDNS}/{created[0]['id']}", headers=V3_AUTH).status_code == 204
    assert client.get(f"{RDNS}/{created[0]['id']}", headers=V3_AUTH).status_code == 404
    assert _post(client, RDNS, {"ip": "192.0.2.2", "domain": "example.com"}).status_code == 400  # one record per IP


def test_validation_fails_for_invalid_domains(client: httpx.Client) -> None:
    record = _post(client, RDNS, {"ip": "192.0.2.9", "domain": "example.invalid"}).json()
    result = _post(client, f"{RDNS}/{record['id']}/validate").json()
    assert result["valid"] is False and "no such host" in result["validation_results"]["a_record"]["reason"]
    link = _post(client, LINKS, {"domain": "example.invalid"}).json()
    checked = _post(client, f"{LINKS}/{link['id']}/validate").json()
    assert checked["valid"] is False
    assert {name: r["valid"] for name, r in checked["validation_results"].items()} == {
        "domain_cname": False,
        "owner_cname": False,
    }


def test_records_belong_to_the_account_that_made_them(client: httpx.Client) -> None:
    mine = _post(client, LINKS, {"domain": "sub.example.com"}, **{"on-behalf-of": "subuser000001"}).json()
    assert client.get(f"{LINKS}/{mine['id']}", headers=V3_AUTH).status_code == 404
    seen = client.get(LINKS, headers={**V3_AUTH, "on-behalf-of": "subuser000001"}).json()
    assert [link["id"] for link in seen] == [mine["id"]]


def test_link_default_update_and_delete(client: httpx.Client) -> None:
    fallback = client.get(f"{LINKS}/default", headers=V3_AUTH).json()
    assert (fallback["domain"], fallback["default"]) == ("sendgrid.net", True)
    first = _post(client, LINKS, {"domain": "example.com", "subdomain": "mail", "default": True}).json()
    second = _post(client, LINKS, {"domain": "example.org", "default": True}).json()
    assert second["subdomain"] == "url" and second["dns"]["domain_cname"]["host"] == "url.example.org"
    assert client.get(f"{LINKS}/{first['id']}", headers=V3_AUTH).json()["default"] is False  # one default
    assert client.get(f"{LINKS}/default", headers=V3_AUTH).json()["id"] == second["id"]
    assert client.get(f"{LINKS}/default", params={"domain": "example.com"}, headers=V3_AUTH).json()["id"] == 0
    again = client.patch(f"{LINKS}/{first['id']}", json={"default": True}, headers=V3_AUTH).json()
    assert again["default"] is True
    assert [link["id"] for link in client.get(LINKS, params={"limit": 1}, headers=V3_AUTH).json()] == [first["id"]]
    assert client.delete(f"{LINKS}/{first['id']}", headers=V3_AUTH).status_code == 204
    assert client.get(f"{LINKS}/{first['id']}", headers=V3_AUTH).status_code == 404


def test_subuser_gets_a_validated_link(client: httpx.Client) -> None:
    link = _post(client, LINKS, {"domain": "example.com"}).json()
    give = f"{LINKS}/{link['id']}/subuser"
    assert _post(client, give, {"username": "subuser000002"}).status_code == 400  # not validated yet
    _post(client, f"{LINKS}/{link['id']}/validate")
    assert _post(client, give, {"username": "nobody"}).status_code == 404
    assert _post(client, give, {"username": "subuser000002"}).json()["valid"] is True
    mine = {"username": "subuser000002"}
    assert client.get(f"{LINKS}/subuser", params=mine, headers=V3_AUTH).json()["id"] == link["id"]
    assert client.delete(f"{LINKS}/subuser", params=mine, headers=V3_AUTH).status_code == 204
    assert client.get(f"{LINKS}/subuser", params=mine, headers=V3_AUTH).status_code == 404


def test_friendly_client_walks_reverse_dns_pages(server: SandboxServer, client: httpx.Client) -> None:
    for n in range(5):
        _post(client, RDNS, {"ip": f"192.0.2.{n + 10}", "domain": "example.com"})
    with SendGrid(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True) as sg:
        assert [r.ip for r in sg.reverse_dns.list_items(limit=2)] == [f"192.0.2.{n + 10}" for n in range(5)]


async def test_async_friendly_client_walks_reverse_dns_pages(server: SandboxServer, client: httpx.Client) -> None:
    for n in range(3):
        _post(client, RDNS, {"ip": f"192.0.2.{n + 20}", "domain": "example.com"})
    async with AsyncSendGrid(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True) as sg:
        assert [r.ip async for r in sg.reverse_dns.list_items(limit=2)] == ["192.0.2.20", "192.0.2.21", "192.0.2.22"]
