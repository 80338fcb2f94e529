"""Shared pieces of the v3 transcriptions: one documented request/response pair per call."""

from __future__ import annotations

import json
from typing import Any

from tests.client.cassettes import interaction

HOST = "https://api.sendgrid.com"
# The overview's documented rate-limit headers (Reset as a Unix epoch).
RATE = {"X-RateLimit-Limit": "500", "X-RateLimit-Remaining": "499", "X-RateLimit-Reset": "1392815263"}
CASSETTES: list[tuple[str, str, list[dict[str, Any]]]] = []  # this module only helps the others

METRICS_ZERO = dict.fromkeys(
    [
        "blocks",
        "bounce_drops",
        "bounces",
        "clicks",
        "deferred",
        "delivered",
        "invalid_emails",
        "opens",
        "processed",
        "requests",
        "spam_report_drops",
        "spam_reports",
        "unique_clicks",
        "unique_opens",
        "unsubscribe_drops",
        "unsubscribes",
    ],
    0,
)


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def call(
    method: str,
    path: str,
    *,
    query: str = "",
    body: Any = None,
    status: int = 200,
    response: Any = None,
    link: str | None = None,
    on_behalf_of: str | None = None,
) -> dict[str, Any]:
    """One v3 exchange: JSON request body (if any), JSON response (if any), rate-limit headers.

    `on_behalf_of`: the subuser the call acts for (the `on-behalf-of` header the client sends).
    """
    headers = {**RATE, **({"Link": link} if link else {})}
    return interaction(
        method=method,
        uri=HOST + path + (f"?{query}" if query else ""),
        body=_json(body) if body is not None else None,
        content_type="application/json" if body is not None else None,
        on_behalf_of=on_behalf_of,
        status=status,
        response=_json(response) if response is not None else "",
        response_headers=headers,
    )
