"""Fixed windows per endpoint: headers, 429 after N, recovery after the window, counters.

Time is a FakeClock: windows open and close when the test says so, never with the wall clock.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sandbox import FakeClock, RateLimit, SandboxServer
from sandbox._ratelimit import RateLimiter
from tests.sandbox.conftest import V2_CREDENTIALS, V3_AUTH

WINDOW = 1.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def limited(clock: FakeClock) -> Iterator[SandboxServer]:
    with SandboxServer(subusers=20, rate_limit=RateLimit(3, WINDOW), reset_style="seconds", clock=clock) as server:
        yield server


def test_429_after_n_requests_then_recovery(limited: SandboxServer, clock: FakeClock) -> None:
    with httpx.Client(base_url=limited.base_url) as http:
        remaining = []
        for _ in range(3):
            response = http.get("/v3/subusers", headers=V3_AUTH)
            assert response.status_code == 200
            remaining.append(int(response.headers["X-RateLimit-Remaining"]))
        assert remaining == [2, 1, 0]
        clock.advance(WINDOW / 2)
        throttled = http.get("/v3/subusers", headers=V3_AUTH)
        assert throttled.status_code == 429
        assert throttled.json() == {"errors": [{"field": None, "message": "too many requests"}]}
        assert throttled.headers["X-RateLimit-Remaining"] == "0"
        assert throttled.headers["X-RateLimit-Reset"] == "1"  # 0.5 s until the reset, rounded up
        assert http.get("/v3/subusers", headers=V3_AUTH).status_code == 429

        other = http.post(
            "/v3/subusers", headers=V3_AUTH, json={"username": "a", "email": "a@example.com", "password": "p"}
        )
        assert other.status_code == 200  # windows are per endpoint (200: the status the spec documents)

        clock.advance(WINDOW / 2)  # exactly the end of the window
        recovered = http.get("/v3/subusers", headers=V3_AUTH)
        assert recovered.status_code == 200 and recovered.headers["X-RateLimit-Remaining"] == "2"

    stats = limited.stats()
    assert stats.throttled == 2
    assert stats.throttled_per_window == {"GET /v3/subusers": [2]}
    assert stats.by_status[429] == 2 and stats.by_endpoint["GET /v3/subusers"] == 6


def test_v2_calls_are_limited_per_wire_path(limited: SandboxServer) -> None:
    with httpx.Client(base_url=limited.base_url) as http:
        codes = [
            http.post(
                "/apiv2/reseller.manage.json", data={**V2_CREDENTIALS, "method": "profile", "task": "get"}
            ).status_code
            for _ in range(4)
        ]
    assert codes == [200, 200, 200, 429]


def test_epoch_reset_and_invalid_429_body(clock: FakeClock) -> None:
    server = SandboxServer(subusers=1, rate_limit=RateLimit(1, 30), invalid_429_body=True, clock=clock)
    with server, httpx.Client(base_url=server.base_url) as http:
        clock.advance(12.25)
        first = http.get("/v3/subusers", headers=V3_AUTH)
        assert first.headers["X-RateLimit-Reset"] == str(int(FakeClock.START) + 30)  # the window's end, epoch
        throttled = http.get("/v3/subusers", headers=V3_AUTH)
        assert throttled.status_code == 429
        assert throttled.content == b'{"errors":[{"field":null,"message":"too many requests"},]}'
        with pytest.raises(ValueError):
            throttled.json()


def test_per_endpoint_limits_override_the_default(clock: FakeClock) -> None:
    server = SandboxServer(
        subusers=1,
        rate_limit=None,
        endpoint_limits={"patch /v3/subusers/{subuser_name}": RateLimit(1, 60)},
        clock=clock,
    )
    with server, httpx.Client(base_url=server.base_url, headers=V3_AUTH) as http:
        assert "X-RateLimit-Limit" not in http.get("/v3/subusers").headers  # no default limit
        assert http.patch("/v3/subusers/subuser000000", json={"disabled": True}).headers["X-RateLimit-Limit"] == "1"
        assert http.patch("/v3/subusers/subuser000000", json={"disabled": True}).status_code == 429
        assert http.delete("/v3/subusers/subuser000000").status_code == 204  # another verb, another window


def test_windows_are_aligned_to_the_clock() -> None:
    now = [FakeClock.START + 59.5]
    limiter = RateLimiter(RateLimit(1, 60), "seconds", lambda: now[0])
    first = limiter.hit("GET /v3/subusers")
    assert first is not None and dict(first.headers)["X-RateLimit-Reset"] == "1"
    now[0] += 0.5  # the next minute: a fresh window although only 0.5 s passed
    second = limiter.hit("GET /v3/subusers")
    assert second is not None and second.allowed and second.window == 2


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
