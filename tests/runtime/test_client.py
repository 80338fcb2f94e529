"""The client's send path with MockTransport and a fake clock: headers, retries, pacing, errors, logs."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import (
    BadRequestError,
    ConfigurationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedStatus,
)
from sendgrid_reseller._runtime.operation import OPERATION_EXTENSION
from sendgrid_reseller._runtime.options import RequestOptions
from sendgrid_reseller._runtime.policy import PACING_MARGIN, RetryPolicy
from sendgrid_reseller._runtime.ratelimit import RESPONSE_EXTENSION, InMemoryRateLimitStore, RateLimit
from sendgrid_reseller._runtime.response import Response

from tests.runtime.support import (
    EXACT_RETRY,
    START,
    V2_API_KEY,
    V2_API_USER,
    V2_MANAGE,
    V2_MANAGE_KWARGS,
    V3_CREATE,
    V3_CREATE_KWARGS,
    V3_GET,
    V3_LIST,
    V3_LIST_KWARGS,
    FakeClock,
    mock_client,
    rate_headers,
)

V3_GET_KWARGS = {"method": "get", "url": "/v3/subusers/alice"}
Handler = Callable[[httpx.Request], httpx.Response]


def recording(*responses: httpx.Response) -> tuple[list[httpx.Request], Handler]:
    """A handler answering with `responses` in order (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        scripted = responses[min(len(seen), len(responses)) - 1]
        return httpx.Response(scripted.status_code, headers=scripted.headers, content=scripted.content)

    return seen, handler


def ok(**headers: str) -> httpx.Response:
    return httpx.Response(200, json={"ok": True}, headers=headers)


class TestRequests:
    def test_default_headers_and_merged_url(self) -> None:
        seen, handler = recording(ok())
        with mock_client(handler, version="1.2.3") as client:
            response = client.send(V3_GET, V3_GET_KWARGS)
        request = seen[0]
        assert str(request.url) == "https://api.sendgrid.com/v3/subusers/alice"
        assert request.headers["user-agent"] == "sendgrid-reseller-python/1.2.3"
        assert request.headers["accept"] == "application/json"
        assert request.extensions[OPERATION_EXTENSION] is V3_GET
        assert response.extensions[RESPONSE_EXTENSION] is None

    def test_version_comes_from_the_package_or_defaults_to_zero(self) -> None:
        try:
            from sendgrid_reseller._version import __version__ as expected
        except ImportError:  # the runtime tested on its own, outside a generated package
            expected = "0"
        seen, handler = recording(ok())
        with mock_client(handler) as client:
            client.send(V3_GET, V3_GET_KWARGS)
        assert seen[0].headers["user-agent"] == f"sendgrid-reseller-python/{expected}"

    def test_params_json_cookies_and_headers_reach_the_wire(self) -> None:
        seen, handler = recording(ok())
        kwargs = {
            "method": "post",
            "url": "/v3/subusers",
            "params": {"ids": [1, 2], "flag": True},
            "json": {"username": "new"},
            "headers": {"X-Custom": "1"},
            "cookies": {"session": "abc"},
        }
        with mock_client(handler) as client:
            client.send(V3_CREATE, kwargs, RequestOptions(headers={"X-Custom": "2", "X-Other": "3"}, timeout=1.5))
        request = seen[0]
        assert request.url.query == b"ids=1&ids=2&flag=true"
        assert request.content == b'{"username":"new"}'
        # The operation's own header wins over the per-call options (see test_surface precedence tests).
        assert (request.headers["x-custom"], request.headers["x-other"]) == ("1", "3")
        assert request.headers["cookie"] == "session=abc"
        assert request.extensions["timeout"] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}

    def test_on_behalf_of_per_client_and_per_call(self) -> None:
        seen, handler = recording(ok())
        with mock_client(handler, on_behalf_of="default-sub") as client:
            client.send(V3_GET, V3_GET_KWARGS)
            client.send(V3_GET, V3_GET_KWARGS, RequestOptions(on_behalf_of="other-sub"))
            client.send(V2_MANAGE, V2_MANAGE_KWARGS)
        assert seen[0].headers["on-behalf-of"] == "default-sub"
        assert seen[1].headers["on-behalf-of"] == "other-sub"
        assert "on-behalf-of" not in seen[2].headers  # v2 names the customer in the form instead

    def test_on_behalf_of_per_call_is_refused_for_v2(self) -> None:
        seen, handler = recording(ok())
        with mock_client(handler) as client, pytest.raises(InvalidRequestError):
            client.send(V2_MANAGE, V2_MANAGE_KWARGS, RequestOptions(on_behalf_of="sub"))
        assert seen == []

    def test_no_on_behalf_of_by_default(self) -> None:
        seen, handler = recording(ok())
        with mock_client(handler) as client:
            client.send(V3_GET, V3_GET_KWARGS)
        assert "on-behalf-of" not in seen[0].headers


