"""`Response.from_httpx`: the decoded body with status, headers and the rate limit read once."""

from __future__ import annotations

from http import HTTPStatus

import httpx
import pytest
from sendgrid_reseller._runtime.errors import UnexpectedStatus
from sendgrid_reseller._runtime.ratelimit import RESPONSE_EXTENSION, RateLimit
from sendgrid_reseller._runtime.response import Response

REQUEST = httpx.Request("GET", "https://api.sendgrid.com/v3/subusers")


def test_from_httpx_reuses_the_parsed_rate_limit() -> None:
    raw = httpx.Response(200, content=b"[]", headers={"X-RateLimit-Limit": "9"}, request=REQUEST)
    raw.extensions[RESPONSE_EXTENSION] = RateLimit(500, 499, 1392815263.0)
    response = Response.from_httpx(raw, parsed=["decoded"])
    assert response.status_code is HTTPStatus.OK
    assert response.parsed == ["decoded"]
    assert response.content == b"[]"
    assert response.headers["x-ratelimit-limit"] == "9"
    assert response.rate_limit == RateLimit(500, 499, 1392815263.0)
    assert response.http_response is raw


def test_from_httpx_parses_headers_when_needed() -> None:
    headers = {"X-RateLimit-Limit": "500", "X-RateLimit-Remaining": "499", "X-RateLimit-Reset": "1392815263"}
    response = Response.from_httpx(httpx.Response(201, headers=headers, request=REQUEST), parsed=None)
    assert response.status_code is HTTPStatus.CREATED
    assert response.rate_limit == RateLimit(500, 499, 1392815263.0)


def test_without_headers_no_rate_limit() -> None:
    assert Response.from_httpx(httpx.Response(204, request=REQUEST), parsed=None).rate_limit is None


def test_a_status_http_does_not_know_is_unexpected() -> None:
    with pytest.raises(UnexpectedStatus):
        Response.from_httpx(httpx.Response(299, request=REQUEST), parsed=None)
