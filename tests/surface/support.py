"""Friendly clients whose requests go to a recording handler instead of the network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
from sendgrid_reseller import AsyncSendGrid, SendGrid

from tests.runtime.support import FakeClock

Handler = Callable[[httpx.Request], httpx.Response]

V2_SUCCESS = {"message": "success"}


def recorder(*bodies: Any, status: int = 200) -> tuple[list[httpx.Request], Handler]:
    """A handler that records each request and answers with the next body (the last one repeats)."""
    seen: list[httpx.Request] = []
    answers = list(bodies) or [V2_SUCCESS]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = answers[min(len(seen), len(answers)) - 1]
        return httpx.Response(status, json=body)

    return seen, handler


def _transport_options(handler: Handler) -> dict[str, Any]:
    clock = FakeClock()
    transport = httpx.MockTransport(handler)
    return {
        "transport": transport,
        "async_transport": transport,
        "clock": clock,
        "sleep": clock.sleep,
        "async_sleep": clock.async_sleep,
    }


def sync_client(handler: Handler, **options: Any) -> SendGrid:
    return SendGrid(**{**_transport_options(handler), **options})


def async_client(handler: Handler, **options: Any) -> AsyncSendGrid:
    return AsyncSendGrid(**{**_transport_options(handler), **options})


def form(request: httpx.Request) -> list[tuple[str, str]]:
    """The request's form fields (body) or, for a GET, its query fields, in wire order."""
    if request.method == "GET":
        return parse_qsl(request.url.query.decode(), keep_blank_values=True)
    return parse_qsl(request.content.decode(), keep_blank_values=True)
