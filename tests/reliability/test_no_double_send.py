"""No double sends: a non-idempotent call is never sent twice once it may have reached SendGrid.

Every non-idempotent operation of the generated package (v2 POST create/delete/append/..., v3 POST,
v3 PATCH), found by walking `sendgrid_reseller.api`, is sent through the real client (sync and
asyncio) with each fault that happens after the server read the request. The server counts the
requests it read: exactly one per call, and the call raises a typed error. The runtime's retry
decision depends only on the `Operation` (api, method, idempotent), which is the generated one.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import pkgutil
from collections import Counter
from typing import Any

import httpx
import pytest
import sendgrid_reseller.api
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import SendGridError, ServerError, TransportError
from sendgrid_reseller._runtime.operation import Operation
from sendgrid_reseller._runtime.policy import RetryPolicy
from sendgrid_reseller.api.customer_management import create_customer
from sendgrid_reseller.api.subusers import create_subuser
from sendgrid_reseller.models import CreateCustomerForm, CreateSubuserRequest

from tests.runtime.loopback import LoopbackServer, Reply, json_reply
from tests.runtime.support import PASSWORD, V2_API_USER, V3_API_KEY, loopback_client

# Generous retries: if any of them were allowed, the count would show it.
RETRY = RetryPolicy(max_attempts=4, backoff_base=0.0, backoff_cap=0.0, max_total_wait=1.0)
# Only the stall fault needs a short read timeout (its server never answers in time). Every other
# timeout is generous: on a loaded machine a 0.05 s connect timeout to 127.0.0.1 can expire before
# the connection is made (a ConnectTimeout, which may be retried: nothing was sent), and a 0.05 s
# read timeout can expire before the server's thread answers a 500.
GENEROUS_TIMEOUT = 10.0
STALL_TIMEOUT = 0.05
STALL_FAULT = "stall_past_read_timeout"


def _operations() -> list[Operation]:
    found = []
    for info in pkgutil.walk_packages(sendgrid_reseller.api.__path__, "sendgrid_reseller.api."):
        operation = getattr(importlib.import_module(info.name), "OPERATION", None)
        if isinstance(operation, Operation) and not operation.idempotent:
            found.append(operation)
    return sorted(found, key=lambda operation: operation.name)


NON_IDEMPOTENT = _operations()

# Faults after the request was read: the server may have acted on it.
FAULTS: dict[str, Reply] = {
    "500": json_reply('{"errors":[{"field":null,"message":"internal"}]}', 500),
    "502": Reply(502, b"<html>bad gateway</html>", [("Content-Type", "application/json")]),
    "503": json_reply("{}", 503),
    "reset_after_request": Reply(reset=True),
    "hang_up_after_request": Reply(hang_up=True),
    STALL_FAULT: Reply(stall=1.0, hang_up=True),
    "truncated_transfer": Reply(200, b'{"id"', [("Content-Type", "application/json")], content_length=400),
}
EXPECTED = {"500": ServerError, "502": ServerError, "503": ServerError}


def _kwargs(operation: Operation) -> dict[str, Any]:
    url = operation.path.split("#", 1)[0].replace("{", "x").replace("}", "")
    kwargs: dict[str, Any] = {"method": operation.method.lower(), "url": url}
    if operation.api == "v2":
        kwargs["data"] = {"user": "x"}
        kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}
    else:
        kwargs["json"] = {"name": "x"}
    return kwargs


def _client(base_url: str, fault: str = "", on_request: Any = None) -> Client:
    """A client for `fault`; `on_request` (an httpx request hook) sees every attempt the client makes."""
    read = STALL_TIMEOUT if fault == STALL_FAULT else GENEROUS_TIMEOUT
    httpx_args: dict[str, Any] = {"trust_env": False}
    if on_request is not None:
        httpx_args["event_hooks"] = {"request": [on_request]}
    return loopback_client(
        base_url,
        retry=RETRY,
        timeout=httpx.Timeout(GENEROUS_TIMEOUT, read=read),
        api_user=V2_API_USER,
        password=PASSWORD,
        api_key=V3_API_KEY,
        httpx_args=httpx_args,
    )


def _sent_once(operation: Operation, server: LoopbackServer, read_before: int, attempts: int) -> None:
    """The client made one attempt, and the server read exactly that one request.

    The client-side count is exact at once; the server's may lag behind a client that timed out
    (its thread reads the request later), so it is awaited up to the expected count."""
    read = server.wait_for_requests(read_before + 1) - read_before
    assert (attempts, read) == (1, 1), f"{operation.name}: the client sent it {attempts}x, the server read it {read}x"


def test_every_non_idempotent_kind_is_covered() -> None:
    kinds = Counter((operation.api, operation.method) for operation in NON_IDEMPOTENT)
    # v3 sending infrastructure adds 14 POSTs and 13 PATCHes; accounts & access 15 and 10
    assert kinds == {("v2", "POST"): 19, ("v3", "POST"): 47, ("v3", "PATCH"): 32}
    names = {operation.name for operation in NON_IDEMPOTENT}
    assert {"create_customer", "delete_customer", "append_whitelabel_to_customer", "create_subuser"} <= names


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_sync_sends_each_non_idempotent_call_once(fault: str) -> None:
    attempts: list[httpx.Request] = []
    with LoopbackServer(lambda _: FAULTS[fault]) as server, _client(server.base_url, fault, attempts.append) as client:
        for operation in NON_IDEMPOTENT:
            before, attempts_before = server.request_count, len(attempts)
            with pytest.raises(EXPECTED.get(fault, TransportError)):
                client.send(operation, _kwargs(operation))
            _sent_once(operation, server, before, len(attempts) - attempts_before)


@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_async_sends_each_non_idempotent_call_once(fault: str) -> None:
    attempts: list[httpx.Request] = []

    async def count(request: httpx.Request) -> None:
        attempts.append(request)

    with LoopbackServer(lambda _: FAULTS[fault]) as server:
        async with _client(server.base_url, fault, count) as client:
            for operation in NON_IDEMPOTENT:
                before, attempts_before = server.request_count, len(attempts)
                with pytest.raises(EXPECTED.get(fault, TransportError)):
                    await client.asend(operation, _kwargs(operation))
                _sent_once(operation, server, before, len(attempts) - attempts_before)


def test_reset_before_the_request_is_read_is_not_resent_either(caplog: pytest.LogCaptureFixture) -> None:
    """The client cannot tell a reset before from one after the server read the request: it must
    assume the worst for a non-idempotent call (the request written once, never again).

    The server resets once the request's bytes have arrived, unread. Resetting at accept was a
    race: under load every reset reached the client during connection set-up (a ConnectError,
    nothing written, safely retried), so the request was never written and the test failed."""
    caplog.set_level(logging.DEBUG, logger="httpcore.http11")
    operation = next(operation for operation in NON_IDEMPOTENT if operation.name == "create_customer")
    with LoopbackServer(lambda _: json_reply("{}")) as server, _client(server.base_url) as client:
        server.reset_connections(5, once_written=True)
        with pytest.raises(TransportError):
            client.send(operation, _kwargs(operation))
        written = [r for r in caplog.records if r.getMessage().startswith("send_request_headers.started")]
        assert (len(written), server.request_count, server.connections_reset) == (1, 0, 1), (
            f"request written {len(written)}x, read {server.request_count}x, {server.connections_reset} connections reset"
        )


@pytest.mark.parametrize("fault", ["500", "reset_after_request", "truncated_transfer"])
def test_generated_functions_send_once(fault: str) -> None:
    """End to end through generated functions: v2 reseller.add and v3 POST /v3/subusers (sync and async)."""
    customer = CreateCustomerForm.from_dict(
        {
            k: "x"
            for k in (
                "username",
                "website",
                "password",
                "confirm_password",
                "first_name",
                "last_name",
                "address",
                "city",
                "state",
                "zip",
                "country",
                "phone",
                "company",
                "package",
                "whitelabel",
            )
        }
        | {"email": "x@example.com"}
    )
    subuser = CreateSubuserRequest(username="x", email="x@example.com", password="pw", ips=["127.0.0.1"])
    with LoopbackServer(lambda _: FAULTS[fault]) as server:
        with _client(server.base_url) as client:
            for call in (
                lambda: create_customer.sync(client, body=customer),
                lambda: create_subuser.sync(client, body=subuser),
            ):
                before = server.request_count
                with pytest.raises(SendGridError):
                    call()
                assert server.request_count - before == 1

        async def both() -> None:
            async with _client(server.base_url) as client:
                for call in (
                    create_customer.asyncio(client, body=customer),
                    create_subuser.asyncio(client, body=subuser),
                ):
                    before = server.request_count
                    with pytest.raises(SendGridError):
                        await call
                    assert server.request_count - before == 1

        asyncio.run(both())
    assert {request.path for request in server.requests} == {"/apiv2/reseller.add.json", "/v3/subusers"}
