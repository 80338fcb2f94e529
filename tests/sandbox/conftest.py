"""One sandbox per test session (the spec loads once); every test starts from reset state."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sendgrid_reseller import SendGrid

from sandbox import DEFAULT_API_KEY, DEFAULT_V2_PASSWORD, DEFAULT_V2_USER, SandboxServer

V2_CREDENTIALS = {"api_user": DEFAULT_V2_USER, "api_key": DEFAULT_V2_PASSWORD}
V3_AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


@pytest.fixture(scope="session")
def shared_server() -> Iterator[SandboxServer]:
    with SandboxServer(subusers=5000, bounces=1200) as server:
        yield server


@pytest.fixture
def server(shared_server: SandboxServer) -> SandboxServer:
    shared_server.reset()
    return shared_server


@pytest.fixture
def client(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=5) as http:
        yield http


def v2_post(http: httpx.Client, path: str, **fields: str) -> httpx.Response:
    return http.post(path, data={**V2_CREDENTIALS, **fields})


@pytest.fixture
def sg(server: SandboxServer) -> Iterator[SendGrid]:
    """The friendly client against the sandbox (the accounts & access area tests use it)."""
    with SendGrid(api_key=DEFAULT_API_KEY, base_url=server.base_url, allow_insecure_http=True) as client:
        yield client
