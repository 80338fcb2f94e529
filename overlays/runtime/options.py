"""Per-call overrides of the client's settings, accepted by every generated endpoint function."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx


@dataclass(frozen=True)
class RequestOptions:
    """Overrides for one call; `None` keeps the client's setting.

    Attributes:
        timeout: seconds (or an `httpx.Timeout`) for this call's requests.
        headers: extra request headers. They win over the client's defaults; a header the
            operation takes as an argument (e.g. `on_behalf_of=`) wins over them.
        on_behalf_of: act for this subuser (v3 only; sent as the `on-behalf-of` header).
        max_attempts: requests sent at most for this call (1 disables retries).
        extra_query: extra query parameters.
        extra_body: extra body fields (form or JSON). The fields a v2 call always sends (`method`,
            `task`, ...) and the credentials cannot be given this way: `InvalidRequestError`.
    """

    timeout: float | httpx.Timeout | None = None
    headers: Mapping[str, str] | None = None
    on_behalf_of: str | None = None
    max_attempts: int | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError("RequestOptions.max_attempts must be at least 1")


def call_options(
    options: RequestOptions | None,
    *,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
    timeout: float | httpx.Timeout | None,
) -> RequestOptions | None:
    """`options` with a call's `extra_*=` / `timeout=` keyword arguments applied (they win)."""
    if extra_headers is None and extra_query is None and extra_body is None and timeout is None:
        return options  # the common case: nothing to merge
    base = options if options is not None else RequestOptions()
    return replace(
        base,
        headers={**(base.headers or {}), **extra_headers} if extra_headers else base.headers,
        extra_query={**(base.extra_query or {}), **extra_query} if extra_query else base.extra_query,
        extra_body={**(base.extra_body or {}), **extra_body} if extra_body else base.extra_body,
        timeout=timeout if timeout is not None else base.timeout,
    )
