"""The in-process mode: the same pipeline behind an httpx transport, with what a socket would do
imitated where a client sees it; switches changed at run time; seeding."""

from __future__ import annotations

import httpx
import pytest

from sandbox import FakeClock, Fault, RateLimit, Sandbox, SeedError, client_options
from tests.sandbox.conftest import V3_AUTH


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(subusers=3, clock=FakeClock(), record_requests=True)


@pytest.fixture
def http(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(transport=sandbox.transport(), base_url=sandbox.base_url, headers=V3_AUTH)


def test_requests_reach_the_same_state_without_a_socket(sandbox: Sandbox, http: httpx.Client) -> None:
    assert http.delete("/v3/subusers/subuser000001").status_code == 204
    listed = http.get("/v3/subusers", params={"limit": 1})
    assert [s["username"] for s in listed.json()] == ["subuser000000"]
    assert listed.links["next"]["url"].startswith(sandbox.base_url + "/v3/subusers?")
    assert http.get(listed.links["next"]["url"]).json()[0]["username"] == "subuser000002"
    assert sandbox.stats().by_operation == {"delete_subuser": 1, "list_subusers": 2}


def test_reset_and_stall_raise_what_a_socket_would(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.script("/v3/subusers", [Fault.reset(), Fault.stall(5), Fault.stall(5)])
    with pytest.raises(httpx.ReadError):
        http.get("/v3/subusers")
    with pytest.raises(httpx.ReadTimeout):
        http.get("/v3/subusers", timeout=2)
    assert sandbox.clock.monotonic() == 2  # waited the client's read timeout, on the sandbox's clock
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/v3/subusers", timeout=10)
    assert sandbox.clock.monotonic() == 7 and [r.status for r in sandbox.requests()] == [0, 0, 0]


def test_a_folded_link_header_arrives_unfolded(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.configure(link_quirks=True)
    links = http.get("/v3/subusers", params={"limit": 1}).headers["Link"]
    assert "\r" not in links and links.count('rel="') == 4  # next, prev (page 1 quirk), last, first


async def test_the_async_transport_shares_the_state(sandbox: Sandbox) -> None:
    sandbox.seed.subuser("async1")
    async with httpx.AsyncClient(transport=sandbox.async_transport(), base_url=sandbox.base_url) as http:
        response = await http.get("/v3/subusers", params={"username": "async1"}, headers=V3_AUTH)
    assert [s["username"] for s in response.json()] == ["async1"]


def test_configure_changes_switches_until_reset(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.configure(endpoint_limits={"GET /v3/subusers": RateLimit(1, 60)}, invalid_429_body=True)
    assert http.get("/v3/subusers").status_code == 200
    assert http.get("/v3/subusers").content.endswith(b"},]}")
    with pytest.raises(ValueError, match="port cannot change"):
        sandbox.configure(port=1)
    sandbox.reset()
    assert [http.get("/v3/subusers").status_code for _ in range(3)] == [200, 200, 200]


def test_seeding_and_its_errors(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.seed.customer("acme")
    sandbox.seed.ip("192.0.2.50")
    sandbox.seed.suppression("spam_reports", "x@example.com")
    with pytest.raises(SeedError, match="'acme' already exists"):
        sandbox.seed.customer("acme")
    with pytest.raises(SeedError, match="subuser000000"):
        sandbox.seed.subuser("subuser000000")
    with pytest.raises(SeedError, match="unknown suppression list 'spam'"):
        sandbox.seed.suppression("spam", "x@example.com")
    assert http.get("/v3/ips/192.0.2.50").json()["ip"] == "192.0.2.50"
    assert http.get("/v3/suppression/spam_reports/x@example.com").json()[0]["ip"] == "192.0.2.1"
    sandbox.reset()
    assert http.get("/v3/ips/192.0.2.50").status_code == 404


def test_client_options_use_the_transport_and_the_fake_clock(sandbox: Sandbox) -> None:
    options = client_options(sandbox)
    assert options["base_url"] == sandbox.base_url and options["transport"] is not None
    options["sleep"](30)
    assert sandbox.clock.time() == FakeClock.START + 30
