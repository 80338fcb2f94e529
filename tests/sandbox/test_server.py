"""The HTTP side: keep-alive without Nagle stalls, concurrency, request records, reset, the CLI."""

from __future__ import annotations

import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from sandbox import SandboxServer
from sandbox._server import _Handler
from tests.sandbox.conftest import V3_AUTH

REPO = Path(__file__).resolve().parents[2]


def test_sequential_requests_share_one_connection_without_nagle(monkeypatch: pytest.MonkeyPatch) -> None:
    # What keeps keep-alive fast (speed itself is measured by `make bench`): TCP_NODELAY on the
    # accepted socket and one connection for every request.
    nodelay: list[int] = []
    original_setup = _Handler.setup

    def setup(handler: _Handler) -> None:
        original_setup(handler)
        nodelay.append(handler.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    monkeypatch.setattr(_Handler, "setup", setup)
    server = SandboxServer(subusers=100, rate_limit=None)
    with server, httpx.Client(base_url=server.base_url, headers=V3_AUTH) as http:
        for _ in range(50):
            assert http.get("/v3/subusers", params={"limit": 1}).status_code == 200
    assert len(nodelay) == 1 and nodelay[0] != 0, nodelay


def test_concurrent_requests() -> None:
    server = SandboxServer(subusers=1000, rate_limit=None, record_requests=True)
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    with server, httpx.Client(base_url=server.base_url, headers=V3_AUTH, limits=limits) as http:
        with ThreadPoolExecutor(32) as pool:
            codes = list(
                pool.map(lambda i: http.get("/v3/subusers", params={"limit": 5, "offset": i}).status_code, range(1000))
            )
    assert codes == [200] * 1000
    stats = server.stats()
    assert stats.total == 1000 and stats.by_endpoint == {"GET /v3/subusers": 1000}
    assert len(stats.records) == 1000 and stats.records[0].operation == "list_subusers"


def test_reset_restores_seeded_state(server: SandboxServer, client: httpx.Client) -> None:
    assert client.delete("/v3/subusers/subuser000000", headers=V3_AUTH).status_code == 204
    server.reset()
    assert client.get("/v3/subusers", params={"limit": 1}, headers=V3_AUTH).json()[0]["username"] == "subuser000000"
    assert server.stats().total == 1


def test_stop_closes_idle_keep_alive_connections() -> None:
    server = SandboxServer(subusers=1).start()
    with httpx.Client(base_url=server.base_url, headers=V3_AUTH) as http:
        assert http.get("/v3/subusers").status_code == 200
        server.stop()
        try:
            http.get("/v3/subusers", timeout=2)
        except httpx.TransportError:
            pass
        else:
            raise AssertionError("a stopped sandbox answered")


def test_cli_prints_base_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox", "--port", "0", "--seed-subusers", "7", "--rate-limit", "10/60"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{base_url}/v3/subusers", headers=V3_AUTH, timeout=5)
        assert len(response.json()) == 7 and response.headers["X-RateLimit-Limit"] == "10"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
