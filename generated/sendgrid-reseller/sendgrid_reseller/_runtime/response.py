# Copied from overlays/runtime/response.py by the generator. Do not edit; change the overlay and run `make generate`.
"""What the `*_detailed` endpoint functions return: the decoded body with the answer's metadata."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Generic, TypeVar

import httpx

from .errors import MalformedResponseError, SendGridError, UnexpectedStatus, response_rate_limit
from .ratelimit import RateLimit

T = TypeVar("T")

# What decoding a body into a model raises when the body is not the documented one: json.loads'
# JSONDecodeError / RecursionError, from_dict's KeyError (missing field), TypeError / AttributeError
# (a list where an object belongs), ValueError (an unknown enum value, a bad date).
_DECODING_FAILURES = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)


def decoding_failure_reason(exc: BaseException) -> str:
    """What was wrong with a body, in plain words (the Python details stay in `__cause__`)."""
    if isinstance(exc, json.JSONDecodeError):
        return "the body is not valid JSON"
    if isinstance(exc, RecursionError):
        return "the body is nested too deeply to read"
    if isinstance(exc, KeyError):
        return f"the field {str(exc.args[0])[:80]!r} is missing" if exc.args else "a required field is missing"
    if isinstance(exc, ValueError):
        return "a value or the structure is not the documented one (an unknown enum value, a malformed date, a list where an object belongs)"
    return "the body does not have the documented shape (a text or a list where an object belongs)"


def read_json(response: httpx.Response) -> Any:
    """The body decoded as JSON, as `response.json()` decodes it, about twice as fast.

    msgspec reads the UTF-8 JSON SendGrid sends (integers of any size stay exact); anything it
    refuses (another encoding, a byte order mark, NaN, a number beyond a float, invalid JSON) goes to
    `response.json()`, so the result or the error is the one httpx gives.
    """
    import msgspec  # here, not at module load: its import costs ~14 ms, paid by the first body read

    try:
        return msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return response.json()


def parse_answer(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """`parse(response)` (a generated `_parse_response`); a body it cannot decode raises
    `MalformedResponseError` instead of a bare JSONDecodeError or KeyError."""
    try:
        return parse(response)
    except SendGridError:
        raise
    except _DECODING_FAILURES as exc:
        raise MalformedResponseError(response, decoding_failure_reason(exc)) from exc


def record_list(response: httpx.Response) -> list[Any]:
    """The undecoded records of one list page: a 200 answer whose body is a JSON list, or an error."""
    if response.status_code != 200:
        raise UnexpectedStatus.from_response(response)
    items = parse_answer(response, read_json)
    if not isinstance(items, list):
        raise MalformedResponseError(response, decoding_failure_reason(TypeError()))
    return items


def decoded_records(response: httpx.Response, decode: Callable[[Any], T]) -> Iterator[T]:
    """The records of one list page (a 200 answer holding a JSON list), each decoded when it is reached.

    A walk then keeps alive only the record at hand: a page of decoded records that all outlive
    each other would be promoted through the garbage collector's generations on every page. The
    body is read whole first, so a page that is not JSON, or not a list, fails before any of its
    records is yielded; a record that does not decode raises `MalformedResponseError` when reached.
    """
    for item in record_list(response):
        try:
            record = decode(item)
        except _DECODING_FAILURES as exc:
            raise MalformedResponseError(response, decoding_failure_reason(exc)) from exc
        yield record


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
