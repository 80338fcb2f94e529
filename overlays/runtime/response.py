"""What the `*_detailed` endpoint functions return: the decoded body with the answer's metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Generic, TypeVar

import httpx

from .errors import MalformedResponseError, SendGridError, UnexpectedStatus, response_rate_limit
from .ratelimit import RateLimit

T = TypeVar("T")

# What decoding a body into a model raises when the body is not the documented one: json.loads'
# JSONDecodeError / RecursionError, from_dict's KeyError (missing field), TypeError / AttributeError
# (a list where an object belongs), ValueError (an unknown enum value, a bad date).
_DECODING_FAILURES = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def parse_answer(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """`parse(response)` (a generated `_parse_response`); a body it cannot decode raises
    `MalformedResponseError` instead of a bare JSONDecodeError or KeyError."""
    try:
        return parse(response)
    except SendGridError:
        raise
    except _DECODING_FAILURES as exc:
        raise MalformedResponseError(response, f"{type(exc).__name__}: {exc}"[:200]) from exc


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
