"""v3: credentials, 404/405, the subusers and bounces collections, Link pagination and its quirks."""

from __future__ import annotations

import base64

import httpx
import pytest

from sandbox import SandboxServer
from tests.sandbox.conftest import V3_AUTH


def test_v3_requires_authorization(client: httpx.Client) -> None:
    for headers in ({}, {"Authorization": "Bearer SG.wrong"}, {"Authorization": "Basic Zm9vOmJhcg=="}):
        response = client.get("/v3/subusers", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"errors": [{"field": None, "message": "authorization required"}]}
        assert "X-RateLimit-Remaining" in response.headers


def test_v3_accepts_bearer_basic_and_on_behalf_of(server: SandboxServer, client: httpx.Client) -> None:
    basic = base64.b64encode(f"{server.config.v2_user}:{server.config.v2_password}".encode()).decode()
    assert (
        client.get("/v3/subusers", params={"limit": 1}, headers={"Authorization": f"Basic {basic}"}).status_code == 200
    )
    acting = client.get("/v3/subusers", params={"limit": 1}, headers={**V3_AUTH, "on-behalf-of": "subuser000001"})
    assert acting.status_code == 200


def test_unknown_path_and_wrong_verb(client: httpx.Client) -> None:
    missing = client.get("/v3/no/such/thing", headers=V3_AUTH)
    assert missing.status_code == 404
    assert missing.json() == {"errors": [{"field": None, "message": "resource not found"}]}
    wrong_verb = client.put("/v3/subusers", headers=V3_AUTH, json={})
    assert wrong_verb.status_code == 405 and "GET" in wrong_verb.headers["Allow"]


def test_every_response_carries_rate_limit_headers(client: httpx.Client) -> None:
    response = client.get("/v3/subusers", params={"limit": 2}, headers=V3_AUTH)
    assert response.headers["X-RateLimit-Limit"] == "600"
    assert response.headers["X-RateLimit-Remaining"] == "599"
    assert int(response.headers["X-RateLimit-Reset"]) > 1_600_000_000  # a Unix epoch by default


def test_paginate_5000_subusers_by_link_next(client: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/v3/subusers"
    pages = 0
    while url:
        response = client.get(url, headers=V3_AUTH)
        assert response.status_code == 200
        seen.extend(record["username"] for record in response.json())
        next_link = response.links.get("next")
        url = next_link["url"] if next_link else None
        pages += 1
    assert pages == 10  # default limit 500
    assert len(seen) == len(set(seen)) == 5000
    assert seen == [f"subuser{i:06d}" for i in range(5000)]


def test_link_header_titles_and_last_page(client: httpx.Client, server: SandboxServer) -> None:
    response = client.get("/v3/subusers", params={"limit": 300, "offset": 600}, headers=V3_AUTH)
    links = response.links
    base = f"{server.base_url}/v3/subusers"
    assert links["next"] == {"url": f"{base}?limit=300&offset=900", "rel": "next", "title": "4"}
    assert links["prev"]["url"].endswith("limit=300&offset=300") and links["prev"]["title"] == "2"
    assert links["first"]["title"] == "1"
    assert links["last"] == {"url": f"{base}?limit=300&offset=4800", "rel": "last", "title": "17"}
    first_page = client.get("/v3/subusers", params={"limit": 300}, headers=V3_AUTH).links
    assert "prev" not in first_page
    last_page = client.get("/v3/subusers", params={"limit": 300, "offset": 4800}, headers=V3_AUTH)
    assert "next" not in last_page.links and len(last_page.json()) == 200


@pytest.mark.parametrize("query", [{"limit": 501}, {"limit": 0}, {"limit": "x"}, {"offset": -1}])
def test_bad_limit_or_offset_is_a_400(client: httpx.Client, query: dict[str, int | str]) -> None:
    response = client.get("/v3/subusers", params=query, headers=V3_AUTH)
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["field"] in ("limit", "offset")


def test_link_quirks() -> None:
    quirky = SandboxServer(
        subusers=30,
        link_base_url="https://api.sendgrid.com",
        link_http_quirk=True,
        link_prev_on_first_page=True,
        link_fold=True,
    )
    with quirky, httpx.Client(base_url=quirky.base_url) as http:
        response = http.get("/v3/subusers", params={"limit": 10}, headers=V3_AUTH)
        assert response.status_code == 200
        links = response.links
        assert links["prev"] == {
            "url": "http://api.sendgrid.com/v3/subusers?limit=10&offset=0",
            "rel": "prev",
            "title": "1",
        }
        assert links["next"]["url"] == "http://api.sendgrid.com/v3/subusers?limit=10&offset=10"
        assert links["last"]["title"] == "3"


def test_link_keeps_other_query_parameters(client: httpx.Client) -> None:
    response = client.get("/v3/subusers", params={"username": "subuser000042", "limit": 5}, headers=V3_AUTH)
    assert [r["username"] for r in response.json()] == ["subuser000042"]
    assert "username=subuser000042" in response.links["first"]["url"]


def test_subuser_create_patch_delete(client: httpx.Client) -> None:
    body = {"username": "newbie", "email": "newbie@example.com", "password": "Passw0rd!", "ips": ["192.0.2.1"]}
    created = client.post("/v3/subusers", json=body, headers=V3_AUTH)
    assert created.status_code == 200 and created.json()["username"] == "newbie"
    assert client.post("/v3/subusers", json=body, headers=V3_AUTH).json()["errors"][0]["field"] == "username"
    assert client.post("/v3/subusers", json={"username": "x"}, headers=V3_AUTH).status_code == 400

    last = client.get("/v3/subusers", params={"limit": 1, "offset": 5000}, headers=V3_AUTH).json()
    assert last[0]["username"] == "newbie"

    assert client.patch("/v3/subusers/subuser000007", json={"disabled": True}, headers=V3_AUTH).status_code == 204
    page = client.get("/v3/subusers", params={"limit": 1, "offset": 7}, headers=V3_AUTH).json()
    assert page[0] == {**page[0], "username": "subuser000007", "disabled": True}
    assert client.patch("/v3/subusers/subuser000007", json={"disabled": "yes"}, headers=V3_AUTH).status_code == 400

    assert client.delete("/v3/subusers/subuser000003", headers=V3_AUTH).status_code == 204
    assert client.delete("/v3/subusers/subuser000003", headers=V3_AUTH).status_code == 404
    assert client.delete("/v3/subusers/newbie", headers=V3_AUTH).status_code == 204
    assert client.patch("/v3/subusers/ghost", json={"disabled": False}, headers=V3_AUTH).status_code == 404

    names: list[str] = []
    url: str | None = "/v3/subusers"
    while url:
        response = client.get(url, headers=V3_AUTH)
        names += [r["username"] for r in response.json()]
        url = response.links["next"]["url"] if "next" in response.links else None
    assert len(names) == len(set(names)) == 4999
    assert "subuser000003" not in names and "newbie" not in names


def test_bounces_collection(client: httpx.Client) -> None:
    response = client.get("/v3/suppression/bounces", params={"limit": 500, "offset": 1000}, headers=V3_AUTH)
    records = response.json()
    assert len(records) == 200 and records[0]["email"] == "bounce001000@example.com"
    assert client.delete("/v3/suppression/bounces/bounce000001%40example.com", headers=V3_AUTH).status_code == 204
    first = client.get("/v3/suppression/bounces", params={"limit": 2}, headers=V3_AUTH).json()
    assert [r["email"] for r in first] == ["bounce000000@example.com", "bounce000002@example.com"]