class TestConfiguration:
    def test_plain_http_refused(self) -> None:
        with pytest.raises(ConfigurationError):
            Client(api_key="SG.x", base_url="http://api.sendgrid.com")

    def test_reserved_httpx_args_refused(self) -> None:
        with pytest.raises(ConfigurationError, match="follow_redirects"):
            Client(api_key="SG.x", httpx_args={"follow_redirects": True})

    def test_httpx_args_are_passed_on(self) -> None:
        seen, handler = recording(ok())
        with mock_client(handler, httpx_args={"headers": {"X-Team": "billing"}, "params": {"trace": "1"}}) as client:
            client.send(V3_GET, V3_GET_KWARGS)
        assert seen[0].headers["x-team"] == "billing"
        assert seen[0].url.params["trace"] == "1"
        assert seen[0].headers["user-agent"].startswith("sendgrid-reseller-python/")

    def test_connections_open_lazily_and_reopen_after_close(self) -> None:
        seen, handler = recording(ok())
        client = mock_client(handler)
        assert client._connections._sync is None and not client._connections._async
        client.send(V3_GET, V3_GET_KWARGS)
        client.close()
        client.send(V3_GET, V3_GET_KWARGS)
        client.close()
        assert len(seen) == 2

    async def test_async_context_manager_closes_both(self) -> None:
        seen, handler = recording(ok())
        async with mock_client(handler) as client:
            await client.asend(V3_GET, V3_GET_KWARGS)
            client.send(V3_GET, V3_GET_KWARGS)
        assert client._connections._sync is None and not client._connections._async
        assert len(seen) == 2


