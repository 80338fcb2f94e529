"""Issue 13, defects 2 and 3: no secret reachable from anything the client returns, raises or logs.

For every credential style and every way an answer or a failure reaches the caller (sync and
asyncio), the object graph reachable from the exception or the `Response` (attributes, request,
response, url, content, headers, args, chained exceptions; str and repr of each) is walked
(tests/reliability/graph.py) and searched for every test secret in every encoding the client
could produce (as is, URL-encoded, base64). The servers here echo the credentials back on purpose:
in a body, a Set-Cookie, a redirect's Location.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any, TypedDict

import httpx
import pytest
from sendgrid_reseller._runtime.client import Client
from sendgrid_reseller._runtime.errors import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    MalformedResponseError,
    RateLimitError,
    ResponseTooLargeError,
    SendGridError,
    TransportError,
    UnexpectedStatus,
)
from sendgrid_reseller._runtime.redact import redact_text
from sendgrid_reseller.api.customer_management import create_customer, list_customers
from sendgrid_reseller.api.customer_timezone import get_customer_timezone
from sendgrid_reseller.api.subusers import create_subuser, list_subusers
from sendgrid_reseller.models import (
    AuthenticateCustomerForm,
    CreateCustomerForm,
    CreateSubuserRequest,
    UpdateCustomerPasswordForm,
)

from sandbox import DEFAULT_V2_PASSWORD, SandboxServer
from sandbox._config import DEFAULT_V2_USER
from tests.reliability.faults import FAST_RETRY, lazy_body
from tests.reliability.graph import leaks, secret_forms
from tests.reliability.test_secrets import CREDENTIALS  # the four credential styles
from tests.runtime.loopback import LoopbackServer, Recorded, Reply, json_reply
from tests.runtime.support import PASSWORD, V2_API_KEY, V2_API_USER, V3_API_KEY, loopback_client, mock_client

# Passwords the caller puts into request models: secrets too.
CUSTOMER_PASSWORD = "customer-s3cr3t-pw"
SUBUSER_PASSWORD = "subuser-s3cr3t-pw"
SECRETS = (
    V3_API_KEY,
    V2_API_KEY,
    V2_API_USER,
    PASSWORD,
    V2_API_USER + ":" + PASSWORD,
    CUSTOMER_PASSWORD,
    SUBUSER_PASSWORD,
)


def _echo(request: Recorded) -> str:
    """Everything the request carried, as a hostile or careless server would repeat it."""
    return json.dumps(
        [request.target, request.headers.get("authorization", ""), request.body.decode("utf-8", "replace")]
    )


def _body_echo(status: int) -> Callable[[Recorded], Reply]:
    def answer(request: Recorded) -> Reply:
        return json_reply(json.dumps({"errors": [{"message": _echo(request)}]}), status)

    return answer


def _documented(request: Recorded, text: str) -> str:
    """The call's documented success body, with `text` in one of its string fields."""
    if "reseller.add.json" in request.target:
        return json.dumps({"message": "success", "note": text})
    if b"method=timezone" in request.body:
        return json.dumps({"display": text, "name": "x", "offset": 0, "timezone": "x"})
    if "apiv2" in request.target:
        return json.dumps([{"username": text, "email": "a@example.com", "active": "true"}])
    if request.method == "POST":
        return json.dumps({"username": text, "user_id": 1, "email": "a@example.com"})
    return json.dumps([{"disabled": False, "id": 1, "username": text, "email": "a@example.com"}])


def _cookie_echo(request: Recorded) -> Reply:
    return json_reply(_documented(request, "x"), 200, [("Set-Cookie", f"seen={_echo(request)}")])


def _success_echo(request: Recorded) -> Reply:
    return json_reply(_documented(request, _echo(request)))


def _redirect_echo(request: Recorded) -> Reply:
    # A 302 whose Location repeats the call with its form fields as a query string.
    return Reply(302, headers=[("Location", f"http://127.0.0.1/{request.target}?{request.body.decode()}")])


def _v2_error_echo(request: Recorded) -> Reply:
    entry = json.dumps(_echo(request))
    return json_reply(f'{{"message":"error","errors":[{entry},]}}')


def _html_echo(request: Recorded) -> Reply:
    return json_reply("<html>" + _echo(request) + "</html>")


def _reset(_: Recorded) -> Reply:
    return Reply(reset=True)


def _too_large(_: Recorded) -> Reply:
    return lazy_body(4 * 1024 * 1024)


