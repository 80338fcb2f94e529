# Copied from sandbox/_clients.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""How a sendgrid_reseller client is pointed at a sandbox: one place, for fixtures and users.

    client = SendGrid(**client_options(sandbox))
    async_client = AsyncSendGrid(**client_options(sandbox, asynchronous=True))

The client gets credentials the sandbox accepts for both APIs, the sandbox's URL (or its
in-process transport), and the sandbox's clock: with a FakeClock the client's rate-limit pacing
and retry waits advance that clock instead of sleeping, so a test of a 429 takes no time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._app import Sandbox
from ._clock import FakeClock


def client_options(sandbox: Sandbox, *, asynchronous: bool = False) -> dict[str, Any]:
    options: dict[str, Any] = {
        "api_key": sandbox.config.api_key,  # v3: Bearer
        "api_user": sandbox.config.v2_user,  # v2: form credentials
        "password": sandbox.config.v2_password,
        "base_url": sandbox.base_url,
        "allow_insecure_http": True,  # plain http, loopback only
        "clock": sandbox.clock.time,
    }
    if isinstance(sandbox.clock, FakeClock):
        options["sleep"] = sandbox.clock.sleep
        options["async_sleep"] = _advancing(sandbox.clock)
    in_process = type(sandbox) is Sandbox
    if asynchronous:
        # Socket mode without keep-alive: no connection outlives the test's event loop.
        options["async_transport"] = (
            sandbox.async_transport()
            if in_process
            else httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        )
    elif in_process:
        options["transport"] = sandbox.transport()
    return options


def _advancing(clock: FakeClock) -> Callable[[float], Awaitable[None]]:
    async def sleep(seconds: float) -> None:
        clock.advance(max(0.0, seconds))
        await asyncio.sleep(0)

    return sleep