class TestErrors:
    def test_typed_error_for_4xx(self) -> None:
        seen, handler = recording(httpx.Response(404, json={"errors": [{"field": None, "message": "not found"}]}))
        with mock_client(handler) as client, pytest.raises(NotFoundError) as caught:
            client.send(V3_GET, V3_GET_KWARGS)
        assert caught.value.details[0].message == "not found"
        assert caught.value.request_url == "https://api.sendgrid.com/v3/subusers/alice"
        assert len(seen) == 1

    def test_v2_error_body_with_200_raises(self) -> None:
        seen, handler = recording(httpx.Response(200, json={"message": "error", "errors": ["no such customer"]}))
        with mock_client(handler) as client, pytest.raises(BadRequestError) as caught:
            client.send(V2_MANAGE, V2_MANAGE_KWARGS)
        assert caught.value.status_code == 200
        assert [detail.message for detail in caught.value.details] == ["no such customer"]

    def test_v3_body_with_message_error_is_not_a_v2_error(self) -> None:
        seen, handler = recording(httpx.Response(200, json={"message": "error"}))
        with mock_client(handler) as client:
            assert client.send(V3_GET, V3_GET_KWARGS).status_code == 200

    def test_redirects_are_reported_not_followed(self) -> None:
        seen, handler = recording(httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"}))
        with mock_client(handler) as client, pytest.raises(UnexpectedStatus):
            client.send(V3_GET, V3_GET_KWARGS)
        assert len(seen) == 1

    def test_transport_error_is_wrapped(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("timed out", request=request)

        clock = FakeClock()
        with mock_client(handler, clock) as client, pytest.raises(TransportError) as caught:
            client.send(V3_CREATE, V3_CREATE_KWARGS)
        assert isinstance(caught.value.exception, httpx.ReadTimeout)
        assert caught.value.__cause__ is caught.value.exception
        assert clock.sleeps == []

    def test_undecodable_answer_is_a_transport_error(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"})

        with mock_client(handler) as client, pytest.raises(TransportError) as caught:
            client.send(V3_GET, V3_GET_KWARGS)
        assert isinstance(caught.value.exception, httpx.DecodingError)


class TestCancellation:
    async def test_a_cancelled_call_gives_its_rate_limit_slot_back(self) -> None:
        clock = FakeClock()
        hang = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("slow"):
                await hang.wait()
            return httpx.Response(200, json={})

        async with mock_client(handler, clock) as client:
            task = asyncio.create_task(client.asend(V3_GET, {"method": "get", "url": "/v3/subusers/slow"}))
            for _ in range(100):  # bounded: let the request reach the handler
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await client.asend(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == []  # a slot still held by the cancelled call would make this one wait


class TestRetries:
    def test_429_then_success_waits_for_the_reset(self) -> None:
        clock = FakeClock()
        limited = httpx.Response(
            429,
            json={"errors": [{"field": None, "message": "too many requests"}]},
            headers=rate_headers(10, 0, START + 12),
        )
        seen, handler = recording(limited, ok(**rate_headers(10, 9, START + 72)))
        with mock_client(handler, clock, retry=EXACT_RETRY) as client:
            response = client.send(V3_CREATE, V3_CREATE_KWARGS)  # 429 is retried even when not idempotent
        assert response.status_code == 200
        assert len(seen) == 2
        assert clock.sleeps == [pytest.approx(12 + PACING_MARGIN)]  # one sleep: past the reset and the margin

    def test_429_until_the_attempts_run_out(self) -> None:
        clock = FakeClock()
        seen, handler = recording(httpx.Response(429, content=b"{,", headers=rate_headers(10, 0, START + 1)))
        with mock_client(handler, clock, retry=EXACT_RETRY) as client, pytest.raises(RateLimitError) as caught:
            client.send(V3_GET, V3_GET_KWARGS)
        assert len(seen) == RetryPolicy().max_attempts
        assert caught.value.body == "{,"

    def test_429_with_a_reset_beyond_the_budget_raises_at_once(self) -> None:
        clock = FakeClock()
        seen, handler = recording(httpx.Response(429, headers=rate_headers(10, 0, START + 3600)))
        with mock_client(handler, clock) as client, pytest.raises(RateLimitError) as caught:
            client.send(V3_GET, V3_GET_KWARGS)
        assert len(seen) == 1 and clock.sleeps == []
        assert caught.value.reset_at == START + 3600

    def test_max_attempts_per_call(self) -> None:
        seen, handler = recording(httpx.Response(503))
        with mock_client(handler) as client, pytest.raises(ServerError):
            client.send(V3_GET, V3_GET_KWARGS, RequestOptions(max_attempts=2))
        assert len(seen) == 2

    def test_5xx_retried_for_idempotent_calls(self) -> None:
        seen, handler = recording(httpx.Response(502), httpx.Response(500), ok())
        with mock_client(handler) as client:
            assert client.send(V3_GET, V3_GET_KWARGS).status_code == 200
        assert len(seen) == 3

    def test_5xx_not_retried_for_non_idempotent_calls(self) -> None:
        seen, handler = recording(httpx.Response(503), ok())
        with mock_client(handler) as client, pytest.raises(ServerError):
            client.send(V3_CREATE, V3_CREATE_KWARGS)
        assert len(seen) == 1

    def test_connect_error_retried_even_when_not_idempotent(self) -> None:
        calls: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            calls.append(request)
            if len(calls) == 1:
                raise httpx.ConnectError("refused", request=request)
            return ok()

        with mock_client(handler) as client:
            assert client.send(V3_CREATE, V3_CREATE_KWARGS).status_code == 200
        assert len(calls) == 2

    def test_each_attempt_runs_auth_again(self) -> None:
        seen, handler = recording(httpx.Response(500), ok())
        with mock_client(handler, api_key=None, api_user=V2_API_USER, password=V2_API_KEY) as client:
            client.send(V2_MANAGE, V2_MANAGE_KWARGS)
        assert seen[0] is not seen[1]
        assert seen[0].content == seen[1].content
        assert seen[1].content.startswith(b"api_user=")

    async def test_async_429_then_success(self) -> None:
        clock = FakeClock()
        limited = httpx.Response(429, headers=rate_headers(10, 0, START + 5))
        seen, handler = recording(limited, ok())
        async with mock_client(handler, clock, retry=EXACT_RETRY) as client:
            response = await client.asend(V3_GET, V3_GET_KWARGS)
        assert response.status_code == 200
        assert clock.sleeps[0] == pytest.approx(5 + PACING_MARGIN)

    async def test_async_5xx_not_retried_for_non_idempotent_calls(self) -> None:
        seen, handler = recording(httpx.Response(500))
        async with mock_client(handler) as client:
            with pytest.raises(ServerError):
                await client.asend(V3_CREATE, V3_CREATE_KWARGS)
        assert len(seen) == 1


class TestPacing:
    def test_remaining_zero_waits_for_the_reset_instead_of_a_429(self) -> None:
        clock = FakeClock()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 20)), ok(**rate_headers(2, 1, START + 80)))
        with mock_client(handler, clock) as client:
            client.send(V3_GET, V3_GET_KWARGS)
            assert clock.sleeps == []
            client.send(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == [pytest.approx(20 + PACING_MARGIN)]
        assert len(seen) == 2

    async def test_async_pacing(self) -> None:
        clock = FakeClock()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 20)), ok())
        async with mock_client(handler, clock) as client:
            await client.asend(V3_GET, V3_GET_KWARGS)
            await client.asend(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == [pytest.approx(20 + PACING_MARGIN)]

    def test_pacing_is_per_endpoint(self) -> None:
        clock = FakeClock()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 20)), ok())
        with mock_client(handler, clock) as client:
            client.send(V3_GET, V3_GET_KWARGS)
            client.send(V3_LIST, V3_LIST_KWARGS)
        assert clock.sleeps == []

    def test_pacing_can_be_turned_off(self) -> None:
        clock = FakeClock()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 20)), ok())
        with mock_client(handler, clock, retry=RetryPolicy(pace=False)) as client:
            client.send(V3_GET, V3_GET_KWARGS)
            client.send(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == []

    def test_a_wait_beyond_the_budget_is_refused_without_sending(self) -> None:
        # Issue 13: the limiter knows the request would be refused, so it is not sent.
        clock = FakeClock()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 600)), ok())
        with mock_client(handler, clock) as client:
            client.send(V3_GET, V3_GET_KWARGS)
            with pytest.raises(RateLimitError) as caught:
                client.send(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == [] and len(seen) == 1
        assert caught.value.reset_at == pytest.approx(START + 600 + PACING_MARGIN)

    def test_a_shared_store_paces_two_clients(self) -> None:
        clock = FakeClock()
        store = InMemoryRateLimitStore()
        seen, handler = recording(ok(**rate_headers(2, 0, START + 20)), ok())
        with (
            mock_client(handler, clock, rate_limit_store=store) as first,
            mock_client(handler, clock, rate_limit_store=store) as second,
        ):
            first.send(V3_GET, V3_GET_KWARGS)
            second.send(V3_GET, V3_GET_KWARGS)
        assert clock.sleeps == [pytest.approx(20 + PACING_MARGIN)]

    def test_detailed_response_carries_the_rate_limit(self) -> None:
        seen, handler = recording(ok(**rate_headers(500, 499, START + 30)))
        with mock_client(handler) as client:
            response = Response.from_httpx(client.send(V3_GET, V3_GET_KWARGS), parsed={"ok": True})
        assert response.rate_limit == RateLimit(500, 499, START + 30)