# name -> (server behaviour, what the call must end in; None: a Response)
SCENARIOS: dict[str, tuple[Callable[[Recorded], Reply], type[SendGridError] | None]] = {
    "401_echoes_credentials": (_body_echo(401), AuthenticationError),
    "429_echoes_credentials": (_body_echo(429), RateLimitError),
    "302_location_echoes_the_form": (_redirect_echo, UnexpectedStatus),
    "2xx_html_echoes_credentials": (_html_echo, MalformedResponseError),
    "reset_after_request": (_reset, TransportError),
    "body_over_the_limit": (_too_large, ResponseTooLargeError),
    "set_cookie_echoes_credentials": (_cookie_echo, None),
    "records_echo_credentials": (_success_echo, None),
}
V2_SCENARIOS = {"v2_200_error_echoes_credentials": (_v2_error_echo, BadRequestError)}


def _customer() -> CreateCustomerForm:
    fields = dict.fromkeys(
        ("username", "first_name", "last_name", "address", "city", "state", "zip", "country", "phone"), "x"
    )
    fields |= dict.fromkeys(("website", "company", "package", "whitelabel"), "x")
    fields |= {"email": "x@example.com", "password": CUSTOMER_PASSWORD, "confirm_password": CUSTOMER_PASSWORD}
    return CreateCustomerForm.from_dict(fields)


def _subuser() -> CreateSubuserRequest:
    return CreateSubuserRequest(username="x", email="x@example.com", password=SUBUSER_PASSWORD, ips=["127.0.0.1"])


# Calls: each returns a Response (the *_detailed functions) or raises.
SYNC_CALLS: dict[str, Callable[[Client], Any]] = {
    "v2_list_customers": lambda client: list_customers.sync_detailed(client),
    "v2_create_customer": lambda client: create_customer.sync_detailed(client, body=_customer()),
    "v2_get_timezone": lambda client: get_customer_timezone.sync_detailed(client, user="alice"),
    "v3_list_subusers": lambda client: list_subusers.sync_detailed(client),
    "v3_create_subuser": lambda client: create_subuser.sync_detailed(client, body=_subuser()),
}


async def _async_call(name: str, client: Client) -> Any:
    if name == "v2_list_customers":
        return await list_customers.asyncio_detailed(client)
    if name == "v2_create_customer":
        return await create_customer.asyncio_detailed(client, body=_customer())
    if name == "v2_get_timezone":
        return await get_customer_timezone.asyncio_detailed(client, user="alice")
    if name == "v3_list_subusers":
        return await list_subusers.asyncio_detailed(client)
    return await create_subuser.asyncio_detailed(client, body=_subuser())


def _cases() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []
    for style in CREDENTIALS:
        for call in SYNC_CALLS:
            scenarios = {**SCENARIOS, **(V2_SCENARIOS if call.startswith("v2") else {})}
            cases.extend((style, call, scenario) for scenario in scenarios)
    return cases


CASES = _cases()


# No scenario here waits on a timeout: a generous one keeps a loaded machine from turning an
# answer into a ReadTimeout (the fault matrix's 0.3 s did once under `make test`).
TIMEOUT = 5.0


# Credential styles with no v3 credential (a v2 password or a v2 api_key without an API key).
V2_ONLY_STYLES = {"v2_user_key", "v2_user_password"}


def _client(base_url: str, style: str) -> Client:
    return loopback_client(
        base_url, retry=FAST_RETRY, timeout=TIMEOUT, max_response_bytes=1024 * 1024, **CREDENTIALS[style]
    )


def _check(outcome: Any, expected: type[SendGridError] | None) -> None:
    if expected is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
    else:
        assert isinstance(outcome, expected), repr(outcome)
    found = leaks(outcome, SECRETS)
    assert not found, "\n".join(f"{leak.path}: {leak.text[:200]}" for leak in found[:5])


def test_case_count() -> None:
    """The counts stated in tests/reliability/README.md."""
    assert len(CASES) == 4 * (5 * 8 + 3) == 172
    assert len(secret_forms(SECRETS)) == 15  # distinct forms of 7 secrets


@pytest.mark.parametrize(("style", "call", "scenario"), CASES, ids=["-".join(case) for case in CASES])
def test_nothing_reachable_holds_a_secret(style: str, call: str, scenario: str) -> None:
    behaviour, expected = {**SCENARIOS, **V2_SCENARIOS}[scenario]
    if call.startswith("v3") and style in V2_ONLY_STYLES:
        # v2 credentials are never sent to v3: the call is refused before sending, and the
        # refusal's object graph must hold no secret either.
        expected = ConfigurationError
    with LoopbackServer(behaviour) as server:
        with _client(server.base_url, style) as client:
            try:
                outcome: Any = SYNC_CALLS[call](client)
            except SendGridError as exc:
                outcome = exc
        _check(outcome, expected)

        async def run() -> Any:
            async with _client(server.base_url, style) as client:
                try:
                    return await _async_call(call, client)
                except SendGridError as exc:
                    return exc

        _check(asyncio.run(run()), expected)


