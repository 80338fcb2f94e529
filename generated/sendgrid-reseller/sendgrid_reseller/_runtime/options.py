# Copied from overlays/runtime/options.py by the generator. Do not edit; change the overlay and run `make generate`.
"""Per-call overrides of the client's settings, accepted by every generated endpoint function."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class RequestOptions:
    """Overrides for one call; `None` keeps the client's setting.

    Attributes:
        timeout: seconds (or an `httpx.Timeout`) for this call's requests.
        headers: extra request headers (they win over the client's and the operation's).
        on_behalf_of: act for this subuser (v3 only; sent as the `on-behalf-of` header).
        max_attempts: requests sent at most for this call (1 disables retries).
        deadline: seconds this whole call may take: pacing, retries and every byte (see
            `RetryPolicy.deadline`; `timeout` bounds each network operation on its own).
    """

    timeout: float | httpx.Timeout | None = None
    headers: Mapping[str, str] | None = None
    on_behalf_of: str | None = None
    max_attempts: int | None = None
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError("RequestOptions.max_attempts must be at least 1")
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError("RequestOptions.deadline must be positive")
