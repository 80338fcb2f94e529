"""Scripted faults: statuses, pass-through, resets, stalls and delays, in order, then normal again."""

from __future__ import annotations

import httpx
import pytest

from sandbox import FakeClock, Fault, SandboxServer
from tests.sandbox.conftest import V2_CREDENTIALS, V3_AUTH


def test_scripted_statuses_then_normal(server: SandboxServer, client: httpx.Client) -> None:
    server.script("/v3/subusers", [Fault.status(503), Fault.ok(), Fault.status(500, {"errors": [{"message": "boom"}]})])
    first = client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH)
    assert first.status_code == 503
    assert first.json() == {"errors": [{"field": None, "message": "scripted 503"}]}
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).status_code == 200
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).json() == {"errors": [{"message": "boom"}]}
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).status_code == 200
    assert server.pending_faults() == 0
    assert server.stats().faults == 2


def test_scripted_faults_take_precedence_over_auth_and_can_be_per_method(
    server: SandboxServer, client: httpx.Client
) -> None:
    server.script("/v3/subusers", [Fault.too_many_requests(reset_in=2)], method="POST")
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).status_code == 200  # GET is not scripted
    throttled = client.post("/v3/subusers", json={})
    assert throttled.status_code == 429
    assert throttled.headers["X-RateLimit-Reset"] == "2" and throttled.headers["X-RateLimit-Remaining"] == "0"


def test_scripted_v2_fault_uses_the_v2_error_body(server: SandboxServer, client: httpx.Client) -> None:
    server.script("/apiv2/reseller.manage.json", [Fault.status(502)])
    response = client.post("/apiv2/reseller.manage.json", data={**V2_CREDENTIALS, "method": "profile", "task": "get"})
    assert response.status_code == 502 and response.json() == {"message": "error", "errors": ["scripted 502"]}


def test_connection_reset(server: SandboxServer, client: httpx.Client) -> None:
    server.script("/v3/subusers", [Fault.reset()])
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        client.get("/v3/subusers", headers=V3_AUTH)
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).status_code == 200  # a new connection


def test_stall_outlasts_the_client_timeout(server: SandboxServer, client: httpx.Client) -> None:
    server.script("/v3/subusers", [Fault.stall(5.0)])
    with pytest.raises(httpx.ReadTimeout):
        client.get("/v3/subusers", headers=V3_AUTH, timeout=0.3)
    assert server.stats().faults == 1 and server.stats().by_status == {0: 1}


def test_delay_waits_on_the_sandbox_clock() -> None:
    clock = FakeClock()
    with SandboxServer(subusers=1, clock=clock) as server, httpx.Client(base_url=server.base_url) as http:
        server.script("/v3/subusers", [Fault.ok(delay=0.2), Fault.status(503, delay=45.0)])
        assert http.get("/v3/subusers", headers=V3_AUTH).status_code == 200
        assert clock.monotonic() == 0.2
        assert http.get("/v3/subusers", headers=V3_AUTH).status_code == 503
        assert clock.monotonic() == 0.2 + server.config.max_delay  # delays are capped


def test_reset_clears_scripts(server: SandboxServer) -> None:
    server.script("/v3/subusers", [Fault.status(503)] * 3)
    assert server.pending_faults() == 3
    server.reset()
    assert server.pending_faults() == 0
