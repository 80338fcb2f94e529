"""Sandbox sender verification: create, cursor paging, edit, verify by token, resend, delete."""

from __future__ import annotations

import httpx

from tests.sandbox.conftest import V3_AUTH

SENDERS = "/v3/verified_senders"


def _sender(name: str) -> dict[str, str]:
    return {"nickname": name, "from_email": f"{name}@example.com", "reply_to": f"{name}@example.com", "city": "Denver"}


def test_sender_round_trip_and_verification(client: httpx.Client) -> None:
    created = client.post(SENDERS, json=_sender("orders"), headers=V3_AUTH)
    assert created.status_code == 201
    sender = created.json()
    assert (sender["verified"], sender["city"], sender["state"]) == (False, "Denver", "")
    assert client.post(SENDERS, json=_sender("orders"), headers=V3_AUTH).status_code == 400  # same address
    steps = client.get(f"{SENDERS}/steps_completed", headers=V3_AUTH).json()["results"]
    assert steps == {"sender_verified": False, "domain_verified": False}
    assert client.post(f"{SENDERS}/resend/{sender['id']}", headers=V3_AUTH).status_code == 204
    assert client.get(f"{SENDERS}/verify/verify-999999", headers=V3_AUTH).status_code == 404
    assert client.get(f"{SENDERS}/verify/verify-{sender['id']}", headers=V3_AUTH).status_code == 204
    assert client.get(f"{SENDERS}/steps_completed", headers=V3_AUTH).json()["results"]["sender_verified"] is True
    assert client.post(f"{SENDERS}/resend/{sender['id']}", headers=V3_AUTH).status_code == 400  # already verified
    renamed = client.patch(f"{SENDERS}/{sender['id']}", json={"nickname": "Shop"}, headers=V3_AUTH).json()
    assert (renamed["nickname"], renamed["verified"]) == ("Shop", True)
    moved = client.patch(f"{SENDERS}/{sender['id']}", json={"from_email": "shop@example.com"}, headers=V3_AUTH).json()
    assert moved["verified"] is False  # a new address is proven again
    assert client.delete(f"{SENDERS}/{sender['id']}", headers=V3_AUTH).status_code == 204
    assert client.patch(f"{SENDERS}/{sender['id']}", json={}, headers=V3_AUTH).status_code == 404


def test_list_pages_by_last_seen_id(client: httpx.Client) -> None:
    ids = [client.post(SENDERS, json=_sender(f"s{n}"), headers=V3_AUTH).json()["id"] for n in range(5)]
    seen: list[int] = []
    params: dict[str, int] = {"limit": 2}
    for _ in range(10):
        page = client.get(SENDERS, params=params, headers=V3_AUTH).json()["results"]
        seen += [s["id"] for s in page]
        if len(page) < 2:
            break
        params["lastSeenID"] = page[-1]["id"]
    assert seen == ids
    assert [s["id"] for s in client.get(SENDERS, params={"id": ids[3]}, headers=V3_AUTH).json()["results"]] == [ids[3]]


def test_sender_validation(client: httpx.Client) -> None:
    missing = client.post(SENDERS, json={"nickname": "x", "from_email": "x@example.com"}, headers=V3_AUTH)
    assert missing.json()["errors"][0]["field"] == "reply_to"
    too_long = client.post(SENDERS, json={**_sender("y"), "state": "Colorado"}, headers=V3_AUTH)
    assert too_long.json()["errors"][0]["field"] == "state"
    warn = client.get(f"{SENDERS}/domains", headers=V3_AUTH).json()["results"]
    assert set(warn) == {"soft_failures", "hard_failures"} and "yahoo.com" in warn["hard_failures"]
