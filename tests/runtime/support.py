"""Shared pieces of the runtime tests: test credentials, operations, a fake clock, client factories."""

from __future__ import annotations

import base64
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.operation import Operation
from sendgrid_reseller._runtime.policy import RetryPolicy

# Every test secret contains this marker, so one substring check finds any leak of any of them.
LEAK_MARKER = "s3cr3t"
V3_API_KEY = "SG.runtime-test.s3cr3t-v3-key"
V2_API_USER = "reseller-s3cr3t-user"
V2_API_KEY = "v2-s3cr3t-key"
PASSWORD = "pw-s3cr3t-pass"
BASIC_TOKEN = base64.b64encode(f"{V2_API_USER}:{PASSWORD}".encode()).decode()
SECRET_TEXTS = (LEAK_MARKER, BASIC_TOKEN)

START = 1_700_000_000.0

V2_MANAGE = Operation(
    name="list_customers", api="v2", method="POST", path="/apiv2/reseller.manage.json", idempotent=True
)
V2_TIMEZONE = Operation(
    name="list_timezones", api="v2", method="GET", path="/apiv2/reseller.manage.json#timezone", idempotent=True
)
V2_CREATE = Operation(
    name="create_customer", api="v2", method="POST", path="/apiv2/reseller.add.json", idempotent=False
)
V3_LIST = Operation(name="list_subusers", api="v3", method="GET", path="/v3/subusers", idempotent=True, paginated=True)
V3_GET = Operation(name="get_subuser", api="v3", method="GET", path="/v3/subusers/{name}", idempotent=True)
V3_CREATE = Operation(name="create_subuser", api="v3", method="POST", path="/v3/subusers", idempotent=False)

V2_MANAGE_KWARGS: dict[str, Any] = {
    "method": "post",
    "url": "/apiv2/reseller.manage.json",
    "data": {"method": "profile", "task": "get"},
    "headers": {"Content-Type": "application/x-www-form-urlencoded"},
}
V3_LIST_KWARGS: dict[str, Any] = {"method": "get", "url": "/v3/subusers", "params": {"limit": 500}}
V3_CREATE_KWARGS: dict[str, Any] = {"method": "post", "url": "/v3/subusers", "json": {"username": "new"}}

# Retries without jitter, so the waits are exact.
EXACT_RETRY = RetryPolicy(rate_limit_jitter=0.0)


def assert_no_secret(text: str) -> None:
    for secret in SECRET_TEXTS:
        assert secret not in text, f"a test secret leaked into: {text!r}"


class FakeClock:
    """An injectable clock whose sleeps advance time instantly and are recorded."""

    def __init__(self, start: float = START) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def rate_headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(reset)),
    }


def mock_client(
    handler: Callable[[httpx.Request], httpx.Response]
    | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]],
    clock: FakeClock | None = None,
    **options: Any,
) -> Client:
    """A client whose requests go to `handler` (sync and asyncio alike) with a fake clock."""
    clock = clock if clock is not None else FakeClock()
    transport = httpx.MockTransport(handler)
    options.setdefault("api_key", V3_API_KEY)
    return Client(
        transport=transport,
        async_transport=transport,
        clock=clock,
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        **options,
    )


def loopback_client(base_url: str, **options: Any) -> Client:
    """A client for a LoopbackServer (plain HTTP on 127.0.0.1; proxies from the environment ignored)."""
    options.setdefault("api_key", V3_API_KEY)
    options.setdefault("httpx_args", {"trust_env": False})
    return Client(base_url=base_url, allow_insecure_http=True, **options)
