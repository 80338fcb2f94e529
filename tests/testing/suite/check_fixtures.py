"""The testing extra's fixtures and switches, as a consumer's test suite uses them.

tests/testing/test_plugin.py runs this file in a pytest of its own, once per mode (socket and
in-process), with the plugin loaded as `sendgrid-reseller[testing]` loads it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sendgrid_reseller import AsyncSendGrid, SendGrid
from sendgrid_reseller.errors import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
)
from sendgrid_reseller.models import CreateSubuserRequest, ListCustomersForm, ListResellerIpsForm
from sendgrid_reseller.testing import REDACTED, FakeClock, Fault, RateLimit, Sandbox, SandboxServer, client_options


def test_the_mode_is_the_one_asked_for(sendgrid_sandbox: Sandbox, sendgrid_sandbox_mode: str) -> None:
    assert isinstance(sendgrid_sandbox, SandboxServer) == (sendgrid_sandbox_mode == "socket")
    if sendgrid_sandbox_mode == "socket":
        assert sendgrid_sandbox.base_url.startswith("http://127.0.0.1:")


def test_the_session_server_listens_on_loopback(sendgrid_sandbox_server: SandboxServer) -> None:
    assert sendgrid_sandbox_server.config.host == "127.0.0.1" and sendgrid_sandbox_server.port > 0


def test_seeded_customers_are_listed_by_the_client(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.seed.customer("acme", first_name="Ada")
    customers = list(sendgrid_client.reseller.customers.list(body=ListCustomersForm()))
    assert [(c.username, c.first_name) for c in customers] == [("acme", "Ada")]


def test_state_is_fresh_in_every_test(sendgrid_client: SendGrid) -> None:
    assert list(sendgrid_client.reseller.customers.list(body=ListCustomersForm())) == []


def test_subusers_created_by_the_client_are_kept(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.seed.subuser("seeded")
    request = CreateSubuserRequest(username="shop1", email="shop1@example.com", password="s3cret-Passw0rd", ips=[])
    sendgrid_client.subusers.create(body=request)
    assert [s.username for s in sendgrid_client.subusers.list_items()] == ["seeded", "shop1"]


def test_suppressions_and_ips_are_seeded(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.seed.suppression("blocks", "blocked@example.com", reason="550 no")
    sendgrid_sandbox.seed.ip("192.0.2.10", subusers=["shop1"])
    assert [(b.email, b.reason) for b in sendgrid_client.suppressions.blocks.list_items()] == [
        ("blocked@example.com", "550 no")
    ]
    sendgrid_client.suppressions.blocks.delete(email="blocked@example.com")
    assert list(sendgrid_client.suppressions.blocks.list_items()) == []
    assert [ip.ip for ip in sendgrid_client.ips.list_items()] == ["192.0.2.10"]
    assert [ip.ip for ip in list(sendgrid_client.reseller.ips.list(body=ListResellerIpsForm()))] == ["192.0.2.10"]
    with pytest.raises(NotFoundError):
        sendgrid_client.ips.get(ip_address="192.0.2.99")


def test_requests_are_recorded_with_secrets_redacted(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_client.reseller.customers.list(body=ListCustomersForm())
    request = CreateSubuserRequest(username="shop1", email="shop1@example.com", password="s3cret-Passw0rd", ips=[])
    sendgrid_client.subusers.create(body=request)
    v2, v3 = sendgrid_sandbox.requests()
    assert v2.operation == "list_customers" and v2.body["api_user"] == [sendgrid_sandbox.config.v2_user]
    assert v2.body["api_key"] == [REDACTED] and v2.body["method"] == ["profile"]
    assert v3.operation == "create_subuser" and v3.headers["authorization"] == f"Bearer {REDACTED}"
    assert v3.body["password"] == REDACTED and v3.body["username"] == "shop1"
    shown = repr(sendgrid_sandbox.requests())
    assert sendgrid_sandbox.config.api_key not in shown and "s3cret-Passw0rd" not in shown


@pytest.mark.sendgrid_sandbox(endpoint_limits={"GET /v3/subusers": RateLimit(1, 60)})
def test_a_rate_limit_per_endpoint(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    started = sendgrid_sandbox.clock.time()
    sendgrid_client.subusers.list()
    sendgrid_client.subusers.list()  # the client waits for the reset: on the fake clock, no time passes
    assert sendgrid_sandbox.clock.time() - started >= 60
    assert sendgrid_sandbox.stats().by_status == {200: 2}


def test_the_marker_does_not_leak(sendgrid_sandbox: Sandbox) -> None:
    assert dict(sendgrid_sandbox.config.endpoint_limits) == {}


def test_scripted_429_with_reset_then_success(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.script("/v3/subusers", [Fault.too_many_requests(reset_in=7)])
    started = sendgrid_sandbox.clock.time()
    assert list(sendgrid_client.subusers.list()) == []
    assert sendgrid_sandbox.clock.time() - started >= 7
    assert [r.status for r in sendgrid_sandbox.requests()] == [429, 200]


def test_429s_beyond_the_retry_budget_raise(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.script("/v3/subusers", [Fault.too_many_requests(reset_in=3600)] * 10)
    with pytest.raises(RateLimitError):
        sendgrid_client.subusers.list()


def test_5xx_is_retried_for_reads_and_raised_when_it_persists(
    sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid
) -> None:
    sendgrid_sandbox.script("/v3/subusers", [Fault.status(503)])
    assert list(sendgrid_client.subusers.list()) == []
    sendgrid_sandbox.script("/v3/subusers", [Fault.status(500)] * 10)
    with pytest.raises(ServerError):
        sendgrid_client.subusers.list()


def test_connection_reset_and_stall(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    request = CreateSubuserRequest(username="a", email="a@example.com", password="p", ips=[])
    sendgrid_sandbox.script("/v3/subusers", [Fault.reset()], method="POST")
    with pytest.raises(TransportError):  # not resent: the subuser may have been created
        sendgrid_client.subusers.create(body=request)
    sendgrid_sandbox.script("/v3/subusers", [Fault.stall(0.5)], method="POST")
    with pytest.raises(TransportError):
        sendgrid_client.subusers.create(body=request)
    assert [r.status for r in sendgrid_sandbox.requests()] == [0, 0]


def test_v2_error_in_a_200_body(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    sendgrid_sandbox.script("/apiv2/reseller.manage.json", [Fault.v2_error("User does not exist")])
    with pytest.raises(BadRequestError, match="User does not exist"):
        sendgrid_client.reseller.customers.list(body=ListCustomersForm())
    assert sendgrid_sandbox.requests()[0].status == 200


@pytest.mark.sendgrid_sandbox(link_quirks=True)
def test_link_quirks_still_paginate(sendgrid_sandbox: Sandbox, sendgrid_client: SendGrid) -> None:
    for index in range(5):
        sendgrid_sandbox.seed.subuser(f"user{index}")
    assert [s.username for s in sendgrid_client.subusers.list_items(limit=2)] == [f"user{i}" for i in range(5)]
    assert sendgrid_sandbox.stats().by_endpoint == {"GET /v3/subusers": 3}
    assert sendgrid_sandbox.config.link_fold and sendgrid_sandbox.config.link_prev_on_first_page


def test_unknown_credentials_are_refused(sendgrid_sandbox: Sandbox) -> None:
    options = client_options(sendgrid_sandbox) | {"api_key": "SG.wrong", "password": "wrong"}
    with SendGrid(**options) as client, pytest.raises(AuthenticationError):
        client.subusers.list()


def test_a_sandbox_of_the_tests_own(make_sendgrid_sandbox: Callable[..., Sandbox], sendgrid_sandbox_mode: str) -> None:
    clock = FakeClock()
    own = make_sendgrid_sandbox(clock=clock, subusers=3, rate_limit=RateLimit(2, 10))
    assert isinstance(own, SandboxServer) == (sendgrid_sandbox_mode == "socket")
    with SendGrid(**client_options(own)) as client:
        for _ in range(3):
            assert len(list(client.subusers.list())) == 3
    # The third call waited (on the fake clock) for the next window, plus the client's small jitter.
    assert FakeClock.START + 10 <= clock.time() < FakeClock.START + 11


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_client(sendgrid_sandbox: Sandbox, async_sendgrid_client: AsyncSendGrid) -> None:
    sendgrid_sandbox.seed.subuser("async1")
    sendgrid_sandbox.script("/v3/subusers", [Fault.status(503)])
    names = [s.username async for s in async_sendgrid_client.subusers.list_items()]
    assert names == ["async1"]
    assert [r.status for r in sendgrid_sandbox.requests()] == [503, 200]
