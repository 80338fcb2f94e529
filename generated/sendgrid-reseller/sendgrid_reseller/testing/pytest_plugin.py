# Copied from sandbox/pytest_plugin.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""pytest fixtures to test code that uses sendgrid_reseller against a local, stateful SendGrid.

Registered through the `pytest11` entry point of `sendgrid-reseller[testing]`, so the fixtures
exist in every test of a project that installs the extra:

- `sendgrid_sandbox`: the sandbox (time on a FakeClock), with fresh state for each test (seed it with `.seed`, read
  what it received with `.requests()`, script faults with `.script()`, flip switches with
  `.configure()` or the `sendgrid_sandbox` marker);
- `sendgrid_client`, `async_sendgrid_client`: a `SendGrid` / `AsyncSendGrid` pointed at it;
- `sendgrid_sandbox_server`: the session's sandbox on 127.0.0.1 (a free port);
- `make_sendgrid_sandbox`: a factory for sandboxes of a test's own (own port, own clock);
- `sendgrid_sandbox_mode`: "socket" (default) or "in-process" (an httpx transport, no socket);
  set `sendgrid_sandbox_mode = in-process` in the ini file, or parametrize the fixture to run a
  suite in both modes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sendgrid_reseller import AsyncSendGrid, SendGrid

from ._app import Sandbox
from ._clients import client_options
from ._clock import Clock, FakeClock
from ._server import SandboxServer

MODES = ("socket", "in-process")
# What consumers' tests start from: no seeded records (seed what a test needs), and requests
# recorded so a test can read what its code sent.
FIXTURE_DEFAULTS: dict[str, Any] = {"subusers": 0, "bounces": 0, "customers": 0, "ips": 0, "record_requests": True}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "sendgrid_sandbox_mode", "how sendgrid_client reaches the sandbox: socket or in-process", default="socket"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sendgrid_sandbox(**switches): switches for this test's sandbox (Sandbox.configure arguments, "
        "e.g. endpoint_limits={'GET /v3/subusers': RateLimit(1, 60)}, link_quirks=True)",
    )


@pytest.fixture(scope="session")
def sendgrid_sandbox_server() -> Iterator[SandboxServer]:
    """The session's sandbox on 127.0.0.1 (a free port), started on first use."""
    with SandboxServer(clock=FakeClock(), **FIXTURE_DEFAULTS) as server:
        yield server


@pytest.fixture(scope="session")
def _sendgrid_sandbox_in_process() -> Sandbox:
    return Sandbox(clock=FakeClock(), **FIXTURE_DEFAULTS)


@pytest.fixture
def sendgrid_sandbox_mode(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getini("sendgrid_sandbox_mode"))


@pytest.fixture
def sendgrid_sandbox(request: pytest.FixtureRequest, sendgrid_sandbox_mode: str) -> Sandbox:
    """The sandbox this test talks to, with fresh state and the marker's switches."""
    if sendgrid_sandbox_mode not in MODES:
        raise pytest.UsageError(f"sendgrid_sandbox_mode must be one of {MODES}, not {sendgrid_sandbox_mode!r}")
    name = "sendgrid_sandbox_server" if sendgrid_sandbox_mode == "socket" else "_sendgrid_sandbox_in_process"
    sandbox: Sandbox = request.getfixturevalue(name)
    sandbox.reset()
    for marker in reversed(list(request.node.iter_markers("sendgrid_sandbox"))):
        sandbox.configure(**marker.kwargs)
    return sandbox


@pytest.fixture
def make_sendgrid_sandbox(sendgrid_sandbox_mode: str) -> Iterator[Callable[..., Sandbox]]:
    """`make_sendgrid_sandbox(rate_limit=RateLimit(2, 60))`: a sandbox of the test's own (in the
    test's mode; a running server on its own port in socket mode; a FakeClock unless `clock` is
    given), stopped after the test. Point a client at it with `client_options(sandbox)`."""
    servers: list[SandboxServer] = []

    def make(*, clock: Clock | None = None, **config: Any) -> Sandbox:
        settings = {**FIXTURE_DEFAULTS, **config}
        clock = clock or FakeClock()
        if sendgrid_sandbox_mode == "in-process":
            return Sandbox(clock=clock, **settings)
        server = SandboxServer(clock=clock, **settings).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def sendgrid_client(sendgrid_sandbox: Sandbox) -> Iterator[SendGrid]:
    """A SendGrid pointed at `sendgrid_sandbox`, with credentials it accepts for v2 and v3."""
    with SendGrid(**client_options(sendgrid_sandbox)) as client:
        yield client


@pytest.fixture
def async_sendgrid_client(sendgrid_sandbox: Sandbox) -> AsyncSendGrid:
    """An AsyncSendGrid pointed at `sendgrid_sandbox` (it keeps no connection open between calls)."""
    return AsyncSendGrid(**client_options(sendgrid_sandbox, asynchronous=True))
