"""Clients for the cassette tests: SendGrid's documented placeholder credentials, and a fake clock.

Every client waits on `FakeClock` (its `clock`, `sleep` and `async_sleep`): a replayed 429 or a
pacing wait moves the fake time on and takes no real time, and a test can read what was waited.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid

V2_API_USER = "your_sendgrid_username"
V2_API_KEY = "your_sendgrid_password"
V3_API_KEY = "SG.cassette-test-key.not-a-real-secret"
# Just before the documented X-RateLimit-Reset (1392815263) the transcriptions answer with, so a
# documented 429 makes the client wait for that reset, as it would have when the page was written.
DOCUMENTED_NOW = 1392815260.0


class FakeClock:
    """Unix time that only moves when the client sleeps; `sleeps` lists every wait in order."""

    def __init__(self, now: float = DOCUMENTED_NOW) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def client_options(self) -> dict[str, Any]:
        return {"clock": self, "sleep": self.sleep, "async_sleep": self.async_sleep}


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def v2(fake_clock: FakeClock) -> Iterator[SendGrid]:
    with SendGrid(api_user=V2_API_USER, api_key=V2_API_KEY, **fake_clock.client_options()) as client:
        yield client


@pytest.fixture
async def v2_async(fake_clock: FakeClock) -> AsyncIterator[AsyncSendGrid]:
    async with AsyncSendGrid(api_user=V2_API_USER, api_key=V2_API_KEY, **fake_clock.client_options()) as client:
        yield client


@pytest.fixture
def v3(fake_clock: FakeClock) -> Iterator[SendGrid]:
    with SendGrid(api_key=V3_API_KEY, **fake_clock.client_options()) as client:
        yield client


@pytest.fixture
async def v3_async(fake_clock: FakeClock) -> AsyncIterator[AsyncSendGrid]:
    async with AsyncSendGrid(api_key=V3_API_KEY, **fake_clock.client_options()) as client:
        yield client
