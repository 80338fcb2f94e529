"""No credential ever appears in a log record, a repr or an exception's text.

Runs every kind of call that handles credentials (v2 form and query, v3 Bearer; answers,
errors, retries, transport failures, pagination refusals) over real sockets with every logger at
DEBUG, then searches everything produced for the test secrets. (conftest.py also checks the log
records of every other runtime test.)
"""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Callable

import pytest
from sendgrid_reseller._runtime.auth import BearerAuth, V2FormCredentials
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.credentials import resolve_api_credentials
from sendgrid_reseller._runtime.errors import ConfigurationError, SendGridError
from sendgrid_reseller._runtime.options import RequestOptions
from sendgrid_reseller._runtime.policy import RetryPolicy

from tests.runtime.loopback import LoopbackServer, Recorded, Reply, json_reply
from tests.runtime.support import (
    BASIC_TOKEN,
    PASSWORD,
    SECRET_TEXTS,
    V2_API_KEY,
    V2_API_USER,
    V2_MANAGE,
    V2_MANAGE_KWARGS,
    V2_TIMEZONE,
    V3_API_KEY,
    V3_GET,
    V3_LIST,
    V3_LIST_KWARGS,
    loopback_client,
)

V2_GET_KWARGS = {"method": "get", "url": "/apiv2/reseller.manage.json", "params": {"task": "get"}}
V3_GET_KWARGS = {"method": "get", "url": "/v3/subusers/alice"}


def hostile(request: Recorded) -> Reply:
    """Every failure SendGrid can answer with, chosen by the path."""
    if request.path.endswith("alice"):
        return json_reply(
            '{"errors":[{"field":null,"message":"too many requests"},]}', 429, [("X-RateLimit-Reset", "1")]
        )
    if request.path.startswith("/v3/subusers"):
        return json_reply("[{}]", headers=[("Link", '<https://evil.example/v3/subusers?api_key=x>; rel="next"')])
    if request.method == "GET":
        return json_reply('{"message":"error","errors":["Bad username / password"]}', 401)
    return Reply(503, b"<html>down</html>")


def texts_of(exception: BaseException) -> list[str]:
    return [str(exception), repr(exception), *map(str, exception.args), "".join(traceback.format_exception(exception))]


def collect(produced: list[str], call: Callable[[], object]) -> None:
    try:
        call()
    except SendGridError as exc:
        produced.extend(texts_of(exc))
        produced.extend(str(value) for value in vars(exc).values() if isinstance(value, str))
    else:
        raise AssertionError("the hostile server should have made this call fail")


def _failing_calls(client: Client) -> list[Callable[[], object]]:
    """The calls each client makes to the hostile server: a v2 form POST and GET, a v3 GET and a v3 list."""
    return [
        lambda: client.send(V2_MANAGE, V2_MANAGE_KWARGS),
        lambda: client.send(V2_TIMEZONE, V2_GET_KWARGS),
        lambda: client.send(V3_GET, V3_GET_KWARGS, RequestOptions(max_attempts=1)),
        lambda: list(client.paginate(V3_LIST, V3_LIST_KWARGS)),
    ]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_no_secret_in_logs_reprs_or_exceptions(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    produced: list[str] = []
    fast = RetryPolicy(max_attempts=2, backoff_base=0.0)
    with LoopbackServer(hostile) as server:
        clients = [
            loopback_client(server.base_url, api_key=V3_API_KEY, retry=fast),
            loopback_client(server.base_url, api_key=V2_API_KEY, api_user=V2_API_USER, retry=fast),
            loopback_client(server.base_url, api_key=None, api_user=V2_API_USER, password=PASSWORD, retry=fast),
            loopback_client(server.base_url, api_key=V3_API_KEY, v2_auth="bearer", retry=fast),
        ]
        for client in clients:
            produced.append(repr(client))
            for call in _failing_calls(client):
                collect(produced, call)
            client.close()
        assert server.request_count > 0
    refused = loopback_client(f"http://127.0.0.1:{closed_port()}", api_key=V2_API_KEY, api_user=V2_API_USER, retry=fast)
    collect(produced, lambda: refused.send(V2_TIMEZONE, V2_GET_KWARGS))

    for make in (
        lambda: V2FormCredentials(V2_API_USER, V2_API_KEY),
        lambda: BearerAuth(V3_API_KEY),
        lambda: V2FormCredentials(V2_API_USER, PASSWORD, "password"),
        lambda: resolve_api_credentials(api_key=V3_API_KEY, api_user=V2_API_USER, password=PASSWORD, v2_auth="form"),
    ):
        produced.append(repr(make()))
    for bad in (
        {"api_key": V3_API_KEY + "\n"},
        {"api_user": V2_API_USER},
        {"password": PASSWORD},
        {"api_key": V3_API_KEY, "base_url": f"http://user:{PASSWORD}@api.sendgrid.com"},
    ):
        with pytest.raises(ConfigurationError) as caught:
            Client(**bad)  # type: ignore[arg-type]  # str-valued options: mypy cannot tell which keyword each is
        produced.extend(texts_of(caught.value))

    produced.extend(record.getMessage() for record in caplog.records)
    assert len(produced) > 40
    assert any("REDACTED" in text for text in produced)  # the query credentials were there, redacted
    assert any(record.name == "httpx" for record in caplog.records)
    for text in produced:
        for secret in SECRET_TEXTS:
            assert secret not in text, f"{secret!r} leaked into {text!r}"
    assert BASIC_TOKEN not in "".join(produced)
