"""What the `*_detailed` endpoint functions return: the decoded body with the answer's metadata."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Generic, TypeVar

import httpx

from .errors import UnexpectedStatus, response_rate_limit
from .ratelimit import RateLimit

T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A successful answer.

    Attributes:
        status_code: the HTTP status.
        headers: the answer's headers.
        content: the raw body.
        parsed: the body decoded into the operation's model.
        rate_limit: the endpoint's rate-limit headers, when sent.
        http_response: the underlying `httpx.Response` (request, timings, extensions).
    """

    status_code: HTTPStatus
    headers: httpx.Headers
    content: bytes
    parsed: T
    rate_limit: RateLimit | None
    http_response: httpx.Response

    @classmethod
    def from_httpx(cls, response: httpx.Response, parsed: T) -> Response[T]:
        try:
            status = HTTPStatus(response.status_code)
        except ValueError:
            raise UnexpectedStatus.from_response(response) from None
        return cls(
            status_code=status,
            headers=response.headers,
            content=response.content,
            parsed=parsed,
            rate_limit=response_rate_limit(response),
            http_response=response,
        )
