"""The keyword arguments of `Client`, as a type, so `SendGrid(...)` and `AsyncSendGrid(...)` check them too."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal, TypedDict

import httpx

from .policy import RetryPolicy
from .ratelimit import RateLimitStore


class ClientOptions(TypedDict, total=False):
    """See `Client` for what each option does; every one is optional."""

    api_key: str | None
    api_user: str | None
    password: str | None
    v2_auth: Literal["form", "bearer"]
    base_url: str | None
    on_behalf_of: str | None
    timeout: float | httpx.Timeout
    retry: RetryPolicy | None
    max_retries: int | None
    rate_limit_store: RateLimitStore | str | None
    allow_insecure_http: bool
    max_response_bytes: int
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    clock: Callable[[], float]
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    httpx_args: Mapping[str, Any] | None
    version: str | None