@pytest.mark.parametrize(
    "model",
    [
        _customer(),
        _subuser(),
        UpdateCustomerPasswordForm(user="x", password=CUSTOMER_PASSWORD, confirm_password=CUSTOMER_PASSWORD),
        AuthenticateCustomerForm.from_dict({"user": "x", "password": CUSTOMER_PASSWORD}),
    ],
    ids=lambda model: type(model).__name__,
)
def test_request_models_hide_passwords(model: Any) -> None:
    # A request model must hold the password it is to send, so its attribute does; what an error
    # reporter or a log prints of it (repr, str) must not.
    for text in (repr(model), str(model), repr([model]), f"{model!r}"):
        assert not [secret for secret in SECRETS if secret in text], text


# -- defect 2: credentials httpx would refuse, and redaction by value ------------------------------


class Credentials(TypedDict, total=False):
    api_key: str
    api_user: str
    password: str


@pytest.mark.parametrize(
    ("credentials", "where"),
    [
        ({"api_key": "SG.s3cr3t-key "}, "api_key has a space at position 14"),
        ({"api_key": "SG.s3cr3t\x00key"}, "api_key has the character U+0000 at position 10"),
        ({"api_key": "SG.s3cr3t-kéy"}, "api_key has the character U+00E9 at position 12"),
        ({"api_key": " SG.s3cr3t"}, "api_key has a space at position 1"),
        ({"api_user": "u", "password": "pw-s3cr3t\n"}, "password has the character U+000A at position 10"),
        ({"api_user": "us3r\tx", "api_key": "SG.s3cr3t"}, "api_user has the character U+0009 at position 5"),
    ],
)
def test_unusable_credentials_are_refused_at_construction_without_echo(credentials: Credentials, where: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(**credentials)
    message = str(caught.value)
    assert where in message
    assert "s3cr3t" not in message and "s3cr3t" not in repr(caught.value)


def _raising_transport(key: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        # What h11 says about a header value it refuses: the value itself.
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {key}' and {request.headers['authorization']}")

    return handler


def test_exception_messages_are_redacted_by_value_sync_and_async(caplog: pytest.LogCaptureFixture) -> None:
    client = mock_client(_raising_transport(V3_API_KEY), api_key=V3_API_KEY, retry=FAST_RETRY)
    with client, pytest.raises(TransportError) as caught:
        list_subusers.sync(client)
    _check(caught.value, TransportError)

    async def run() -> TransportError:
        async with mock_client(_raising_transport(V3_API_KEY), api_key=V3_API_KEY, retry=FAST_RETRY) as client:
            try:
                await list_subusers.asyncio(client)
            except TransportError as exc:
                return exc
        raise AssertionError("no TransportError")

    _check(asyncio.run(run()), TransportError)


def test_log_records_are_redacted_by_value(caplog: pytest.LogCaptureFixture) -> None:
    client = Client(api_user=V2_API_USER, password=PASSWORD)
    forms = [form for form in secret_forms((PASSWORD, V2_API_USER + ":" + PASSWORD)) if "s3cr3t" not in form]
    for name in ("sendgrid_reseller", "httpx", "httpcore.http11", "httpcore.connection"):
        logging.getLogger(name).debug("seen %s and %s", PASSWORD, forms)
    texts = [record.getMessage() for record in caplog.records]
    assert len(texts) == 4
    assert not any(form in text for text in texts for form in secret_forms((PASSWORD,)))
    assert redact_text(f"x{PASSWORD}y") == "xREDACTEDy"
    del client


def test_sandbox_log_lines_hide_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m sandbox --log` printed v2 passwords sent in a query string (a client may still do so)."""
    with SandboxServer(log_requests=True) as sandbox:
        query = {"api_user": DEFAULT_V2_USER, "api_key": DEFAULT_V2_PASSWORD, "method": "timezone", "task": "list"}
        httpx.get(sandbox.base_url + "/apiv2/reseller.manage.json", params=query, trust_env=False)
    printed = capsys.readouterr().err
    assert (
        "GET /apiv2/reseller.manage.json?api_user=REDACTED&api_key=REDACTED&method=timezone&task=list -> 200" in printed
    )
    assert DEFAULT_V2_PASSWORD not in printed
