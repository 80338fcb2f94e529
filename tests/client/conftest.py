"""Clients for the cassette tests. The credentials are SendGrid's documented placeholders."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid

V2_API_USER = "your_sendgrid_username"
V2_API_KEY = "your_sendgrid_password"
V3_API_KEY = "SG.cassette-test-key.not-a-real-secret"


@pytest.fixture
def v2() -> Iterator[SendGrid]:
    with SendGrid(api_user=V2_API_USER, api_key=V2_API_KEY) as client:
        yield client


@pytest.fixture
async def v2_async() -> AsyncIterator[AsyncSendGrid]:
    async with AsyncSendGrid(api_user=V2_API_USER, api_key=V2_API_KEY) as client:
        yield client


@pytest.fixture
def v3() -> Iterator[SendGrid]:
    with SendGrid(api_key=V3_API_KEY) as client:
        yield client


@pytest.fixture
async def v3_async() -> AsyncIterator[AsyncSendGrid]:
    async with AsyncSendGrid(api_key=V3_API_KEY) as client:
        yield client
