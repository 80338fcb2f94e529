"""Fixed windows per endpoint: headers, 429 after N, recovery after the window, counters."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from sandbox import RateLimit, SandboxServer
from tests.sandbox.conftest import V2_CREDENTIALS, V3_AUTH

WINDOW = 1.0


@pytest.fixture(scope="module")
def limited() -> Iterator[SandboxServer]:
    with SandboxServer(subusers=20, rate_limit=RateLimit(3, WINDOW), reset_style="seconds") as server:
        yield server


def test_429_after_n_requests_then_recovery(limited: SandboxServer) -> None:
    limited.reset()
    with httpx.Client(base_url=limited.base_url) as http:
        remaining = []
        for _ in range(3):
            response = http.get("/v3/subusers", headers=V3_AUTH)
            assert response.status_code == 200
            remaining.append(int(response.headers["X-RateLimit-Remaining"]))
        assert remaining == [2, 1, 0]
        throttled = http.get("/v3/subusers", headers=V3_AUTH)
        assert throttled.status_code == 429
        assert throttled.json() == {"errors": [{"field": None, "message": "too many requests"}]}
        assert throttled.headers["X-RateLimit-Remaining"] == "0"
        assert throttled.headers["X-RateLimit-Reset"] in ("0", "1")  # seconds until the reset, rounded up
        assert http.get("/v3/subusers", headers=V3_AUTH).status_code == 429

        other = http.post(
            "/v3/subusers", headers=V3_AUTH, json={"username": "a", "email": "a@example.com", "password": "p"}
        )
        assert other.status_code == 200  # windows are per endpoint (200: the status the spec documents)

        time.sleep(WINDOW + 0.05)
        recovered = http.get("/v3/subusers", headers=V3_AUTH)
        assert recovered.status_code == 200 and recovered.headers["X-RateLimit-Remaining"] == "2"

    stats = limited.stats()
    assert stats.throttled == 2
    assert stats.throttled_per_window == {"GET /v3/subusers": [2]}
    assert stats.by_status[429] == 2 and stats.by_endpoint["GET /v3/subusers"] == 6


def test_v2_calls_are_limited_per_wire_path(limited: SandboxServer) -> None:
    limited.reset()
    with httpx.Client(base_url=limited.base_url) as http:
        codes = [
            http.post(
                "/apiv2/reseller.manage.json", data={**V2_CREDENTIALS, "method": "profile", "task": "get"}
            ).status_code
            for _ in range(4)
        ]
    assert codes == [200, 200, 200, 429]


def test_epoch_reset_and_invalid_429_body() -> None:
    server = SandboxServer(subusers=1, rate_limit=RateLimit(1, 30), invalid_429_body=True)
    with server, httpx.Client(base_url=server.base_url) as http:
        first = http.get("/v3/subusers", headers=V3_AUTH)
        reset = int(first.headers["X-RateLimit-Reset"])
        assert time.time() < reset <= time.time() + 31
        throttled = http.get("/v3/subusers", headers=V3_AUTH)
        assert throttled.status_code == 429
        assert throttled.content == b'{"errors":[{"field":null,"message":"too many requests"},]}'
        with pytest.raises(ValueError):
            throttled.json()


def test_rate_limit_off_sends_no_headers() -> None:
    server = SandboxServer(subusers=1, rate_limit=None)
    with server, httpx.Client(base_url=server.base_url) as http:
        response = http.get("/v3/subusers", headers=V3_AUTH)
        assert response.status_code == 200 and "X-RateLimit-Limit" not in response.headers


def test_rate_limit_parse() -> None:
    assert RateLimit.parse("600/60") == RateLimit(600, 60.0)
    assert RateLimit.parse("5/0.5") == RateLimit(5, 0.5)
    assert RateLimit.parse("off") is None
    with pytest.raises(ValueError):
        RateLimit.parse("many/often")
