"""Typed errors from every body SendGrid documents, and from bodies it should not send but might."""

from __future__ import annotations

import httpx
import pytest
from sendgrid_reseller._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    SendGridError,
    ServerError,
    TransportError,
    UnexpectedStatus,
    UnprocessableEntityError,
    error_from_response,
    parse_error_body,
    transport_error,
    v2_error_in_success,
)
from sendgrid_reseller._runtime.ratelimit import RESPONSE_EXTENSION, RateLimit

from tests.runtime.support import V2_API_KEY, V2_API_USER, assert_no_secret

V3_BODY = '{"errors":[{"field":"username","message":"already taken","help":"https://example.com/help"}],"id":"e-1"}'
V2_BODY = '{"message":"error","errors":["Bad username / password","second"]}'
DOCUMENTED_429 = '{"errors":[{"field":null,"message":"too many requests"},]}'


def answer(status: int, body: str = "", headers: dict[str, str] | None = None, url: str = "") -> httpx.Response:
    request = httpx.Request("POST", url or "https://api.sendgrid.com/v3/subusers")
    return httpx.Response(status, content=body.encode(), headers=headers or {}, request=request)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (422, UnprocessableEntityError),
        (418, BadRequestError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (302, UnexpectedStatus),
        (201, UnexpectedStatus),
        (600, UnexpectedStatus),
    ],
)
def test_status_picks_the_class(status: int, error_class: type[APIError]) -> None:
    error = error_from_response(answer(status, V3_BODY))
    assert type(error) is error_class
    assert isinstance(error, APIError) and isinstance(error, SendGridError)
    assert error.status_code == status


def test_v3_body() -> None:
    error = error_from_response(answer(400, V3_BODY))
    assert error.details == [ErrorDetail("already taken", "username", "https://example.com/help")]
    assert error.error_id == "e-1"
    assert error.body == V3_BODY
    assert error.request_method == "POST"
    assert error.request_url == "https://api.sendgrid.com/v3/subusers"
    assert str(error) == (
        "SendGrid refused the request (400 Bad Request for POST https://api.sendgrid.com/v3/subusers). "
        "SendGrid said: username: already taken"
    )


def test_message_names_the_operation_in_plain_words() -> None:
    from sendgrid_reseller._runtime.operation import OPERATION_EXTENSION, Operation

    operation = Operation(name="create_subuser", api="v3", method="POST", path="/v3/subusers", idempotent=False)
    request = httpx.Request("POST", "https://api.sendgrid.com/v3/subusers", extensions={OPERATION_EXTENSION: operation})
    error = error_from_response(httpx.Response(409, content=V3_BODY.encode(), request=request))
    assert isinstance(error, ConflictError)
    assert error.operation == "create_subuser"
    assert str(error) == (
        "create_subuser: the request conflicts with the resource's current state (409 Conflict for POST "
        "https://api.sendgrid.com/v3/subusers). SendGrid said: username: already taken"
    )


def test_server_error_is_the_old_name_of_internal_server_error() -> None:
    assert ServerError is InternalServerError


def test_v2_body() -> None:
    error = error_from_response(answer(400, V2_BODY))
    assert [detail.message for detail in error.details] == ["Bad username / password", "second"]
    assert all(detail.field is None for detail in error.details)


def test_non_json_body_keeps_the_text() -> None:
    error = error_from_response(answer(502, "<html>Bad Gateway</html>"))
    assert isinstance(error, ServerError)
    assert error.details == []
    assert error.body == "<html>Bad Gateway</html>"
    assert "<html>Bad Gateway</html>" in str(error)


def test_documented_429_with_trailing_comma() -> None:
    headers = {"X-RateLimit-Limit": "150", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1392815263"}
    error = error_from_response(answer(429, DOCUMENTED_429, headers))
    assert isinstance(error, RateLimitError)
    assert error.details == [ErrorDetail("too many requests")]
    assert error.body == DOCUMENTED_429
    assert error.reset_at == 1392815263
    assert error.rate_limit == RateLimit(150, 0, 1392815263.0)


def test_429_uses_the_rate_limit_the_client_parsed() -> None:
    response = answer(429, "")
    response.extensions[RESPONSE_EXTENSION] = RateLimit(1, 0, 123.0)
    error = error_from_response(response)
    assert isinstance(error, RateLimitError) and error.reset_at == 123.0
    assert "(empty body)" in str(error)


def test_429_without_headers_has_no_reset() -> None:
    error = error_from_response(answer(429, "slow down"))
    assert isinstance(error, RateLimitError)
    assert error.reset_at is None and error.rate_limit is None


@pytest.mark.parametrize(
    "body",
    ["", "null", "[]", '"text"', "{}", '{"errors": "flat"}', '{"errors": [1, null, {"message": 5}]}', "{" * 5000],
)
def test_malformed_bodies_never_crash(body: str) -> None:
    error = error_from_response(answer(400, body))
    assert isinstance(error, BadRequestError)
    assert error.body == body


def test_odd_entries_are_kept_as_far_as_possible() -> None:
    details, error_id = parse_error_body(b'{"errors": [1, {"message": 5, "field": 7}], "id": 9}')
    assert details == [ErrorDetail("5")]
    assert error_id is None


def test_error_key_and_plain_message_shapes() -> None:
    assert parse_error_body(b'{"error": "invalid authentication method"}')[0] == [
        ErrorDetail("invalid authentication method")
    ]
    assert parse_error_body(b'{"message": "access forbidden"}')[0] == [ErrorDetail("access forbidden")]


def test_v2_error_inside_a_2xx() -> None:
    error = v2_error_in_success(answer(200, V2_BODY))
    assert isinstance(error, BadRequestError)
    assert error.status_code == 200
    assert [detail.message for detail in error.details] == ["Bad username / password", "second"]


@pytest.mark.parametrize(
    "body", ['{"message":"success"}', '[{"error":"x"}]', '{"message":"ok","note":"error"}', '{"error" broken']
)
def test_v2_success_bodies_pass(body: str) -> None:
    assert v2_error_in_success(answer(200, body)) is None


def test_unexpected_status_from_response() -> None:
    error = UnexpectedStatus.from_response(answer(202, '{"message":"queued"}'))
    assert type(error) is UnexpectedStatus
    assert error.details == [ErrorDetail("queued")]


def test_request_url_credentials_are_redacted() -> None:
    url = f"https://api.sendgrid.com/apiv2/reseller.manage.json?api_user={V2_API_USER}&api_key={V2_API_KEY}&task=get"
    error = error_from_response(answer(401, V2_BODY, url=url))
    assert error.request_url == (
        "https://api.sendgrid.com/apiv2/reseller.manage.json?api_user=REDACTED&api_key=REDACTED&task=get"
    )
    assert_no_secret(str(error))
    assert_no_secret(repr(error))


def test_transport_error_wraps_the_httpx_exception() -> None:
    request = httpx.Request("GET", f"https://api.sendgrid.com/x?api_key={V2_API_KEY}")
    cause = httpx.ConnectError("[Errno 111] Connection refused", request=request)
    error = transport_error(cause, request)
    assert error.exception is cause
    assert isinstance(error, APIConnectionError) and not isinstance(error, APITimeoutError)
    assert str(error) == (
        "could not reach SendGrid or lost the connection (GET https://api.sendgrid.com/x?api_key=REDACTED): "
        "[Errno 111] Connection refused [ConnectError]"
    )
    assert isinstance(error, SendGridError) and isinstance(error, TransportError)


@pytest.mark.parametrize(
    ("cause", "error_class"),
    [
        (httpx.ConnectTimeout("slow"), APITimeoutError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.PoolTimeout("slow"), APITimeoutError),
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.RemoteProtocolError("garbled"), APIConnectionError),
        (httpx.DecodingError("bad gzip"), TransportError),
    ],
)
def test_timeouts_and_connection_failures_are_two_classes(
    cause: httpx.RequestError, error_class: type[TransportError]
) -> None:
    request = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers")
    assert type(transport_error(cause, request)) is error_class
